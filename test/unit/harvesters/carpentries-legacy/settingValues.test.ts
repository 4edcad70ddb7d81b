import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { keywordsOf, languageOf, lifeCycleOf, repositoryOf } from '../../../../harvesters/carpentries-legacy/settingValues.js';

describe('repositoryOf', () => {
  const cases: [string | undefined, unknown, string | undefined, number][] = [
    ['carpentries-incubator/hpc-intro', '<USERNAME>/<PROJECT>', 'https://github.com/carpentries-incubator/hpc-intro', 1],
    [undefined, '<USERNAME>/<PROJECT>', undefined, 1],
    [undefined, 'hpc-carpentry/hpc-shell', 'https://github.com/hpc-carpentry/hpc-shell', 0],
    ['https://github.com/A/B', 'c/d', 'https://github.com/a/b', 0],
    ['not a repo at all', undefined, undefined, 1],
    [undefined, 'https://example.org/x', undefined, 1],
  ];
  for (const [known, value, expected, warningCount] of cases) {
    it(`reads option ${String(known)} and config ${String(value)} as ${String(expected)}`, () => {
      const warnings: string[] = [];
      assert.equal(repositoryOf(known, value, 'w', warnings), expected);
      assert.equal(warnings.length, warningCount, warnings.join('\n'));
    });
  }
});

describe('keywordsOf', () => {
  it('reads lists and comma strings, and drops the template keywords as a whole', () => {
    assert.deepEqual(keywordsOf(['HPC', 'Slurm', 'HPC'], 'w', []), ['HPC', 'Slurm']);
    assert.deepEqual(keywordsOf('HPC, Slurm', 'w', []), ['HPC', 'Slurm']);
    const warnings: string[] = [];
    assert.deepEqual(keywordsOf(['software', 'data', 'lesson', 'The Carpentries'], 'w', warnings), []);
    assert.equal(warnings.length, 1);
  });
});

describe('languageOf', () => {
  it('normalises a tag and drops what is not one, with a warning', () => {
    assert.equal(languageOf('en', 'w', []), 'en');
    const warnings: string[] = [];
    assert.equal(languageOf('klingonish', 'w', warnings), undefined);
    assert.equal(warnings.length, 1);
  });
});

describe('lifeCycleOf', () => {
  const cases: [unknown, string | undefined][] = [['alpha', 'alpha'], ['Stable', 'stable'], ['pre-alpha', 'pre-alpha'], ['transition', undefined], [3, undefined], [undefined, undefined]];
  for (const [value, expected] of cases) {
    it(`reads ${JSON.stringify(value)} as ${String(expected)}`, () => assert.equal(lifeCycleOf(value, 'w', []), expected));
  }
});
