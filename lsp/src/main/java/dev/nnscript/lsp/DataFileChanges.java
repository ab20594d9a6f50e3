package dev.nnscript.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The workspace half: no workspace features (every file is analysed on its own, as {@code check}
 * does), but when the client reports changed files it watches for us (the VS Code extension
 * watches {@code *.csv}), every open script is analysed again, so a data file fixed beside it
 * clears its diagnostics.
 */
final class DataFileChanges implements WorkspaceService {

    private final Runnable analyseAgain;

    DataFileChanges(Runnable analyseAgain) {
        this.analyseAgain = analyseAgain;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // No settings: the client's nnrun path setting only picks the command that starts us.
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        analyseAgain.run();
    }
}
