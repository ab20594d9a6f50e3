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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point for {@code .nn} scripts: read, parse, build spec, validate, assemble, each a
 * named pass returning data. Nothing here throws for a bad script or prints; problems come back as
 * diagnostics in a {@link LoadResult}.
 *
 * <p>Loading is most of a one-shot {@code nnrun} run, and the first lambda, stream or regular
 * expression of a process sets up JVM machinery (docs/performance.md, "Start-up"), so the passes
 * here and the parser's hot parts use loops and hand-written scanners. Not every step does:
 * SpecBuilder, ScriptAssembler, WrittenNumber and NameRanges use streams or regular expressions
 * for what some scripts have; cli's {@code LauncherIT} checks which classes a one-shot run of the
 * example loads.
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
        List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
        all.addAll(built.diagnostics());
        all.addAll(ScriptValidator.validate(built.spec(), !parsed.hasSyntaxErrors() && built.complete()));
        LoadResult result = finish(built.spec(), all, text, scriptDirectory);
        if (!result.succeeded()) {
            return result;
        }
        Script script = result.script().withComments(CommentAttacher.attach(parsed.layout(), built.spec()));
        return new LoadResult(script, result.diagnostics(), text);
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
        List<Diagnostic> all = new ArrayList<>(buildDiagnostics);
        all.addAll(ScriptValidator.validate(spec, complete));
        return finish(spec, all, source, scriptDirectory);
    }

    private static LoadResult finish(ScriptSpec spec, List<Diagnostic> diagnostics, SourceText source,
            Path scriptDirectory) {
        List<Diagnostic> sorted = capped(diagnostics);
        if (Diagnostic.anyError(sorted)) {
            return new LoadResult(null, sorted, source);
        }
        return new LoadResult(ScriptAssembler.assemble(spec, scriptDirectory), sorted, source);
    }

    private static List<Diagnostic> capped(List<Diagnostic> diagnostics) {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
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
