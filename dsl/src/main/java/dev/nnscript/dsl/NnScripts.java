package dev.nnscript.dsl;

import dev.nnscript.dsl.assemble.CommentAttacher;
import dev.nnscript.dsl.assemble.ScriptAssembler;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.parser.BuildResult;
import dev.nnscript.dsl.parser.ParseResult;
import dev.nnscript.dsl.parser.ScriptParser;
import dev.nnscript.dsl.parser.SpecBuilder;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.source.FileErrors;
import dev.nnscript.dsl.source.ReadResult;
import dev.nnscript.dsl.source.ScriptBytes;
import dev.nnscript.dsl.source.SourceReader;
import dev.nnscript.dsl.source.SourceText;
import dev.nnscript.dsl.spec.ScriptSpec;
import dev.nnscript.dsl.validate.ScriptValidator;
import dev.nnscript.dsl.validate.ValidatedScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point for {@code .nn} scripts. Loading is a pipeline of named passes, each in its
 * own package and each a call here that returns data, run in this order:
 * <ol>
 * <li>read ({@code source.SourceReader}): bytes to a {@code SourceText}, or why there is none;
 * <li>parse ({@code parser.ScriptParser}): text to a syntax tree, with the syntax errors;
 * <li>build the spec ({@code parser.SpecBuilder}): the tree to a {@code spec.ScriptSpec}, the
 *     script exactly as written;
 * <li>validate ({@code validate.ScriptValidator}): every check, and everything read and resolved
 *     on the way (layers, activations, initializers, settings, data options), in a
 *     {@code ValidatedScript}; each of these readings runs once per load, here;
 * <li>assemble ({@code assemble.ScriptAssembler}, and {@code CommentAttacher} for the comments):
 *     the validated script to a {@code script.Script}, consuming it and checking nothing again.
 * </ol>
 * A spec built in code (the Groovy builder) enters at validate through {@link #fromSpec}. Nothing
 * here throws for a bad script or prints; problems come back as diagnostics in a
 * {@link LoadResult}, in source order.
 *
 * <p>Loading is most of a one-shot {@code nnrun} run, and the first lambda, stream or regular
 * expression of a process sets up JVM machinery (docs/speed.md, "Start-up"), so the passes
 * here and the parser's hot parts use loops and hand-written scanners. Not every step does:
 * SpecBuilder, NameRanges, some of the validator's readers and ScriptAssembler use streams,
 * lambdas or regular expressions for what some scripts have; cli's {@code LauncherIT} checks which
 * classes a one-shot run of the example loads.
 */
public final class NnScripts {

    /** More errors than this are summarised; a binary file could otherwise give thousands. */
    static final int MAX_ERRORS = 100;

    private NnScripts() {}

    /** Loads a file; CSV data paths in it are relative to the file's folder. */
    public static LoadResult load(Path file) {
        String name = file.toString();
        ScriptBytes.Result read;
        try {
            read = ScriptBytes.read(file, name);
        } catch (NoSuchFileException e) {
            return failure(name, "file not found");
        } catch (IOException e) {
            return failure(name, "cannot read the file: " + FileErrors.reason(e));
        }
        if (read.problem() != null) {
            return new LoadResult(null, List.of(read.problem()), null);
        }
        Path parent = file.toAbsolutePath().getParent();
        return load(read.bytes(), name, parent == null ? Path.of(".") : parent);
    }

    /** Loads source text; CSV data paths in it are relative to the current folder. */
    public static LoadResult parse(String source, String fileName) {
        return load(source.getBytes(StandardCharsets.UTF_8), fileName, Path.of(""));
    }

    /** Loads raw bytes (any encoding problems are reported) named {@code fileName}. */
    public static LoadResult load(byte[] bytes, String fileName, Path scriptDirectory) {
        ReadResult read = SourceReader.read(bytes, fileName);
        if (read.source().isEmpty()) {
            return new LoadResult(null, read.diagnostics(), null);
        }
        SourceText text = read.text();
        ParseResult parsed = ScriptParser.parse(text);
        BuildResult built = SpecBuilder.build(parsed, fileName);
        ValidatedScript validated = ScriptValidator.validate(built.spec(), built.complete());
        List<Diagnostic> diagnostics = inSourceOrder(parsed.diagnostics(), built.diagnostics(), validated);
        if (Diagnostic.anyError(diagnostics)) {
            return new LoadResult(null, diagnostics, text);
        }
        Script script = ScriptAssembler.assemble(validated, scriptDirectory)
                .withComments(CommentAttacher.attach(parsed.layout(), validated));
        return new LoadResult(script, diagnostics, text);
    }

    /**
     * Validates and assembles a spec built some other way (the Groovy builder), so it gets the
     * same checks and messages as a parsed file.
     */
    public static LoadResult fromSpec(ScriptSpec spec, SourceText source, Path scriptDirectory) {
        return fromSpec(spec, List.of(), true, source, scriptDirectory);
    }

    /**
     * As {@link #fromSpec(ScriptSpec, SourceText, Path)}, with the problems the builder already
     * found while building the spec.
     *
     * @param complete false when the builder dropped a statement it could not read (as after a
     *     syntax error), so checks a missing statement could mislead are skipped
     * @param source the script's text, or null when there is none to show (a Groovy closure)
     */
    public static LoadResult fromSpec(ScriptSpec spec, List<Diagnostic> buildDiagnostics, boolean complete,
            SourceText source, Path scriptDirectory) {
        ValidatedScript validated = ScriptValidator.validate(spec, complete);
        List<Diagnostic> diagnostics = inSourceOrder(List.of(), buildDiagnostics, validated);
        if (Diagnostic.anyError(diagnostics)) {
            return new LoadResult(null, diagnostics, source);
        }
        return new LoadResult(ScriptAssembler.assemble(validated, scriptDirectory), diagnostics, source);
    }

    /** Every pass's diagnostics in source order (ties in pass order), capped at {@link #MAX_ERRORS}. */
    private static List<Diagnostic> inSourceOrder(List<Diagnostic> parsing, List<Diagnostic> building,
            ValidatedScript validated) {
        List<Diagnostic> sorted = new ArrayList<>(parsing);
        sorted.addAll(building);
        sorted.addAll(validated.diagnostics());
        sorted.sort(Diagnostic.IN_SOURCE_ORDER);
        if (sorted.size() <= MAX_ERRORS) {
            return sorted;
        }
        Diagnostic last = sorted.get(MAX_ERRORS - 1);
        List<Diagnostic> kept = new ArrayList<>(sorted.subList(0, MAX_ERRORS));
        kept.add(Diagnostic.error(last.position(), "too many problems; " + (sorted.size() - MAX_ERRORS)
                + " more not shown"));
        return kept;
    }

    private static LoadResult failure(String fileName, String message) {
        return new LoadResult(null, List.of(Diagnostic.error(SourcePosition.startOf(fileName), message)), null);
    }
}
