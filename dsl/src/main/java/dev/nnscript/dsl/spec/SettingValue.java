package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.List;
import java.util.Objects;

/** The value of a {@code key=value} pair, in the forms the language has. */
public sealed interface SettingValue {

    SourcePosition position();

    /** How the value reads in a message, such as {@code 'fast'} or {@code '1e999'}. */
    String text();

    /** A number: {@code lr=0.1}. */
    record NumberValue(WrittenNumber number) implements SettingValue {
        public SourcePosition position() { return number.position(); }
        public String text() { return number.text(); }
    }

    /** A word, maybe with numbers in parentheses: {@code sgd}, {@code full}, {@code uniform(-0.5, 0.5)}. */
    record WordValue(String word, List<WrittenNumber> arguments, SourcePosition position) implements SettingValue {
        public WordValue {
            Objects.requireNonNull(word, "word");
            arguments = List.copyOf(arguments);
        }
        public String text() { return word; }
    }

    /** A quoted string (escapes resolved). */
    record StringValue(String string, SourcePosition position) implements SettingValue {
        public String text() { return '"' + string + '"'; }
    }

    /** {@code ?}. */
    record UnknownValue(SourcePosition position) implements SettingValue {
        public String text() { return "?"; }
    }

    /** {@code [1, ?, 2]}. */
    record ListValue(List<ParameterSpec> entries, SourcePosition position) implements SettingValue {
        public ListValue {
            // A ParameterList is immutable already, and copying would make an object per entry.
            entries = entries instanceof ParameterList ? entries : List.copyOf(entries);
        }
        public String text() { return "[...]"; }
    }
}
