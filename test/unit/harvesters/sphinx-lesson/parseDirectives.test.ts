import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDirectives } from '../../../../harvesters/sphinx-lesson/parseDirectives.js';

const names = (text: string, syntax: 'myst' | 'rst'): string[] => parseDirectives(text, syntax).map((d) => d.name);

describe('parseDirectives', () => {
  describe('in MyST', () => {
    it('reads a colon fence: :::{objectives}', () => {
      const [directive] = parseDirectives('Intro\n\n:::{objectives}\n* Record changes.\n:::\n', 'myst');
      assert.deepEqual(directive, { name: 'objectives', argument: '', options: {}, body: '* Record changes.', line: 3 });
    });

    it('reads a backtick fence with an argument: ```{exercise} Title (20 min)', () => {
      const [directive] = parseDirectives('```{exercise} Exercise: Practice (20 min)\n1. Do it.\n```\n', 'myst');
      assert.equal(directive?.name, 'exercise');
      assert.equal(directive?.argument, 'Exercise: Practice (20 min)');
    });

    it('splits off :key: options and a --- options block', () => {
      const [a] = parseDirectives('```{toctree}\n:maxdepth: 1\n:caption: Getting started\n\nmotivation\n```\n', 'myst');
      assert.deepEqual(a?.options, { maxdepth: '1', caption: 'Getting started' });
      assert.equal(a?.body, 'motivation');
      const [b] = parseDirectives('```{toctree}\n---\ncaption: "Optional episodes"\n---\nrecovering\n```\n', 'myst');
      assert.deepEqual(b?.options, { caption: 'Optional episodes' });
      assert.equal(b?.body, 'recovering');
    });

    it('finds directives nested in longer fences, in document order', () => {
      const text = ':::::{tabs}\n::::{group-tab} GitHub\n:::{figure} img.png\nCaption\n:::\n::::\n:::::\n\n:::{keypoints}\n- K\n:::\n';
      assert.deepEqual(names(text, 'myst'), ['tabs', 'group-tab', 'figure', 'keypoints']);
    });

    it('ignores directive syntax inside plain code fences', () => {
      assert.deepEqual(names('````markdown\n```{objectives}\n- not real\n```\n````\n', 'myst'), []);
    });

    it('runs an unclosed fence to the end of the page', () => {
      const [directive] = parseDirectives('```{questions}\n- Why?\n- How?', 'myst');
      assert.equal(directive?.body, '- Why?\n- How?');
    });
  });

  describe('in reStructuredText', () => {
    it('reads an indented body after a blank line: .. objectives::', () => {
      const [directive] = parseDirectives('.. objectives::\n\n   - Understand.\n   - Learn.\n\nAfter.\n', 'rst');
      assert.deepEqual(directive, { name: 'objectives', argument: '', options: {}, body: '- Understand.\n- Learn.', line: 1 });
    });

    it('reads options right after the directive line', () => {
      const [directive] = parseDirectives('.. toctree::\n   :maxdepth: 1\n   :caption: The lesson\n\n   1-gpu-history\n   2-gpu-ecosystem\n', 'rst');
      assert.deepEqual(directive?.options, { maxdepth: '1', caption: 'The lesson' });
      assert.equal(directive?.body, '1-gpu-history\n2-gpu-ecosystem');
    });

    it('finds nested directives and skips targets and comments', () => {
      const text = '.. _gpu-concepts:\n\n.. challenge:: Q\n\n   .. solution::\n\n      A\n\n.. a comment\n';
      assert.deepEqual(names(text, 'rst'), ['challenge', 'solution']);
    });
  });

  it('stays linear on a hostile page of 100,000 fences', () => {
    const started = Date.now();
    parseDirectives(':::{note}\n'.repeat(100_000), 'myst');
    parseDirectives('.. note::\n'.repeat(100_000), 'rst');
    assert.ok(Date.now() - started < 5000);
  });
});
