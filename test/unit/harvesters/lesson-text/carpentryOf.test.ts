import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { carpentryOf } from '../../../../harvesters/lesson-text/carpentryOf.js';
import type { Carpentry } from '../../../../harvesters/lesson-text/carpentryOf.js';

describe('carpentryOf', () => {
  const cases: [unknown, Carpentry | undefined][] = [
    ['swc', { code: 'swc', name: 'Software Carpentry', known: true }],
    [' DC ', { code: 'dc', name: 'Data Carpentry', known: true }],
    ['lc', { code: 'lc', name: 'Library Carpentry', known: true }],
    ['cp', { code: 'cp', name: 'The Carpentries', known: true }],
    ['incubator', { code: 'incubator', name: 'The Carpentries Incubator', known: true }],
    ['lab', { code: 'lab', name: 'The Carpentries Lab', known: true }],
    ['hpc', { code: 'hpc', name: 'hpc', known: false }],
    ['toString', { code: 'tostring', name: 'tostring', known: false }],
    ['FIXME', undefined],
    [null, undefined],
    [['swc'], undefined],
  ];
  for (const [value, expected] of cases) {
    it(`reads carpentry: ${JSON.stringify(value)}`, () => assert.deepEqual(carpentryOf(value), expected));
  }
});
