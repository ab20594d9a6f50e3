/**
 * A {@code .nn} script for the commands: loading it once per run (the plain-run path hands its load
 * on), running it as {@code nnrun FILE} does (the run rule: train or run as written, then the
 * predict and report lines), training it, and showing problems with its data.
 */
package dev.nnscript.cli.script;
