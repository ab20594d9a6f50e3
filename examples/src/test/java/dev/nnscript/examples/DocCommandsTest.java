package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every nnrun command the documents show runs, as pasted into bash, against the shipped files of a
 * scratch copy: README.md, docs/*.md and examples/**.md, found by {@link DocBlocks} (a new block
 * is tested without listing it here; examples/README.md's output blocks are left to
 * {@link ReadmeOutputTest}). Each command must exit 0; output shown under a {@code $ }
 * command must be what it prints, numbers rounded as shown. A block starts in its document's
 * folder (docs/ pages speak of the repository root, so theirs start there) and a {@code cd}
 * carries over to the block's next commands.
 */
class DocCommandsTest {

    @TempDir
    static Path scratch;

    private static Checkout checkout;

    @BeforeAll
    static void copy() throws IOException {
        checkout = Checkout.copy(scratch);
    }

    /** Each document's folder, relative to the repository root, and its name. */
    record Document(Path path, String name, Path folder) {}

    static List<Document> documents() throws IOException {
        List<Document> documents = new ArrayList<>();
        documents.add(new Document(Checkout.REPOSITORY.resolve("README.md"), "README.md", Path.of("")));
        for (String folder : List.of("docs", "examples")) {
            for (Path file : Checkout.shippedFiles(Checkout.REPOSITORY.resolve(folder))) {
                if (!file.toString().endsWith(".md")) {
                    continue;
                }
                Path relative = Checkout.REPOSITORY.relativize(file);
                Path start = folder.equals("docs") ? Path.of("") : relative.getParent();
                documents.add(new Document(file, relative.toString(), start));
            }
        }
        return documents;
    }

    record Case(DocBlocks.Block block, Path folder) {
        @Override
        public String toString() {
            return block.toString();
        }
    }

    static List<Case> blocks() throws IOException {
        Set<String> runInProcess = ReadmeOutputs.read(Checkout.REPOSITORY.resolve("examples/README.md")).keySet();
        List<Case> cases = new ArrayList<>();
        for (Document document : documents()) {
            for (DocBlocks.Block block : DocBlocks.read(document.path(), document.name())) {
                if (!alreadyRun(document, block, runInProcess)) {
                    cases.add(new Case(block, document.folder()));
                }
            }
        }
        return cases;
    }

    /**
     * examples/README.md's output blocks are {@link ReadmeOutputTest}'s, which runs them in this
     * process, faster (several train networks); running them again here would only cost time.
     */
    private static boolean alreadyRun(Document document, DocBlocks.Block block, Set<String> runInProcess) {
        return document.name().equals("examples/README.md")
                && block.commands().stream().allMatch(c -> c.output() != null && runInProcess.contains(c.line()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void runsAsShown(Case shown) {
        Path folder = checkout.root().resolve(shown.folder().toString());
        for (ShownCommand command : shown.block().commands()) {
            Checkout.Result result = checkout.run(folder, command.line());
            assertEquals(0, result.exitCode(), () -> shown + "\n" + result.describe(command.line()));
            if (command.output() != null) {
                List<String> differences = Differences.of(command.output(), result.out().lines().toList());
                assertTrue(differences.isEmpty(), () -> shown + ": the document differs from the run\n"
                        + String.join("\n", differences) + "\n" + result.describe(command.line()));
            }
            folder = result.folder();
        }
    }

    /** The README's two commands are among those run: the guard against a parser that finds nothing. */
    @Test
    void findsTheReadmesCommands() throws IOException {
        List<String> lines = blocks().stream().flatMap(c -> c.block().commands().stream()).map(ShownCommand::line).toList();
        assertTrue(lines.contains("./nnrun examples/relu-in-action.nn --input 0.5"), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("../nnrun plot ")), lines::toString);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("mvn ")), "mvn runs in .ci/run, not here");
    }

    @Test
    void readsPromptedAndPlainBlocks() {
        assertEquals(List.of(new ShownCommand("nnrun a.nn", List.of("y = 1", "")), new ShownCommand("nnrun b.nn", null)),
                DocBlocks.commands(List.of("$ nnrun a.nn", "y = 1", "", "$ nnrun b.nn", "$ mvn -B -ntp verify")));
        assertEquals(List.of(new ShownCommand("cd examples", null), new ShownCommand("../nnrun a.nn --input 1", null)),
                DocBlocks.commands(List.of("cd examples", "../nnrun a.nn --input 1", "python3 x.py")));
        assertTrue(ShownCommand.runsNnrun("seq 0 1 | sed '1i x' | ./nnrun a.nn --inputs -"));
        assertTrue(ShownCommand.runsNnrun("source <(nnrun completion)"));
        assertFalse(ShownCommand.runsNnrun("nnrun: give --input or --inputs, not both"));
    }
}
