package dev.nnscript.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The server has no workspace features: every file is analysed on its own, as {@code check} does. */
final class NoWorkspaceService implements WorkspaceService {

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // No settings: the client's nnrun path setting only picks the command that starts us.
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        // Data files are read again on each analysis; nothing to watch.
    }
}
