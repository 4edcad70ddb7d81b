import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { markdownBlocks } from '../../../../harvesters/lesson-text/markdownBlocks.js';
import type { MarkdownBlock } from '../../../../harvesters/lesson-text/markdownBlocks.js';

describe('markdownBlocks', () => {
  const cases: [string, string, MarkdownBlock[]][] = [
    ['paragraphs joined onto one line', 'The Unix shell has been\naround.\n\nSecond.', [
      { kind: 'paragraph', text: 'The Unix shell has been around.', line: 1 }, { kind: 'paragraph', text: 'Second.', line: 4 }]],
    ['ATX and setext headings', '## Prerequisites\n\nTitle\n=====\ntext\n\nSub\n---', [
      { kind: 'heading', level: 2, text: 'Prerequisites', line: 1 }, { kind: 'heading', level: 1, text: 'Title', line: 3 },
      { kind: 'paragraph', text: 'text', line: 5 }, { kind: 'heading', level: 2, text: 'Sub', line: 7 }]],
    ['bullets and numbered items with lazy and indented continuation', '- one\n  more\n* two\nlazy\n1. three\n\n   still three\n\nAfter.', [
      { kind: 'list', items: ['one more', 'two lazy', 'three still three'], line: 1 }, { kind: 'paragraph', text: 'After.', line: 9 }]],
    ['nested items flattened into their list', '- a\n    - a.1\n- b', [{ kind: 'list', items: ['a', 'a.1', 'b'], line: 1 }]],
    ['a list that interrupts a paragraph', 'Specifically, you will:\n- learn\n- do', [
      { kind: 'paragraph', text: 'Specifically, you will:', line: 1 }, { kind: 'list', items: ['learn', 'do'], line: 2 }]],
    ['code blocks, comments, link definitions, tables, rules, targets and Liquid tags are left out',
      '```bash\nls\n```\n<!-- a\ncomment -->\n[Options]: https://x.org\n| a | b |\n\n---\n\n(target)=\n{% include links.md %}\n\n    indented code\n\nProse.', [
        { kind: 'paragraph', text: 'Prose.', line: 16 }]],
    ['MyST directives in colon or backtick fences are left out whole', ':::{prereq}\nNeeds git.\n:::\n```{toctree}\nintro\n```\nText', [
      { kind: 'paragraph', text: 'Text', line: 7 }]],
    ['Pandoc div fence lines are left out and their content kept', '::::::: prereq\n\n## Prerequisites\n\nA shell.\n\n:::::::\nText', [
      { kind: 'heading', level: 2, text: 'Prerequisites', line: 3 }, { kind: 'paragraph', text: 'A shell.', line: 5 }, { kind: 'paragraph', text: 'Text', line: 8 }]],
    ['HTML blocks are left out up to the next blank line', '<div class="x">\n<p>in</p>\n</div>\n\nOut.', [{ kind: 'paragraph', text: 'Out.', line: 5 }]],
    ['a blockquote with the kramdown class that follows it', '> ## Prerequisites\n>\n> - A shell\n{: .prereq}\n\nText', [
      { kind: 'quote', markdown: '## Prerequisites\n\n- A shell', classes: ['prereq'], line: 1 }, { kind: 'paragraph', text: 'Text', line: 6 }]],
    ['an unclosed code fence that runs to the end', 'Before.\n\n```\nnever closed\n# not a heading', [{ kind: 'paragraph', text: 'Before.', line: 1 }]],
  ];
  for (const [what, markdown, expected] of cases) {
    it(`reads ${what}`, () => assert.deepEqual(markdownBlocks(markdown), expected));
  }

  it('stays linear on 2 MB of hostile fences, quotes and list markers', () => {
    const started = performance.now();
    for (const unit of ['```\n', '> a\n', '- ', ':::{x}\n', '<!--\n', '1. a\n  b\n']) markdownBlocks(unit.repeat(2_000_000 / unit.length));
    // Linear work takes well under a second; a quadratic scan of these inputs would take minutes.
    assert.ok(performance.now() - started < 10_000, `${Math.round(performance.now() - started)} ms`);
  });
});
