/**
 * How a failed run ends: which message and exit code each failure gets (for the command line and
 * the plain-run path alike), running out of memory, failures escaping a thread, and the invalid
 * input exception that library code below throws. No picocli class.
 */
package dev.nnscript.cli.failure;
