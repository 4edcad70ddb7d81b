import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { markdownBlocks } from '../../../../harvesters/carpentries-workbench/markdownBlocks.js';
import type { MarkdownBlock } from '../../../../harvesters/carpentries-workbench/markdownBlocks.js';

describe('markdownBlocks', () => {
  const cases: [string, string, MarkdownBlock[]][] = [
    ['paragraphs joined onto one line', 'The Unix shell has been\naround.\n\nSecond.', [
      { kind: 'paragraph', text: 'The Unix shell has been around.' }, { kind: 'paragraph', text: 'Second.' }]],
    ['ATX and setext headings', '## Prerequisites\n\nTitle\n=====\ntext', [
      { kind: 'heading', text: 'Prerequisites' }, { kind: 'heading', text: 'Title' }, { kind: 'paragraph', text: 'text' }]],
    ['bullets and numbered items with lazy continuation', '- one\n  more\n* two\n1. three', [
      { kind: 'item', text: 'one more' }, { kind: 'item', text: 'two' }, { kind: 'item', text: 'three' }]],
    ['code blocks, comments, link definitions, tables and rules are left out',
      '```bash\nls\n```\n<!-- a\ncomment -->\n[Options]: https://x.org\n| a | b |\n\n---\n\nProse.', [{ kind: 'paragraph', text: 'Prose.' }]],
    ['stray colon fences are left out', '::::::\nText', [{ kind: 'paragraph', text: 'Text' }]],
    ['block quotes lose their marker', '> quoted\n> text', [{ kind: 'paragraph', text: 'quoted text' }]],
  ];
  for (const [name, markdown, expected] of cases) {
    it(`reads ${name}`, () => assert.deepEqual(markdownBlocks(markdown), expected));
  }
});
