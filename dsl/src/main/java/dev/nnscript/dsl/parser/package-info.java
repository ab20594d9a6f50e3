/**
 * The parse and build-spec passes: the ANTLR grammar NnScript.g4 (generated into target/), syntax
 * errors worded in the language style, and the visitor that turns the tree into spec records.
 */
package dev.nnscript.dsl.parser;
