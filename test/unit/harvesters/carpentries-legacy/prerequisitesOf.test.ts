import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { prerequisitesOf } from '../../../../harvesters/carpentries-legacy/prerequisitesOf.js';

describe('prerequisitesOf', () => {
  it('gives the list items of a {: .prereq} blockquote, without its heading and introduction', () => {
    const page = ['> ## Prerequisites', '>', '> You need:', '> - a [laptop](https://x.org)', '> - `ssh`,', ">   installed", '{: .prereq}'].join('\n');
    assert.deepEqual(prerequisitesOf(page), ['a laptop', 'ssh, installed']);
  });

  it('gives the paragraphs of a prerequisites blockquote without a list', () => {
    const page = ['Intro.', '', '> ## Prerequisites', '>', '> Some shell.', '>', '> Some Python.', '{: .prereq}'].join('\n');
    assert.deepEqual(prerequisitesOf(page), ['Some shell.', 'Some Python.']);
  });

  it('ignores other callouts', () => {
    assert.deepEqual(prerequisitesOf('> ## Note\n> Not a prerequisite.\n{: .callout}\n'), []);
  });
});
