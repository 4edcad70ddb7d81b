import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { keyLine } from '../../../../harvesters/lesson-text/keyLine.js';

describe('keyLine', () => {
  const yaml = "#------\ncarpentry: 'swc'\ntitle : 'The Unix Shell'\n  url: nested\nurl: 'x'\r\nlicense_url: y\n";
  const cases: [string, number | undefined][] = [['carpentry', 2], ['title', 3], ['url', 5], ['license', undefined], ['missing', undefined]];
  for (const [key, line] of cases) it(`finds the top-level ${key} on line ${String(line)}`, () => assert.equal(keyLine(yaml, key), line));
});
