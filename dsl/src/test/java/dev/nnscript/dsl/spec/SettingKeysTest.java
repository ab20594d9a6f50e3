package dev.nnscript.dsl.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingKeysTest {

    private static final SettingKeys KEYS = new SettingKeys(List.of("lr", "seed"), "setting", "; expected lr= or seed=",
            (key, first) -> key + " again (first at column " + first.column() + ")");

    @Test
    void passesOnTheFirstOfEachAllowedKeyAndReportsTheRestInOrder() {
        List<SettingSpec> settings = List.of(setting("lr", 1), setting("sed", 5), setting("seed", 9),
                setting("lr", 13));
        DiagnosticList diagnostics = new DiagnosticList();
        List<String> used = new ArrayList<>();

        Map<String, SourcePosition> seen = KEYS.check(settings, diagnostics,
                s -> used.add(s.key() + "@" + s.position().column()));

        assertEquals(List.of("lr@1", "seed@9"), used);
        assertEquals(Map.of("lr", at(1), "seed", at(9)), seen);
        assertEquals(List.of("unknown setting 'sed' (did you mean 'seed'?); expected lr= or seed=",
                "lr again (first at column 1)"), diagnostics.toList().stream().map(Diagnostic::message).toList());
    }

    private static SettingSpec setting(String key, int column) {
        return new SettingSpec(key, new SettingValue.UnknownValue(at(column + key.length() + 1)), at(column));
    }

    private static SourcePosition at(int column) {
        return new SourcePosition("model.nn", 1, column);
    }
}
