/** Canonical .nn text: the printer (with the source's comments) and the shortest round-trip double formatter. */
package dev.nnscript.dsl.print;
