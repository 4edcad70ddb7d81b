import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as normalise from '../../../src/normalise/index.js';

/** The names harvesters import; renaming one breaks them. */
const FUNCTIONS = [
  'normaliseLicense', 'normaliseOrcid', 'normaliseDoi', 'extractDois', 'normaliseDate', 'parseDateRange',
  'normaliseLanguage', 'normaliseUrl', 'canonicalUrl', 'isExampleUrl', 'normaliseRepository', 'isPlaceholder',
  'isBoilerplateDescription', 'cleanText', 'stripHtml', 'splitKeywords', 'minutesToDuration', 'parseDuration',
  'normaliseAgentName', 'licenseIdFromUrl', 'orcidCheckCharacter', 'isoDate', 'monthNumber',
] as const;

describe('the normalise index', () => {
  for (const name of FUNCTIONS) {
    it(`exports the function ${name}`, () => {
      assert.equal(typeof normalise[name], 'function');
    });
  }

  it('exports the licence and language tables', () => {
    assert.ok(normalise.SPDX_LICENSE_IDS.includes('CC-BY-4.0'));
    assert.ok(normalise.LANGUAGES.some((language) => language.tag === 'en'));
  });
});
