import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chooseDescriptionType, DESCRIPTION_TYPES } from '../../../../src/http/sparql/describeTypes.js';

const PAGE = [...DESCRIPTION_TYPES, 'text/html'];
const cases: [readonly string[], string | undefined, string[], string | undefined][] = [
  [PAGE, undefined, [], 'text/turtle'],
  [PAGE, 'text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.8', [], 'text/turtle'],
  [PAGE, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', [], 'text/html'],
  [PAGE, 'application/json', [], 'application/ld+json'],
  [PAGE, undefined, ['jsonld'], 'application/ld+json'],
  [PAGE, 'text/html', ['ttl'], 'text/turtle'],
  [DESCRIPTION_TYPES, 'text/html', [], undefined],
  [DESCRIPTION_TYPES, undefined, ['csv'], undefined],
];

describe('chooseDescriptionType', () => {
  for (const [offered, accept, formats, expected] of cases) {
    it(`chooses ${expected ?? 'nothing (406)'} among ${offered.length} types for ${accept ?? 'no Accept'}${formats.length ? ` and format ${formats.join(', ')}` : ''}`, () => {
      assert.equal(chooseDescriptionType(offered, accept, formats), expected);
    });
  }
});
