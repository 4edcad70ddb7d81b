import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePageBlocks } from '../../../../harvesters/sphinx-lesson/parsePageBlocks.js';

describe('parsePageBlocks', () => {
  it('splits MyST into headings, paragraphs and lists, leaving out fences, targets and comments', () => {
    const text = '---\ntitle: x\n---\n(intro)=\n# Title\n\n:::{admonition} Note\nSkip me\n:::\n\nFirst line\nsecond line.\n\n<!-- hidden -->\n- one\n  continued\n- two\n\n```python\n# not a heading\n```\n## Next\n';
    assert.deepEqual(parsePageBlocks(text, 'myst'), [
      { kind: 'heading', text: 'Title', line: 5 },
      { kind: 'paragraph', text: 'First line second line.', line: 11 },
      { kind: 'list', items: ['one continued', 'two'], line: 15 },
      { kind: 'heading', text: 'Next', line: 22 },
    ]);
  });

  it('splits reStructuredText, with underlined and overlined titles, skipping directives and literal blocks', () => {
    const text = '=====\nTitle\n=====\n\nIntro with a literal block::\n\n   code\n\n.. prereq::\n\n   Skip me.\n\nSection\n-------\n\n- a\n- b\n';
    assert.deepEqual(parsePageBlocks(text, 'rst'), [
      { kind: 'heading', text: 'Title', line: 2 },
      { kind: 'paragraph', text: 'Intro with a literal block:', line: 5 },
      { kind: 'heading', text: 'Section', line: 13 },
      { kind: 'list', items: ['a', 'b'], line: 16 },
    ]);
  });

  it('keeps list items separated by blank lines in one list', () => {
    assert.deepEqual(parsePageBlocks('- a\n\n- b\n\nAfter.\n', 'myst').map((b) => b.kind), ['list', 'paragraph']);
  });
});
