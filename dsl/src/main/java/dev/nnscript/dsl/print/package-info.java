/** Canonical .nn text: the printer and the shortest round-trip double formatter. */
package dev.nnscript.dsl.print;
