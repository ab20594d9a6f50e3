// Tokenizes text with the TextMate grammar as VS Code does (vscode-textmate with the Oniguruma
// regular expressions compiled to WebAssembly): for each text, for each line, the tokens with
// their text and scopes. Shared by the example test and the screenshot renderer.
'use strict';

const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

async function registry(grammarPath) {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  return new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath),
  });
}

async function tokenizeLines(grammarPath, texts) {
  const grammar = await (await registry(grammarPath)).loadGrammar('source.nn');
  return texts.map((text) => {
    let state = vsctm.INITIAL;
    return text.replace(/\n$/, '').split(/\r?\n/).map((line) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      return result.tokens.map((t) => ({ text: line.substring(t.startIndex, t.endIndex), scopes: t.scopes }));
    });
  });
}

module.exports = { tokenizeLines };
