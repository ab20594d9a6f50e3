/** The assemble pass: a validated spec to a {@code Script} around a core network; unknowns drawn from the seed. */
package dev.nnscript.dsl.assemble;
