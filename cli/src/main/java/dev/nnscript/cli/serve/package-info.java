/**
 * {@code nnrun serve}: a local web server and the page it serves, for one script's network and data.
 * The page is static (HTML, CSS and JavaScript bundled in the jar, under
 * {@code dev/nnscript/cli/serve/page}); every number it shows comes from the engine over a small JSON
 * API: {@link dev.nnscript.cli.serve.ServeServer} binds the server and guards each request (Host,
 * Origin, body size), {@link dev.nnscript.cli.serve.ApiRoutes} answers the API, an
 * {@link dev.nnscript.cli.serve.EditSession} holds one page's edited network, a
 * {@link dev.nnscript.cli.serve.LiveTraining} trains it on a background thread, and
 * {@link dev.nnscript.cli.serve.SaveTarget} is the one file a save may write. Loaded only by
 * {@code nnrun serve}, never by the one-shot path.
 */
package dev.nnscript.cli.serve;
