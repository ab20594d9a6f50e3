package dev.nnscript.onnx.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names for an imported network's inputs and outputs: those nnscript wrote into the metadata when
 * they fit; else the ONNX tensor's name made a {@code .nn} name, for a one-column tensor; else
 * x1, x2, ... and y1, y2, ....
 */
final class ImportedNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("0|[1-9][0-9]{0,17}");

    private ImportedNames() {}

    static List<String> inputs(Map<String, String> metadata, String key, String tensor, int width) {
        return names(metadata.get(key), tensor, width, "x", false);
    }

    static List<String> outputs(Map<String, String> metadata, String key, String tensor, int width) {
        return names(metadata.get(key), tensor, width, "y", true);
    }

    private static List<String> names(String listed, String tensor, int width, String prefix, boolean numbersToo) {
        if (listed != null) {
            List<String> names = Arrays.asList(listed.split(",", -1));
            if (names.size() == width && names.stream().allMatch(n -> usable(n, numbersToo))
                    && new HashSet<>(names).size() == width) {
                return names;
            }
        }
        if (width == 1) {
            String name = sanitized(tensor);
            return List.of(usable(name, false) ? name : prefix + "1");
        }
        List<String> numbered = new ArrayList<>(width);
        for (int k = 1; k <= width; k++) {
            numbered.add(prefix + k);
        }
        return numbered;
    }

    private static boolean usable(String name, boolean numbersToo) {
        return !name.equals("end") && (NAME.matcher(name).matches()
                || numbersToo && WHOLE_NUMBER.matcher(name).matches());
    }

    /** Every character outside letters, digits and '_' made '_', and '_' before a leading digit. */
    static String sanitized(String name) {
        StringBuilder b = new StringBuilder(name.length() + 1);
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        if (b.length() > 0 && Character.isDigit(b.charAt(0))) {
            b.insert(0, '_');
        }
        return b.toString();
    }
}
