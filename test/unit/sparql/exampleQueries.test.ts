import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyseQuery } from '../../../src/sparql/analyseQuery.js';
import { EXAMPLE_QUERIES } from '../../../src/sparql/exampleQueries.js';

const API_DOCS = readFileSync('docs/api.md', 'utf8');

describe('EXAMPLE_QUERIES', () => {
  for (const example of EXAMPLE_QUERIES) {
    it(`has "${example.title}" parse as SPARQL 1.1 and appear verbatim in docs/api.md`, () => {
      assert.doesNotThrow(() => analyseQuery(example.query, 'http://localhost:3000/sparql'));
      assert.ok(API_DOCS.includes(`#### ${example.title}\n\n${example.description}\n\n\`\`\`sparql\n${example.query}\`\`\``), `docs/api.md shows ${example.title} as in src/sparql/exampleQueries.ts`);
    });
  }
});
