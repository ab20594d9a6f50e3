package dev.nnscript.dsl.builder;

/** The language's {@code ?}: a parameter initialized from the seed and learned. */
public enum Unknown implements Parameter {
    UNKNOWN;

    /** The string that also stands for an unknown wherever a Groovy closure gives a value. */
    public static final String TEXT = "?";

    @Override
    public String toString() {
        return TEXT;
    }
}
