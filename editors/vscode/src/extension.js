// The nnscript extension: starts `nnrun lsp` (the path is the setting nnscript.nnrunPath) as a
// language server on standard input and output. Highlighting works without it (the TextMate
// grammar); everything else (diagnostics, quick fixes, hovers, completion, formatting, outline,
// semantic tokens) comes from the server.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const nnrun = vscode.workspace.getConfiguration('nnscript').get('nnrunPath') || 'nnrun';
  const serverOptions = { command: nnrun, args: ['lsp'], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'nnscript' }, { scheme: 'untitled', language: 'nnscript' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.csv') },
  };
  client = new LanguageClient('nnscript', 'nnscript (nnrun lsp)', serverOptions, clientOptions);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('nnscript.nnrunPath')) {
      vscode.window.showInformationMessage('nnscript: reload the window to start the new nnrun.');
    }
  }));
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
