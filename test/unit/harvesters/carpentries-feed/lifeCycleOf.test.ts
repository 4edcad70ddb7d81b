import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isLifeCycleTag, lifeCycleOf } from '../../../../harvesters/carpentries-feed/lifeCycleOf.js';

describe('lifeCycleOf', () => {
  for (const [declared, others, expected] of [
    [['alpha'], [], { stage: 'alpha', unknown: [], conflicting: [] }],
    [[' Pre-Alpha '], [], { stage: 'pre-alpha', unknown: [], conflicting: [] }],
    [['pre_alpha'], [], { stage: 'pre-alpha', unknown: [], conflicting: [] }],
    [['beta', 'beta'], [], { stage: 'beta', unknown: [], conflicting: [] }],
    [['beta', 'stable'], [], { stage: 'beta', unknown: [], conflicting: ['stable'] }],
    [['soon'], ['stable'], { stage: 'stable', unknown: ['soon'], conflicting: [] }],
    [[], ['lesson', 'alpha'], { stage: 'alpha', unknown: [], conflicting: [] }],
    [[''], [], { unknown: [], conflicting: [] }],
    [[], [], { unknown: [], conflicting: [] }],
  ] as const) {
    it(`reads ${JSON.stringify(expected.stage ?? null)} from ${JSON.stringify(declared)} and ${JSON.stringify(others)}`, () => {
      assert.deepEqual(lifeCycleOf(declared, others), expected);
    });
  }
});

describe('isLifeCycleTag', () => {
  it('recognises the stages, whatever their case', () => {
    assert.deepEqual(['alpha', 'Beta', 'stable', 'deprecated', 'python'].map(isLifeCycleTag), [true, true, true, true, false]);
  });
});
