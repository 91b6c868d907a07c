#!/usr/bin/env node
// The `news-digest` command. In a clone (after `npm ci`) it runs the TypeScript sources
// through tsx, exactly like `npm start` and `npm run cli`; an installation without
// src/ (the Docker image) runs the compiled dist/ instead.
import { existsSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';

const sources = new URL('../src/cli.ts', import.meta.url);
const compiled = new URL('../dist/cli.js', import.meta.url);

async function loadTsx() {
  try {
    await import('tsx');
    return true;
  } catch {
    return false;
  }
}

if (existsSync(sources) && (await loadTsx())) {
  await import(sources.href);
} else if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  process.stderr.write('news-digest: neither tsx nor a build was found; run `npm ci` (or `npm run build`) in the news-digest folder first.\n');
  process.exitCode = 1;
}
