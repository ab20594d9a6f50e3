package dev.nnscript.reference.dl4j;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object, fields in insertion order: the result line compare.sh collects, in the same
 * form as the nnscript driver's. Doubles print in their shortest round-trip form.
 */
final class ResultLine {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    ResultLine(String workload) {
        put("workload", workload);
        put("side", "dl4j");
    }

    ResultLine() {}

    ResultLine put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append('"').append(e.getKey()).append("\": ").append(json(e.getValue()));
        }
        return out.append('}').toString();
    }

    private static String json(Object value) {
        if (value instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            return d.isNaN() ? "NaN" : d > 0 ? "Infinity" : "-Infinity"; // as Python's json reads them
        }
        return String.valueOf(value);
    }
}
