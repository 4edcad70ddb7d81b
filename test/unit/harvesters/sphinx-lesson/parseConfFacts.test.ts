import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseConfFacts } from '../../../../harvesters/sphinx-lesson/parseConfFacts.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { fixturePath } from './fixtures.js';

describe('parseConfFacts', () => {
  it('reads the git-intro facts, leaving null values unset', () => {
    assert.deepEqual(parseConfFacts(readFileSync(fixturePath('git-intro/content/conf.facts.json'), 'utf8'), 'conf.facts.json'), {
      project: 'Introduction to version control with Git',
      htmlTitle: 'Introduction to version control with Git',
      author: 'CodeRefinery contributors',
      copyright: 'CodeRefinery contributors',
      githubUser: 'coderefinery',
      githubRepo: 'git-intro',
    });
  });

  it('reads the gpu-programming facts', () => {
    assert.deepEqual(parseConfFacts(readFileSync(fixturePath('gpu-programming/content/conf.facts.json'), 'utf8'), 'conf.facts.json'), {
      project: 'GPU programming: why, when and how?',
      author: 'The contributors',
      copyright: '2023-2024, The contributors',
      githubUser: 'ENCCS',
      githubRepo: 'gpu-programming',
    });
  });

  it('ignores values that are not strings', () => {
    assert.deepEqual(parseConfFacts('{"project": ["a"], "author": 3, "version": ""}', 'x'), {});
  });

  it('throws an ItemError for truncated JSON or a JSON list', () => {
    assert.throws(() => parseConfFacts('{"project": "A', 'x'), ItemError);
    assert.throws(() => parseConfFacts('[]', 'x'), ItemError);
  });
});
