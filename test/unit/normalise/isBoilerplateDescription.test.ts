import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isBoilerplateDescription } from '../../../src/normalise/isBoilerplateDescription.js';

/** [description, is boilerplate, where it comes from] */
const cases: [string, boolean, string][] = [
  ['A Carpentries Lesson teaching foundational data and coding skills to researchers worldwide', true, 'Workbench JSON-LD, shell-novice@gh-pages/index.html'],
  ['A Carpentries Lesson teaching foundational data and coding skills to researchers worldwide.', true, 'with a full stop'],
  ['  a carpentries lesson teaching  foundational data and coding skills\nto researchers worldwide ', true, 'case and whitespace'],
  ['none', true, 'Glittr empty description'],
  ['', true, 'empty'],
  ['FIXME', true, 'placeholder'],
  ['No description, website, or topics provided.', true, 'GitHub default'],
  ['Contribute to swcarpentry/shell-novice development by creating an account on GitHub.', true, 'GitHub og:description default'],
  [
    'Why we want to track versions and how to go back in time to a working version. This lesson brings you from zero to using Git and GitHub for own projects.',
    false,
    'git-intro bioschemas.yml description',
  ],
  ['Intro to HPC lesson materials', false, 'HPC Carpentry feed description'],
];

describe('isBoilerplateDescription', () => {
  for (const [value, expected, origin] of cases) {
    it(`${expected ? 'recognises' : 'keeps'} ${JSON.stringify(value.slice(0, 60))} (${origin})`, () => {
      assert.equal(isBoilerplateDescription(value), expected);
    });
  }
});
