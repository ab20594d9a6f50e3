/**
 * The plain runs, {@code nnrun FILE --input VALUES ...} and {@code nnrun FILE --inputs DATA.csv},
 * recognised and run without picocli (its model is most of such a run's start-up). Anything it does
 * not answer cleanly it hands over to the command line, with the script it loaded, having written
 * nothing. Depends on no picocli, chart, progress-bar or Groovy class (CliStructureTest, LauncherIT).
 */
package dev.nnscript.cli.plainrun;
