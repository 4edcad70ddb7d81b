import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { limitProblems } from '../../../src/harvest/limitProblems.js';
import type { ItemProblem } from '../../../src/model/HarvestRunReport.js';

const problem = (severity: ItemProblem['severity'], n: number): ItemProblem => ({ severity, location: `item-${n}`, message: `${severity} ${n}` });

describe('limitProblems', () => {
  it('keeps every problem when there are few', () => {
    const problems = [problem('warning', 1), problem('error', 2)];
    assert.deepEqual(limitProblems(problems, 5), { problems });
  });

  it('keeps errors and invalid records before warnings, in their order, and counts what it leaves out', () => {
    const problems = [problem('warning', 1), problem('invalid', 2), problem('warning', 3), problem('error', 4), problem('warning', 5)];
    assert.deepEqual(limitProblems(problems, 3), { problems: [problem('warning', 1), problem('invalid', 2), problem('error', 4)], omittedProblems: { warning: 2 } });
  });
});
