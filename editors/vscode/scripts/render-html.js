// Renders .nn files as HTML coloured by the TextMate grammar's scopes, with VS Code's Dark+ colours,
// for the screenshot in docs/editors.md (VS Code itself cannot run here):
//   node scripts/render-html.js [--skip-header] ../../examples/relu-in-action.nn > /tmp/nn.html
// --skip-header leaves out each file's leading comment block (the examples' long introductions).
//   chromium --headless --no-sandbox --disable-gpu --screenshot=... --window-size=... file:///tmp/nn.html
'use strict';

const fs = require('fs');
const path = require('path');
const { tokenizeLines } = require('./tokenize');

// The first matching prefix wins; longer prefixes first.
const COLOURS = [
  ['comment', '#6A9955'],
  ['string', '#CE9178'],
  ['constant.character.escape', '#D7BA7D'],
  ['keyword.control', '#C586C0'],
  ['keyword.other', '#569CD6'],
  ['keyword.operator', '#D4D4D4'],
  ['support.function', '#DCDCAA'],
  ['variable.other.property', '#9CDCFE'],
  ['constant.language', '#4FC1FF'],
  ['constant.numeric', '#B5CEA8'],
  ['variable', '#9CDCFE'],
  ['punctuation', '#D4D4D4'],
];

function colour(scopes) {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const hit = COLOURS.find(([prefix]) => scopes[i].startsWith(prefix));
    if (hit) {
      return hit[1];
    }
  }
  return '#D4D4D4';
}

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const grammar = path.resolve(__dirname, '..', 'syntaxes', 'nn.tmLanguage.json');
const skipHeader = process.argv.includes('--skip-header');
const files = process.argv.slice(2).filter((a) => a !== '--skip-header');
const texts = files.map((f) => {
  const lines = fs.readFileSync(f, 'utf8').split('\n');
  let first = 0;
  while (skipHeader && first < lines.length && lines[first].startsWith('#')) {
    first++;
  }
  return lines.slice(first).join('\n');
});
tokenizeLines(grammar, texts).then((all) => {
  const blocks = all.map((lines, i) => {
    const body = lines.map((tokens) => tokens.map((t) =>
      '<span style="color:' + colour(t.scopes) + '">' + escape(t.text) + '</span>').join('')).join('\n');
    return '<div class="title">' + escape(path.basename(files[i])) + '</div><pre>' + body + '</pre>';
  });
  process.stdout.write('<!doctype html><meta charset="utf-8"><style>'
    + 'body{margin:0;background:#1E1E1E;color:#D4D4D4;font:15px/1.45 "DejaVu Sans Mono",monospace}'
    + '.title{background:#2D2D2D;color:#CCCCCC;padding:6px 14px;font:13px sans-serif}'
    + 'pre{margin:0;padding:10px 14px;font:inherit}</style>' + blocks.join('') + '\n');
});
