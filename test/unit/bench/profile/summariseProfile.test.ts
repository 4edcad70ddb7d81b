import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { summariseProfile, type CpuProfile } from '../../../../bench/profile/summariseProfile.js';

const frame = (functionName: string) => ({ functionName, url: 'file:///work/main/dist/src/x.js', lineNumber: 0 });
// (root) → run → { parse, write → parse }; samples: 2 in parse under run, 1 in parse under write, 1 in write.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2] },
    { id: 2, callFrame: frame('run'), children: [3, 4] },
    { id: 3, callFrame: frame('parse') },
    { id: 4, callFrame: frame('write'), children: [5] },
    { id: 5, callFrame: frame('parse') },
  ],
  samples: [3, 3, 5, 4],
  timeDeltas: [0, 1000, 1000, 1000],
  startTime: 0,
  endTime: 4000,
};

describe('summariseProfile', () => {
  it('sums self time per function across call sites, heaviest first', () => {
    const entries = summariseProfile(profile);
    assert.deepEqual(entries.slice(0, 2).map((e) => [e.function, e.location, e.selfMs]), [['parse', 'dist/src/x.js:1', 3], ['write', 'dist/src/x.js:1', 1]]);
  });

  it('counts a function\'s callees in its total time, and each sample once', () => {
    const byName = new Map(summariseProfile(profile, { by: 'total' }).map((e) => [e.function, e]));
    assert.equal(byName.get('run')?.totalMs, 4);
    assert.equal(byName.get('write')?.totalMs, 2);
    assert.equal(byName.get('run')?.totalShare, 1);
  });
});
