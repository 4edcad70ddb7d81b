import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseOrcid, orcidCheckCharacter } from '../../../src/normalise/normaliseOrcid.js';
import { IDENTIFIER_BASES } from '../../../src/vocab/PROFILES.js';

/** [input, ORCID iD or undefined, where the spelling comes from] */
const cases: [string, string | undefined, string][] = [
  ['0000-0003-3768-4277', '0000-0003-3768-4277', 'shell-novice .zenodo.json, bare id'],
  ['0000-0001-9168-875X', '0000-0001-9168-875X', 'shell-novice .zenodo.json, check character X'],
  ['0000-0001-9168-875x', '0000-0001-9168-875X', 'lower-case check character'],
  ['https://orcid.org/0000-0003-3803-468X', '0000-0003-3803-468X', 'Galaxy 101 JSON-LD'],
  ['https://orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097', 'TeSS OAI-PMH rdf:about'],
  ['http://orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097', 'http URL'],
  ['https://www.orcid.org/0000-0002-1825-0097/', '0000-0002-1825-0097', 'www and trailing slash'],
  ['orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097', 'URL without scheme'],
  ['orcid:0000-0002-1825-0097', '0000-0002-1825-0097', 'CURIE'],
  ['ORCID: 0000-0002-1825-0097', '0000-0002-1825-0097', 'label'],
  ['0000000218250097', '0000-0002-1825-0097', 'no hyphens'],
  [' 0000 0002 1825 0097 ', '0000-0002-1825-0097', 'spaces'],
  ['0000-0002-1825-0098', undefined, 'wrong check digit'],
  ['0000-0001-9168-8750', undefined, 'digit where the checksum is X'],
  ['0000-0002-1825-009', undefined, 'too short'],
  ['https://sandbox.orcid.org/0000-0002-1825-0097', undefined, 'sandbox iD'],
  ['https://github.com/ChristinaLK', undefined, 'not an ORCID'],
  ['', undefined, 'empty'],
];

describe('normaliseOrcid', () => {
  for (const [input, expected, origin] of cases) {
    const outcome = expected === undefined ? 'rejects' : `maps to https://orcid.org/${expected}`;
    it(`${outcome} for ${JSON.stringify(input)} (${origin})`, () => {
      assert.equal(normaliseOrcid(input), expected === undefined ? undefined : IDENTIFIER_BASES.orcid + expected);
    });
  }
});

describe('orcidCheckCharacter', () => {
  const rows: [string, string][] = [
    ['000000021825009', '7'],
    ['000000019168875', 'X'],
    ['000000033768427', '7'],
  ];
  for (const [digits, check] of rows) {
    it(`computes the ISO 7064 MOD 11-2 check character ${check} of ${digits}`, () => {
      assert.equal(orcidCheckCharacter(digits), check);
    });
  }
});
