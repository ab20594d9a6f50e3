package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated hostile data (control characters, NUL bytes, bytes that are not UTF-8, quotes, records
 * of millions of characters) through real {@code nnrun} processes under {@code -Xmx64m}: batch
 * inference ({@code --inputs}, from a file and from standard input) and training either succeed or
 * end with exit code 1 and messages at {@code file:line:col}, never a stack trace. Few examples, as
 * each starts JVMs: the in-process fuzzers in the dsl cover the reader's paths in depth.
 */
class HostileDataFuzzIT {

    private static final List<String> SMALL_HEAP = List.of("-Xmx64m", "-XX:+UseSerialGC");

    /** Pieces rows are made of; the last is a record longer than the reader's limit. */
    private static final List<byte[]> PIECES = List.of(bytes("0.5"), bytes("-1e3"), bytes(","), bytes("\n"),
            bytes("\r\n"), bytes("\r"), bytes("\u0000"), bytes("\u0001"), bytes("\u001b[31m"), bytes("\u007f"),
            bytes("\t"), bytes("\""), bytes(" "), bytes("x"), bytes("NaN"), bytes("\u00e9"), new byte[] {(byte) 0xFF},
            bytes("9".repeat(4_200_000)));

    private static final Pattern DIAGNOSTIC = Pattern.compile("^\\S.*:\\d+:\\d+: (error|warning): .*",
            Pattern.MULTILINE);

    @TempDir
    Path folder;

    @Test
    void hostileDataEndsInExitZeroOrOneWithMessagesNotTraces() {
        Path relu = Scripts.copy("relu-in-action.nn", folder);
        Path training = write("train.nn", bytes("input dosage\noutput effectiveness identity w=1 b=?\n"
                + "data \"train.csv\"\ntrain steps=5\n"));
        qt().withExamples(6).withShrinkCycles(10)
                .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 60))
                .checkAssert(pieces -> {
                    byte[] rows = rows(pieces);
                    Path data = write("d.csv", concat(bytes("dosage\n"), rows));
                    assertOneMessageOrSuccess(ProcessRun.java(SMALL_HEAP, ProcessRun::none, relu.toString(),
                            "--inputs", data.toString()));
                    assertOneMessageOrSuccess(ProcessRun.java(SMALL_HEAP, in -> {
                        try {
                            in.write(Files.readAllBytes(data));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, relu.toString(), "--inputs", "-"));
                    write("train.csv", concat(bytes("dosage,effectiveness\n"), rows));
                    ProcessRun train = ProcessRun.java(SMALL_HEAP, ProcessRun::none, "train", training.toString());
                    assertTrue(List.of(0, 1, 3).contains(train.exitCode()), train.err());
                    assertNoTrace(train);
                    if (train.exitCode() == 1) {
                        assertTrue(DIAGNOSTIC.matcher(train.err()).find(), train.err());
                    }
                });
    }

    /** Batch inference stops at the first bad row: exit 1 has exactly one diagnostic. */
    private static void assertOneMessageOrSuccess(ProcessRun run) {
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.exitCode() + ": " + run.err());
        assertNoTrace(run);
        if (run.exitCode() == 1) {
            assertEquals(1, DIAGNOSTIC.matcher(run.err()).results().count(), run.err());
        }
    }

    private static void assertNoTrace(ProcessRun run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("Error:"),
                run.err());
    }

    private static byte[] rows(List<Integer> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int piece : pieces) {
            out.writeBytes(PIECES.get(piece));
        }
        return out.toByteArray();
    }

    private Path write(String name, byte[] content) {
        try {
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
