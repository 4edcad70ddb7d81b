import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { carpentryOf } from '../../../../harvesters/carpentries-workbench/carpentryOf.js';
import type { Carpentry } from '../../../../harvesters/carpentries-workbench/carpentryOf.js';
import { fixtureLesson, lessonOf } from './lessonFixtures.js';

describe('carpentryOf', () => {
  it('names Software Carpentry for the shell-novice lesson', () => {
    assert.deepEqual(carpentryOf(fixtureLesson()), { code: 'swc', name: 'Software Carpentry' });
  });

  const cases: [string, Carpentry | undefined][] = [
    ["carpentry: 'DC'", { code: 'dc', name: 'Data Carpentry' }],
    ['carpentry: incubator', { code: 'incubator', name: 'The Carpentries Incubator' }],
    ['carpentry: lab', { code: 'lab', name: 'The Carpentries Lab' }],
    ['carpentry: hpc', { code: 'hpc', name: 'hpc' }],
    ['carpentry: ~', undefined],
    ['carpentry: [unclosed', undefined],
  ];
  for (const [config, expected] of cases) {
    it(`reads ${config}`, () => assert.deepEqual(carpentryOf(lessonOf({ 'config.yaml': config })), expected));
  }

  it('gives undefined without a config.yaml', () => assert.equal(carpentryOf(lessonOf({})), undefined));
});
