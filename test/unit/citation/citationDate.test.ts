import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { citationDate, citationYear } from '../../../src/citation/citationDate.js';
import { loadRecord } from '../../helpers/recordFixtures.js';

describe('citationDate', () => {
  const cases: [string, Record<string, string | undefined>, string][] = [
    ['the publication date first', { datePublished: '2023-05-02', dateModified: '2024-05-10T14:03:22Z', dateCreated: '2013-05-06' }, '2023-05-02'],
    ['then the modification date, as a day', { dateModified: '2024-05-10T14:03:22Z', dateCreated: '2013-05-06' }, '2024-05-10'],
    ['then the creation date', { dateCreated: '2013' }, '2013'],
    ['else the day the catalog last changed the record', {}, '2024-05-17'],
  ];
  for (const [what, dates, expected] of cases) {
    it(`takes ${what}`, () => {
      const record = loadRecord('full');
      record.material = { ...record.material, datePublished: undefined, dateModified: undefined, dateCreated: undefined, ...dates } as typeof record.material;
      assert.equal(citationDate(record), expected);
      assert.equal(citationYear(record), Number(expected.slice(0, 4)));
    });
  }
});
