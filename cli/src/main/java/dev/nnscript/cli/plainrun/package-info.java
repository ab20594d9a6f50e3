/**
 * The plain runs, {@code nnrun FILE}, {@code nnrun check FILE}, {@code nnrun FILE --input VALUES
 * ...} and {@code nnrun FILE --inputs DATA.csv}, recognised and run without picocli (its model is
 * most of such a run's start-up). Anything it does not answer cleanly it hands over to the command
 * line, with the script it loaded, having written nothing; a script run or check of a clean script
 * it runs to the end. Its classes depend on no picocli, chart, progress-bar or Groovy class
 * (CliStructureTest); forward passes and checks load none, and a script run no picocli (LauncherIT).
 */
package dev.nnscript.cli.plainrun;
