package dev.nnscript.cli.data;

/**
 * Renders one problem in a data file as {@code file:line:col: error: message}, the offending line
 * and a caret under the column. Lines and columns are 1-based.
 */
final class SourceDiagnostic {

    private SourceDiagnostic() {}

    static String render(String file, int line, int column, String message, String sourceLine) {
        return file + ":" + line + ":" + column + ": error: " + message + "\n  " + sourceLine + "\n  "
                + " ".repeat(Math.max(0, column - 1)) + "^";
    }
}
