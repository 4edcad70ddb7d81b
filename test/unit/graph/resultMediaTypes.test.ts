import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resultMediaTypesFor } from '../../../src/graph/resultMediaTypes.js';
import type { QueryForm } from '../../../src/graph/queryShape.js';

const cases: [QueryForm | undefined, string, boolean][] = [
  ['SELECT', 'application/sparql-results+json', true],
  ['ASK', 'text/tab-separated-values', true],
  ['SELECT', 'text/turtle', false],
  ['CONSTRUCT', 'application/n-quads', true],
  ['DESCRIBE', 'application/rdf+xml', true],
  ['CONSTRUCT', 'text/csv', false],
  ['CONSTRUCT', 'application/ld+json', true],
  ['SELECT', 'application/ld+json', false],
  [undefined, 'text/turtle', true],
  [undefined, 'text/html', false],
];

describe('resultMediaTypesFor', () => {
  for (const [form, mediaType, supported] of cases) {
    it(`${supported ? 'offers' : 'does not offer'} ${mediaType} for ${form ?? 'an unknown form'}`, () => {
      assert.equal(resultMediaTypesFor(form).includes(mediaType), supported);
    });
  }
});
