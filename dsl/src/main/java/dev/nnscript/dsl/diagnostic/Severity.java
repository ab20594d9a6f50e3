package dev.nnscript.dsl.diagnostic;

/** How bad a diagnostic is: errors stop a script from loading, warnings do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word shown in a rendered diagnostic. */
    public String label() {
        return label;
    }
}
