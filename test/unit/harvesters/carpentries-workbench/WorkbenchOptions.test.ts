import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { siteOf, workbenchOptionsSchema } from '../../../../harvesters/carpentries-workbench/WorkbenchOptions.js';

describe('WorkbenchOptions', () => {
  const sites: [string | { site: string; mdOutputs?: string }, { site: string; mdOutputs?: string } | undefined][] = [
    ['https://swcarpentry.github.io/shell-novice/', { site: 'https://swcarpentry.github.io/shell-novice/' }],
    ['https://github.com/swcarpentry/shell-novice', undefined],
    ['github:swcarpentry/shell-novice', undefined],
    ['snapshot/swcarpentry/shell-novice', undefined],
    [{ site: 'snapshot/shell-novice@gh-pages', mdOutputs: 'x' }, { site: 'snapshot/shell-novice@gh-pages', mdOutputs: 'x' }],
  ];
  for (const [lesson, expected] of sites) {
    it(`reads ${JSON.stringify(lesson)} as ${expected === undefined ? 'lesson sources' : 'a built site'}`, () => assert.deepEqual(siteOf(lesson), expected));
  }

  it('accepts repository locations and sites, and rejects anything else', () => {
    assert.equal(workbenchOptionsSchema.safeParse({ lessons: ['github:a/b', { site: 'https://a.github.io/b/' }] }).success, true);
    for (const options of [{ lessons: [{ site: '' }] }, { lessons: [{ site: 'x', extra: 1 }] }, { lessons: [{ mdOutputs: 'x' }] }]) {
      assert.equal(workbenchOptionsSchema.safeParse(options).success, false, JSON.stringify(options));
    }
  });
});
