#!/usr/bin/env node
// Answers catalog questions with lunr the way Backstage's default search would, and times it.
//
//   node lunr-answer.mjs --entities ENTITIES.jsonl --questions QUESTIONS.jsonl --out ANSWERS.jsonl
//
// Writes one answer per question to --out, one JSON summary line to stdout, progress to stderr.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { CATALOG_DOCUMENT_TYPE, buildIndices, search } from './backstage-lunr.mjs';
import { readJsonLines } from './jsonl.mjs';

const WARM_UP_QUERIES = 20;
const lunrVersion = createRequire(import.meta.url)('lunr/package.json').version;
const log = (message) => process.stderr.write(`[lunr-answer] ${message}\n`);
const elapsedMs = (startNs) => Number(process.hrtime.bigint() - startNs) / 1e6;
const round = (value, places) => Number(value.toFixed(places));

function readOptions() {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string' },
      questions: { type: 'string' },
      out: { type: 'string' },
    },
  });
  for (const name of ['entities', 'questions', 'out']) {
    if (!values[name]) {
      throw new Error(`missing --${name}; usage: node lunr-answer.mjs --entities E.jsonl --questions Q.jsonl --out A.jsonl`);
    }
  }
  return values;
}

/** Reads and parses the entity documents; all of them are catalog documents. */
async function loadDocuments(path) {
  const documents = [];
  for await (const document of readJsonLines(path)) documents.push(document);
  return new Map([[CATALOG_DOCUMENT_TYPE, documents]]);
}

async function loadQuestions(path) {
  const questions = [];
  for await (const question of readJsonLines(path)) questions.push(question);
  return questions;
}

/** Runs a few queries first so the timed ones do not pay for JIT compilation. */
function warmUp(indices, questions) {
  for (let i = 0; i < WARM_UP_QUERIES && questions.length > 0; i++) {
    search(indices, String(questions[i % questions.length].text ?? ''));
  }
}

/** Answers each question, timing the query (search and ranking) alone. */
function answerAll(indices, questions) {
  return questions.map((question) => {
    const term = String(question.text ?? '');
    const startNs = process.hrtime.bigint();
    const hits = search(indices, term);
    const micros = Number(process.hrtime.bigint() - startNs) / 1e3;
    return {
      id: question.id,
      top: hits[0]?.ref ?? null,
      second: hits[1]?.ref ?? null,
      micros: round(micros, 1),
    };
  });
}

function percentile(sortedValues, fraction) {
  if (sortedValues.length === 0) return 0;
  const rank = Math.ceil(fraction * sortedValues.length) - 1;
  return sortedValues[Math.min(sortedValues.length - 1, Math.max(0, rank))];
}

async function main() {
  const options = readOptions();

  let startNs = process.hrtime.bigint();
  const documentsByType = await loadDocuments(options.entities);
  const parseMs = elapsedMs(startNs);
  const documentCount = [...documentsByType.values()].reduce((sum, docs) => sum + docs.length, 0);
  log(`read ${documentCount} documents in ${parseMs.toFixed(0)} ms`);

  startNs = process.hrtime.bigint();
  const indices = buildIndices(documentsByType);
  const buildMs = elapsedMs(startNs);
  log(`built ${indices.size} index(es) in ${buildMs.toFixed(0)} ms`);

  const questions = await loadQuestions(options.questions);
  warmUp(indices, questions);
  log(`answering ${questions.length} questions`);
  const answers = answerAll(indices, questions);
  writeFileSync(options.out, answers.map((answer) => JSON.stringify(answer) + '\n').join(''));

  const micros = answers.map((answer) => answer.micros).sort((a, b) => a - b);
  const queryMsTotal = micros.reduce((sum, value) => sum + value, 0) / 1e3;
  log(`per question: p50 ${percentile(micros, 0.5)} us, p99 ${percentile(micros, 0.99)} us, max ${micros.at(-1) ?? 0} us`);

  const summary = {
    lunr: lunrVersion,
    documents: documentCount,
    questions: questions.length,
    parseMs: round(parseMs, 1),
    buildMs: round(buildMs, 1),
    queryMsTotal: round(queryMsTotal, 1),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(JSON.stringify(summary) + '\n');
}

main().catch((error) => {
  log(`error: ${error.message}`);
  process.exitCode = 1;
});
