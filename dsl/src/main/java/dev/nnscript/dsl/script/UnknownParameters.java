package dev.nnscript.dsl.script;

import dev.nnscript.core.init.Initialization;
import dev.nnscript.core.init.Initializer;
import dev.nnscript.core.network.Network;
import java.util.ArrayList;
import java.util.List;

/** Draws every unknown parameter from its layer's initializer and the seed, with core's initializers. */
public final class UnknownParameters {

    private UnknownParameters() {}

    /** Writes drawn values into {@code network}'s unknown parameters, in place. */
    public static void draw(Network network, List<LayerUnknowns> unknowns, long seed) {
        Initialization.fill(network, toCore(unknowns), seed);
    }

    /** The same masks as core's type, each with its core initializer. */
    public static List<dev.nnscript.core.init.LayerUnknownMask> toCore(List<LayerUnknowns> unknowns) {
        List<dev.nnscript.core.init.LayerUnknownMask> core = new ArrayList<>(unknowns.size());
        for (LayerUnknowns u : unknowns) {
            core.add(new dev.nnscript.core.init.LayerUnknownMask(initializer(u.initializer()), u.weights(), u.biases()));
        }
        return List.copyOf(core);
    }

    /** The core initializer a language choice names. */
    public static Initializer initializer(InitChoice choice) {
        return switch (choice.kind()) {
            case HE -> new Initializer.He();
            case XAVIER -> new Initializer.Xavier();
            case ZEROS -> new Initializer.Zeros();
            case UNIFORM -> new Initializer.Uniform(choice.arguments().get(0), choice.arguments().get(1));
            case NORMAL -> new Initializer.Normal(choice.arguments().get(0), choice.arguments().get(1));
        };
    }
}
