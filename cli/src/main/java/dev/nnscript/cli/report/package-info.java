/**
 * What a script's {@code report loss} and {@code report accuracy} lines print: a network measured on
 * its training rows and, with {@code holdout=}, on its held-out rows. Library code: returns lines,
 * prints nothing.
 */
package dev.nnscript.cli.report;
