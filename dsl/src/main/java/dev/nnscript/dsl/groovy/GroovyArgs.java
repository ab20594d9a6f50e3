package dev.nnscript.dsl.groovy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Arguments of a closure statement made ready for the Java builder: every {@link PendingWord}
 * (also inside lists and maps) marked used and replaced by its word, GStrings made strings, lists
 * and ranges of names flattened.
 */
final class GroovyArgs {

    private GroovyArgs() {}

    static Object unwrap(Object v) {
        if (v instanceof PendingWord p) {
            return p.use();
        }
        if (v instanceof CharSequence s && !(v instanceof String)) {
            return s.toString();
        }
        if (v instanceof Iterable<?> items) {
            List<Object> out = new ArrayList<>();
            items.forEach(i -> out.add(unwrap(i)));
            return out;
        }
        if (v instanceof Object[] items) {
            return unwrap(List.of(items));
        }
        if (v instanceof Map<?, ?> map) {
            return named(map);
        }
        return v;
    }

    /** Named arguments in the order written, keys as strings. */
    static Map<String, Object> named(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), unwrap(v)));
        return out;
    }

    /** Positional arguments with lists and ranges spread out: {@code output 0..9, softmax}. */
    static List<Object> flat(Object... args) {
        List<Object> out = new ArrayList<>();
        for (Object a : args) {
            Object v = unwrap(a);
            if (v instanceof List<?> items) {
                out.addAll(items);
            } else {
                out.add(v);
            }
        }
        return out;
    }

    /** Positional arguments, each unwrapped but kept whole. */
    static List<Object> each(Object... args) {
        List<Object> out = new ArrayList<>(args.length);
        for (Object a : args) {
            out.add(unwrap(a));
        }
        return out;
    }
}
