package dev.nnscript.dsl.groovy;

import dev.nnscript.dsl.builder.FreezeTarget;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;

/**
 * A bare word written in a {@code network { }} closure ({@code relu}, {@code sgd},
 * {@code leaky_relu(0.1)}), remembered with its line until a statement uses it as a value. One that
 * no statement uses was meant as a statement ({@code layr}) and is reported as an unknown one.
 */
public final class PendingWord {

    private final Word word;
    private final SourcePosition position;
    private final DiagnosticList diagnostics;
    private boolean used;

    PendingWord(Word word, SourcePosition position, DiagnosticList diagnostics) {
        this.word = word;
        this.position = position;
        this.diagnostics = diagnostics;
    }

    /** Marks the word used and gives it to the builder. */
    Word use() {
        used = true;
        return word;
    }

    boolean isUsed() {
        return used;
    }

    Word word() {
        return word;
    }

    SourcePosition position() {
        return position;
    }

    /** Groovy's {@code w[2]} in a freeze list: the second incoming weight. */
    public FreezeTarget getAt(Number index) {
        used = true;
        return new FreezeTarget(word.text(), index);
    }

    /**
     * Groovy reads {@code hidden relu w: 1.7, b: 0} (a comma missing after {@code relu}) as a call
     * of {@code relu} on the word {@code hidden}: reported at the line, not as Groovy's
     * MissingMethodException naming this class.
     */
    public Object methodMissing(String name, Object args) {
        return missingComma(name);
    }

    /** {@code relu.foo} and the like: as {@link #methodMissing}. */
    public Object propertyMissing(String name) {
        return missingComma(name);
    }

    private PendingWord missingComma(String next) {
        if (!used) {
            diagnostics.error(position, "cannot read '" + word.text() + " " + next + "': a comma is missing after '"
                    + next + "'? Write statements as 'hidden relu, w: 1.7, b: 0', with a comma before the named"
                    + " values");
        }
        used = true;
        return this;
    }

    @Override
    public String toString() {
        return word.toString();
    }
}
