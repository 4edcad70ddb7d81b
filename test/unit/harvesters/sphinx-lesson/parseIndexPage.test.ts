import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseIndexPage } from '../../../../harvesters/sphinx-lesson/parseIndexPage.js';
import { fixturePath } from './fixtures.js';

const read = (path: string): string => readFileSync(fixturePath(path), 'utf8');

describe('parseIndexPage', () => {
  describe('on the gpu-programming index.rst', () => {
    const page = parseIndexPage(read('gpu-programming/content/index.rst'), 'rst');

    it('reads the title', () => assert.equal(page.title, 'GPU Programming: When, Why and How?'));

    it('reads the first paragraph as the description, with the RST link reduced to its text', () => {
      assert.match(page.description ?? '', /^Graphical processing units \(GPUs\) are the workhorse/);
      assert.match(page.description ?? '', /supercomputers on the Top500 has been/);
      assert.match(page.description ?? '', /run on HPC systems\.$/);
    });

    it('reads the learning goals led by "Specifically, you will:" as teaches', () => {
      assert.deepEqual(page.teaches, [
        'Understand why and when to use GPUs.',
        'Become comfortable with key concepts in GPU programming.',
        'Acquire a comprehensive overview of different software frameworks, what levels they operate at, and which to use when.',
        'Learn the fundamentals in at least one framework to a level which will enable you to quickly become a productive GPU programmer.',
      ]);
    });

    it('reads the prereq box', () => {
      assert.deepEqual(page.prerequisites, ['Familiarity with one or more programming languages like C/C++, Fortran, Python or Julia is recommended.']);
    });

    it('reads "Who is the course for?" as the audience', () => {
      assert.equal(page.audience.length, 1);
      assert.match(page.audience[0] ?? '', /^This material is most relevant to researchers and engineers/);
    });

    it('reads the licence link of "Instructional Material", not those of "Credits"', () => {
      assert.equal(page.licenseUrl, 'https://creativecommons.org/licenses/by/4.0/');
    });

    it('reads the four toctrees', () => assert.equal(page.toctrees.length, 4));
  });

  describe('on the git-intro index.md', () => {
    const page = parseIndexPage(read('git-intro/content/index.md'), 'myst');

    it('reads the heading with its subtitle as the title', () => {
      assert.equal(page.title, 'Introduction to version control with Git - Why we want to track versions and how to go back in time to a working version');
    });

    it('skips the admonition and reads the first prose paragraph', () => {
      assert.equal(page.description, 'This is the introductory lesson to version control using Git.');
    });

    it('reads the prereq box as one text of two paragraphs', () => {
      assert.equal(page.prerequisites.length, 1);
      assert.equal(page.prerequisites[0]?.split('\n\n').length, 2);
    });

    it('finds no learning goals, audience or licence', () => {
      assert.deepEqual([page.teaches, page.audience, page.licenseUrl], [[], [], undefined]);
    });
  });

  it('reads a "Learning outcomes" section list as teaches', () => {
    const page = parseIndexPage('# L\n\nIntro.\n\n## Learning outcomes\n\n- One\n- Two\n', 'myst');
    assert.deepEqual(page.teaches, ['One', 'Two']);
  });
});
