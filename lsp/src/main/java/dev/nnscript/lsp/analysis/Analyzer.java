package dev.nnscript.lsp.analysis;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.data.DataCheck;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.parser.BuildResult;
import dev.nnscript.dsl.parser.ParseResult;
import dev.nnscript.dsl.parser.ScriptParser;
import dev.nnscript.dsl.parser.SpecBuilder;
import dev.nnscript.dsl.validate.ResolvedLayer;
import dev.nnscript.dsl.validate.ScriptValidator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the dsl pipeline on an editor's text exactly as {@code nnrun check} runs it on a file: the
 * load ({@code NnScripts.load} on the text's UTF-8 bytes, data paths relative to the document's
 * folder), then, when the script loads, the data check ({@code DataCheck.check}).
 */
public final class Analyzer {

    private Analyzer() {}

    public static Analysis analyse(String uri, int version, String text) {
        Path path = pathOf(uri);
        String name = path == null ? uri : path.toString();
        Path folder = path == null || path.toAbsolutePath().getParent() == null ? Path.of("")
                : path.toAbsolutePath().getParent();
        LoadResult result = NnScripts.load(text.getBytes(StandardCharsets.UTF_8), name, folder);
        List<Diagnostic> data = result.loaded().map(DataCheck::check).orElse(List.of());
        return new Analysis(uri, version, name, text, TextLines.of(text), result, data, layers(result));
    }

    /** The file a {@code file:} URI names, or null for other schemes (an unsaved buffer). */
    public static Path pathOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Path.of(parsed) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The validator's layers (with their node lines' positions) for hovers and symbols. */
    private static List<ResolvedLayer> layers(LoadResult result) {
        if (result.source() == null) {
            return List.of();
        }
        ParseResult parsed = ScriptParser.parse(result.source());
        BuildResult built = SpecBuilder.build(parsed, result.source().fileName());
        return ScriptValidator.validate(built.spec(), built.complete()).layers();
    }
}
