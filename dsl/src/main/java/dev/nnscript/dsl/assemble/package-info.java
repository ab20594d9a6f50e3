/**
 * The assemble pass: a {@code ValidatedScript} to a {@code Script} around a core network, unknowns
 * drawn from the seed, and the source's comments attached to the canonical lines. It only consumes
 * what the validator read and resolved: no check, no diagnostic, nothing read twice.
 */
package dev.nnscript.dsl.assemble;
