// The wink-nlp side of the whole-process comparison: read every .txt file under a directory (ordinal order of path),
// run wink-nlp's English pipeline on each (tokens, sentences, negation, sentiment, part-of-speech tags, named and
// custom entities) and write one JSON line per file with its sentence count and entities, as the attribution tool
// writes one line per file with `--format jsonl`. wink-nlp runs on one thread, as Node.js does.
'use strict';
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model);
const its = nlp.its;

function textFiles(directory, found) {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      textFiles(full, found);
    } else if (entry.name.endsWith('.txt')) {
      found.push(full);
    }
  }
  return found;
}

const input = process.argv[2];
const files = fs.statSync(input).isDirectory() ? textFiles(input, []).sort() : [input];
for (const file of files) {
  const doc = nlp.readDoc(fs.readFileSync(file, 'utf8'));
  process.stdout.write(JSON.stringify({
    file,
    sentences: doc.sentences().length(),
    entities: doc.entities().out(its.detail),
  }) + '\n');
}
