package dev.nnscript.lsp.analysis;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.validate.ResolvedLayer;
import java.util.List;
import java.util.Optional;

/**
 * One version of one document, analysed: what {@code nnrun check} would say about it and what the
 * editor features read.
 *
 * @param fileName the name diagnostics carry for this document (its path), as {@code check} is given it
 * @param result the dsl load of the text
 * @param dataDiagnostics the data check's problems ({@code DataCheck}), empty unless the script loaded
 * @param layers the validator's layers with the node lines they came from (empty when the text
 *     does not get that far)
 */
public record Analysis(String uri, int version, String fileName, String text, TextLines lines, LoadResult result,
        List<Diagnostic> dataDiagnostics, List<ResolvedLayer> layers) {

    public Analysis {
        dataDiagnostics = List.copyOf(dataDiagnostics);
        layers = List.copyOf(layers);
    }

    /** The script's diagnostics, then the data's, as {@code check} reports them. */
    public List<Diagnostic> allDiagnostics() {
        if (dataDiagnostics.isEmpty()) {
            return result.diagnostics();
        }
        List<Diagnostic> all = new java.util.ArrayList<>(result.diagnostics());
        all.addAll(dataDiagnostics);
        return all;
    }

    public Optional<dev.nnscript.dsl.script.Script> script() {
        return result.loaded();
    }
}
