package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.diagnostic.Suggestions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The keys a line's {@code key=value} settings may use, and the one check of them shared by the
 * {@code train}, {@code data} and node lines (and so the Groovy builder's named arguments, which
 * arrive as the same settings): an unknown key or a key given twice is an error and is skipped.
 *
 * @param keys the keys allowed, also the candidates for "did you mean"
 * @param kind what a setting is called in "unknown KIND 'key'"
 * @param unknownTail appended to that message after the suggestion (empty, or "; expected ...")
 * @param givenTwice the message for a key given again, from the key and where it was first given
 */
public record SettingKeys(List<String> keys, String kind, String unknownTail,
        BiFunction<String, SourcePosition, String> givenTwice) {

    public SettingKeys {
        keys = List.copyOf(keys);
    }

    /**
     * Passes each setting with an allowed key, the first time that key is given, to {@code use},
     * in the order written (so value errors and key errors are reported in that order).
     *
     * @return where each key passed on was given
     */
    public Map<String, SourcePosition> check(List<SettingSpec> settings, DiagnosticList diagnostics,
            Consumer<SettingSpec> use) {
        Map<String, SourcePosition> seen = new HashMap<>();
        for (SettingSpec s : settings) {
            if (!keys.contains(s.key())) {
                diagnostics.error(s.position(), "unknown " + kind + " '" + s.key() + "'"
                        + Suggestions.didYouMean(s.key(), keys) + unknownTail, Suggestions.replacement(s.key(), keys));
                continue;
            }
            SourcePosition first = seen.putIfAbsent(s.key(), s.position());
            if (first != null) {
                diagnostics.error(s.position(), givenTwice.apply(s.key(), first));
                continue;
            }
            use.accept(s);
        }
        return seen;
    }
}
