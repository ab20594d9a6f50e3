// The extension's client code without VS Code (which cannot be downloaded here): `vscode` and the
// language client are stand-ins that record what activate() asks for. Checks that it starts
// `<nnscript.nnrunPath> lsp` over stdio for nnscript documents, falls back to `nnrun` on the PATH,
// and stops the client on deactivate; and that the real client module it requires is installed.
'use strict';

const assert = require('assert');
const Module = require('module');
const path = require('path');

assert.ok(require.resolve('vscode-languageclient/node'), 'vscode-languageclient/node is installed');

function load(nnrunPath) {
  const made = [];
  const vscode = {
    workspace: {
      getConfiguration: (section) => ({ get: (key) => (section === 'nnscript' && key === 'nnrunPath' ? nnrunPath : undefined) }),
      createFileSystemWatcher: (glob) => ({ glob }),
      onDidChangeConfiguration: () => ({ dispose() {} }),
    },
    window: { showInformationMessage() {} },
  };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: false, stopped: false });
      made.push(this);
    }
    start() { this.started = true; return Promise.resolve(); }
    stop() { this.stopped = true; return Promise.resolve(); }
  }
  const client = { LanguageClient, TransportKind: { stdio: 0, ipc: 1 } };
  const original = Module._load;
  Module._load = function (request, ...rest) {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient/node') return client;
    return original.call(this, request, ...rest);
  };
  const file = path.resolve(__dirname, '..', 'src', 'extension.js');
  delete require.cache[file];
  try {
    return { extension: require(file), made };
  } finally {
    Module._load = original;
  }
}

(async () => {
  const { extension, made } = load('/opt/nnscript/nnrun');
  const subscriptions = [];
  await extension.activate({ subscriptions });
  assert.strictEqual(made.length, 1);
  const c = made[0];
  assert.deepStrictEqual(c.serverOptions, { command: '/opt/nnscript/nnrun', args: ['lsp'], transport: 0 });
  assert.ok(c.started, 'the client was started');
  assert.deepStrictEqual(c.clientOptions.documentSelector.map((s) => s.language), ['nnscript', 'nnscript']);
  assert.strictEqual(c.clientOptions.synchronize.fileEvents.glob, '**/*.csv');
  await extension.deactivate();
  assert.ok(c.stopped, 'deactivate stops the client');

  const fallback = load(undefined);
  await fallback.extension.activate({ subscriptions: [] });
  assert.strictEqual(fallback.made[0].serverOptions.command, 'nnrun');

  const manifest = require('../package.json');
  assert.deepStrictEqual(manifest.contributes.languages[0].extensions, ['.nn']);
  assert.strictEqual(manifest.contributes.grammars[0].scopeName, require('../syntaxes/nn.tmLanguage.json').scopeName);
  console.log('extension: starts <nnrunPath> lsp over stdio for nnscript documents');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
