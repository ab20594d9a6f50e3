/**
 * The words of nnrun's command line that the plain-run path must know without loading picocli:
 * subcommand names and the run options' names.
 */
package dev.nnscript.cli.words;
