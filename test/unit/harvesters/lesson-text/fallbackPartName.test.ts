import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fallbackPartName } from '../../../../harvesters/lesson-text/fallbackPartName.js';

describe('fallbackPartName', () => {
  const cases: [string, number, string][] = [['02-filedir', 2, '02-filedir'], ['episodes/intro', 1, 'intro'], ['FIXME', 3, 'Episode 3'], ['', 4, 'Episode 4'], ['todo', 5, 'Episode 5']];
  for (const [slug, position, expected] of cases) it(`names ${JSON.stringify(slug)} at ${position} ${JSON.stringify(expected)}`, () => assert.equal(fallbackPartName(slug, position), expected));
});
