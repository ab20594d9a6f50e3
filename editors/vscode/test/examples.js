// Grammar tests on the shipped examples (../../examples/*.nn), run by `npm test`:
// 1. vscode-tmgrammar-snap compares each example's tokens with its committed snapshot in
//    test/snapshots/ (the examples stay free of test files: they are copied to a scratch folder).
//    After a deliberate grammar change, review and refresh them with `UPDATE=1 npm test`.
// 2. Every non-blank character of every example gets a scope of its own (nothing falls through as
//    bare source.nn), and every line's first word outside comments is a statement keyword.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { tokenizeLines } = require('../scripts/tokenize');

const here = __dirname;
const examples = path.resolve(here, '..', '..', '..', 'examples');
const snapshots = path.join(here, 'snapshots');
const grammar = path.resolve(here, '..', 'syntaxes', 'nn.tmLanguage.json');
const update = process.env.UPDATE === '1';
const failures = [];

const files = fs.readdirSync(examples).filter((f) => f.endsWith('.nn')).sort();
if (files.length === 0) {
  failures.push('no examples found in ' + examples);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'nn-grammar-'));
try {
  for (const f of files) {
    fs.copyFileSync(path.join(examples, f), path.join(scratch, f));
    const snap = path.join(snapshots, f + '.snap');
    if (fs.existsSync(snap)) {
      fs.copyFileSync(snap, path.join(scratch, f + '.snap'));
    } else if (!update) {
      failures.push('no snapshot for ' + f + ' (review the tokens, then run UPDATE=1 npm test)');
    }
  }
  const bin = path.resolve(here, '..', 'node_modules', '.bin', 'vscode-tmgrammar-snap');
  const args = ['-g', grammar, path.join(scratch, '*.nn')].concat(update ? ['--updateSnapshot'] : []);
  const run = spawnSync(bin, args, { encoding: 'utf8' });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  if (run.status !== 0) {
    failures.push('vscode-tmgrammar-snap: the examples\' tokens differ from their snapshots (above)');
  }
  if (update) {
    fs.mkdirSync(snapshots, { recursive: true });
    for (const f of files) {
      fs.copyFileSync(path.join(scratch, f + '.snap'), path.join(snapshots, f + '.snap'));
    }
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

const keywords = new Set(['network', 'input', 'hidden', 'layer', 'output', 'data', 'train', 'predict', 'report', 'end']);

tokenizeLines(grammar, files.map((f) => fs.readFileSync(path.join(examples, f), 'utf8'))).then((all) => {
  all.forEach((lines, i) => {
    lines.forEach((tokens, n) => {
      const where = files[i] + ':' + (n + 1);
      for (const t of tokens) {
        if (t.text.trim() !== '' && t.scopes.length === 1) {
          failures.push(where + ': "' + t.text + '" has no scope of its own');
        }
      }
      const first = tokens.find((t) => t.text.trim() !== '');
      const inTable = first && /^[-+0-9.]/.test(first.text.trim());
      if (first && !first.scopes.some((s) => s.startsWith('comment')) && !inTable) {
        const word = first.text.trim();
        if (keywords.has(word) && !first.scopes.includes('keyword.control.statement.nn')) {
          failures.push(where + ': statement "' + word + '" is not a keyword');
        }
      }
    });
  });
  if (failures.length > 0) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
  console.log('examples: ' + files.length + ' files, snapshots equal, every character scoped');
}).catch((e) => {
  console.error(e);
  process.exit(1);
});
