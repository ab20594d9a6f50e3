package dev.nnscript.dsl.validate;

import dev.nnscript.core.activation.Activation;

/** A checked activation: an element-wise one, or the whole-layer softmax (null activation). */
public record ActivationChoice(Activation elementWise) {

    public static final ActivationChoice SOFTMAX = new ActivationChoice(null);

    public boolean softmax() {
        return elementWise == null;
    }

    /** The name as written, such as {@code relu} or {@code softmax}. */
    public String name() {
        return softmax() ? "softmax" : elementWise.name();
    }
}
