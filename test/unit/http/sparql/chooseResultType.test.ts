import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { QueryForm } from '../../../../src/graph/queryShape.js';
import { chooseResultType } from '../../../../src/http/sparql/chooseResultType.js';

const JSON_RESULTS = 'application/sparql-results+json';
const XML_RESULTS = 'application/sparql-results+xml';

/** [form, Accept, format parameters, chosen type (undefined: 406)] */
const cases: [QueryForm, string | undefined, string[], string | undefined][] = [
  ['SELECT', undefined, [], JSON_RESULTS],
  ['SELECT', '*/*', [], JSON_RESULTS],
  ['SELECT', 'text/csv;q=0.9, text/tab-separated-values', [], 'text/tab-separated-values'],
  ['SELECT', 'application/xml', [], XML_RESULTS],
  ['SELECT', 'text/xml;q=0.5, application/json', [], JSON_RESULTS],
  ['SELECT', 'text/turtle', [], undefined],
  ['SELECT', 'text/turtle', ['csv'], 'text/csv'],
  ['SELECT', undefined, ['json', 'json', 'json'], JSON_RESULTS],
  ['SELECT', undefined, ['rdf+xml', 'XML'], XML_RESULTS],
  ['SELECT', undefined, ['tsv', 'text/tab-separated-values'], 'text/tab-separated-values'],
  ['SELECT', undefined, ['application/sparql-results+json; charset=utf-8'], JSON_RESULTS],
  ['SELECT', '*/*', ['turtle'], undefined],
  ['ASK', 'application/sparql-results+xml', [], XML_RESULTS],
  ['ASK', 'text/csv', [], 'text/csv'],
  ['CONSTRUCT', undefined, [], 'text/turtle'],
  ['CONSTRUCT', 'application/json', [], 'application/ld+json'],
  ['CONSTRUCT', 'text/n3', [], 'text/turtle'],
  ['CONSTRUCT', undefined, ['json'], 'application/ld+json'],
  ['CONSTRUCT', undefined, ['xml'], 'application/rdf+xml'],
  ['CONSTRUCT', undefined, ['n3'], 'text/turtle'],
  ['CONSTRUCT', JSON_RESULTS, [], undefined],
  ['DESCRIBE', 'application/n-quads;q=0.1, application/n-triples;q=0.2', [], 'application/n-triples'],
  ['DESCRIBE', undefined, ['csv'], undefined],
];

describe('chooseResultType', () => {
  for (const [form, accept, formats, expected] of cases) {
    it(`chooses ${expected ?? 'nothing (406)'} for ${form} with ${accept === undefined ? 'no Accept' : `Accept "${accept}"`}${formats.length ? ` and format ${formats.join(', ')}` : ''}`, () => {
      assert.equal(chooseResultType(form, accept, formats), expected);
    });
  }
});
