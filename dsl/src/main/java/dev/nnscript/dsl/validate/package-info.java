/**
 * The validate pass: every semantic check over a spec, all problems collected, and everything read
 * on the way (facts, layers grouped with their activations and initializers resolved, training
 * settings, data options, reports) returned once in a {@link dev.nnscript.dsl.validate.ValidatedScript}
 * for the assemble pass.
 */
package dev.nnscript.dsl.validate;
