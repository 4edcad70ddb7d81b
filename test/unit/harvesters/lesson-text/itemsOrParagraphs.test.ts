import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { itemsOrParagraphs } from '../../../../harvesters/lesson-text/itemsOrParagraphs.js';
import { markdownBlocks } from '../../../../harvesters/lesson-text/markdownBlocks.js';

describe('itemsOrParagraphs', () => {
  const cases: [string, string, string[]][] = [
    ['the items of a box with a list, not its introduction', 'You will:\n\n- learn `git`\n- commit', ['learn `git`', 'commit']],
    ['the paragraphs of a box without a list', '## Prerequisites\n\nA shell.\n\nA text editor.', ['A shell.', 'A text editor.']],
    ['nothing from an empty box', '\n\n', []],
  ];
  for (const [what, markdown, expected] of cases) {
    it(`gives ${what}`, () => assert.deepEqual(itemsOrParagraphs(markdownBlocks(markdown)), expected));
  }
});
