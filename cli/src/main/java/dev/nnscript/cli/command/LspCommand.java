package dev.nnscript.cli.command;

import dev.nnscript.cli.io.StandardOutput;
import dev.nnscript.lsp.LspServer;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nnrun lsp}: the language server on standard input and output, for editors. Standard
 * output carries only the protocol; the server's own notes (LSP4J's log) go to standard error.
 */
@Command(name = "lsp",
        mixinStandardHelpOptions = true,
        // One string per paragraph: picocli wraps each at the help width (HelpScreensTest).
        description = {"Run the language server for .nn files on standard input and output, for editors.", "",
            "Diagnostics as check reports them, did-you-mean quick fixes, hovers with each node's formula and"
                + " value, completion, formatting as fmt does it, an outline and semantic highlighting."
                + " docs/editors.md shows how VS Code, Neovim and other editors start it."},
        footerHeading = "%nExample:%n",
        footer = {"  nnrun lsp --stdio"})
final class LspCommand implements Callable<Integer> {

    private final InputStream in;

    @Mixin
    DebugOption debug;

    @Option(names = "--stdio", description = "Talk over standard input and output (the only transport; "
            + "accepted because editors' clients pass it).")
    boolean stdio;

    LspCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        return LspServer.run(in, StandardOutput.open());
    }
}
