package dev.nnscript.dsl.groovy;

import dev.nnscript.dsl.builder.FreezeTarget;
import dev.nnscript.dsl.diagnostic.SourcePosition;

/**
 * A bare word written in a {@code network { }} closure ({@code relu}, {@code sgd},
 * {@code leaky_relu(0.1)}), remembered with its line until a statement uses it as a value. One that
 * no statement uses was meant as a statement ({@code layr}) and is reported as an unknown one.
 */
public final class PendingWord {

    private final Word word;
    private final SourcePosition position;
    private boolean used;

    PendingWord(Word word, SourcePosition position) {
        this.word = word;
        this.position = position;
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

    @Override
    public String toString() {
        return word.toString();
    }
}
