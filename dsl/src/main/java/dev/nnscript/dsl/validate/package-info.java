/**
 * The validate pass: every semantic check over a spec, all problems collected, plus the shared
 * readers (layer planning, activations, initializers, training settings) the assembler reuses.
 */
package dev.nnscript.dsl.validate;
