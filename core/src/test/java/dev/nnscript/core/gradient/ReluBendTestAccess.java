package dev.nnscript.core.gradient;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.Network;

/** Lets tests in other packages build the ReLU-in-action network. */
public final class ReluBendTestAccess {

    private ReluBendTestAccess() {}

    public static Network reluInAction() {
        return ReluBendTest.reluInAction(Activations.RELU);
    }
}
