package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md's Rooms section names every main package of core, dsl, onnx, lsp, spark and cli (as {@code `dsl.validate`},
 * {@code `cli`}) in its tables, and only packages that exist, so a package added, moved or removed
 * without the page following fails here.
 */
class ArchitectureDocTest {

    private static final Pattern TABLE_PACKAGE = Pattern.compile("^\\| `((?:core|dsl|onnx|lsp|spark|cli)(?:\\.[a-z]+)*)` \\|",
            Pattern.MULTILINE);

    @Test
    void theRoomTablesNameEveryMainPackageAndNoOther() throws IOException {
        String page = Files.readString(Checkout.REPOSITORY.resolve("docs/architecture.md"));
        int rooms = page.indexOf("\n## Rooms\n");
        int after = page.indexOf("\n## ", rooms + 1);
        assertTrue(rooms >= 0 && after > rooms, "docs/architecture.md has a Rooms section followed by another");
        Set<String> named = new TreeSet<>();
        Matcher m = TABLE_PACKAGE.matcher(page.substring(rooms, after));
        while (m.find()) {
            named.add(m.group(1));
        }
        assertEquals(mainPackages(), named, "docs/architecture.md's package tables against the source tree");
    }

    /** Packages with a Java source file under each module's src/main/java/dev/nnscript. */
    private static Set<String> mainPackages() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (String module : new String[] {"core", "dsl", "onnx", "lsp", "spark", "cli"}) {
            Path root = Checkout.REPOSITORY.resolve(module).resolve("src/main/java/dev/nnscript");
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                        .forEach(f -> packages.add(root.relativize(f.getParent()).toString().replace('/', '.')));
            }
        }
        return packages;
    }
}
