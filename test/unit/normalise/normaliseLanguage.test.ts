import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseLanguage } from '../../../src/normalise/normaliseLanguage.js';

/** [input, BCP 47 tag or undefined, where the spelling comes from] */
const cases: [string, string | undefined, string][] = [
  ['en', 'en', 'shell-novice config.yaml lang, Workbench JSON-LD inLanguage'],
  ['EN', 'en', 'upper case'],
  ['english', 'en', 'Carpentries feed lesson_tags'],
  ['English', 'en', 'Galaxy 101 JSON-LD inLanguage name'],
  ['eng', 'en', 'Zenodo language (ISO 639-3)'],
  ['en-UK', 'en-GB', 'CodeRefinery bioschemas.yml inLanguage'],
  ['en-gb', 'en-GB', 'lower-case region'],
  ['en_US', 'en-US', 'POSIX locale'],
  ['fr', 'fr', 'ISO 639-1'],
  ['french', 'fr', 'name'],
  ['Français', 'fr', 'native name'],
  ['fra', 'fr', 'ISO 639-2/T'],
  ['deu', 'de', 'ISO 639-2/T'],
  ['ger', 'de', 'ISO 639-2/B'],
  ['german', 'de', 'name'],
  ['Deutsch', 'de', 'native name'],
  ['es', 'es', 'ISO 639-1'],
  ['spanish', 'es', 'name'],
  ['spa', 'es', 'ISO 639-3'],
  ['pt', 'pt', 'ISO 639-1'],
  ['pt-br', 'pt-BR', 'region'],
  ['ja', 'ja', 'ISO 639-1'],
  ['zh', 'zh', 'ISO 639-1'],
  ['zh-hans-cn', 'zh-Hans-CN', 'script and region'],
  ['es-419', 'es-419', 'UN M.49 region'],
  ['de-CH-1996', 'de-CH-1996', 'variant'],
  ['  nl  ', 'nl', 'padded'],
  ['klingon', undefined, 'not in the table'],
  ['tlh', undefined, 'a code not in the table'],
  ['python', undefined, 'a lesson tag that is not a language'],
  ['English, French', undefined, 'a list'],
  ['en-', undefined, 'malformed'],
  ['en-UK-x', undefined, 'malformed subtag'],
  ['', undefined, 'empty'],
];

describe('normaliseLanguage', () => {
  for (const [input, expected, origin] of cases) {
    it(`${expected === undefined ? 'rejects' : `maps to ${expected}`} ${JSON.stringify(input)} (${origin})`, () => {
      assert.equal(normaliseLanguage(input), expected);
    });
  }

  const namesOnly: [string, string | undefined][] = [
    ['english', 'en'],
    ['it', undefined],
    ['r', undefined],
    ['gap', undefined],
  ];
  for (const [tag, expected] of namesOnly) {
    it(`with namesOnly reads the lesson tag ${JSON.stringify(tag)} as ${String(expected)}`, () => {
      assert.equal(normaliseLanguage(tag, { namesOnly: true }), expected);
    });
  }
});
