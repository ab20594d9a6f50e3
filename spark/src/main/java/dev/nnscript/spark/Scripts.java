package dev.nnscript.spark;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.script.Script;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loading {@code .nn} text for Spark: on the driver with the dsl's messages, and on executors from
 * the canonical text the driver shipped, parsed once per JVM (a few networks are kept).
 */
final class Scripts {

    /** How many parsed networks an executor JVM keeps. */
    private static final int CACHED = 8;
    private static final Map<String, Network> PARSED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Network> eldest) {
            return size() > CACHED;
        }
    };

    private Scripts() {}

    /** @throws IllegalArgumentException with the dsl's diagnostics when the file does not load */
    static Script load(Path file) {
        return loaded(NnScripts.load(file));
    }

    /** @throws IllegalArgumentException with the dsl's diagnostics when the text does not load */
    static Script parse(String source, String name) {
        return loaded(NnScripts.parse(source, name));
    }

    private static Script loaded(LoadResult result) {
        if (!result.succeeded()) {
            throw new IllegalArgumentException(result.formattedDiagnostics().stripTrailing());
        }
        return result.script();
    }

    /**
     * The network of canonical text the driver printed (so it loads), parsed once per JVM. Shared by
     * the tasks of one executor: scoring only reads it; training copies it.
     */
    static Network network(String canonical) {
        synchronized (PARSED) {
            Network network = PARSED.get(canonical);
            if (network == null) {
                network = parse(canonical, "network").network();
                PARSED.put(canonical, network);
            }
            return network;
        }
    }
}
