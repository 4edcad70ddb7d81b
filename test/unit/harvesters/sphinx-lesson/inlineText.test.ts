import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inlineText } from '../../../../harvesters/sphinx-lesson/inlineText.js';

describe('inlineText', () => {
  const table: [string, 'myst' | 'rst', string, string][] = [
    ['a MyST role with a target', 'myst', 'saw {term}`commits <commit>` and {term}`hash`', 'saw commits and hash'],
    ['Markdown links, bold and code', 'myst', 'the **[GitHub](https://github.com)** path: `git init -b main`.', 'the GitHub path: git init -b main.'],
    ['an image', 'myst', 'before ![alt](img.png) after', 'before after'],
    ['an RST anonymous link', 'rst', 'on the `Top500 <https://www.top500.org/>`__ list', 'on the Top500 list'],
    ['an RST role and literal', 'rst', 'see :ref:`setup <setup>` and ``nvcc``', 'see setup and nvcc'],
    ['RST emphasis', 'rst', 'it **cannot** access *own memory*', 'it cannot access own memory'],
    ['HTML-like text, kept as text', 'myst', '<script>alert(1)</script> title', '<script>alert(1)</script> title'],
    ['line breaks', 'rst', 'one\n   two', 'one two'],
  ];
  for (const [what, syntax, input, expected] of table) {
    it(`turns ${what} into plain text`, () => assert.equal(inlineText(input, syntax), expected));
  }

  it('cuts long text with an ellipsis', () => {
    const text = inlineText('word '.repeat(100_000), 'myst', 100);
    assert.ok(text.length <= 100 && text.endsWith('…'));
  });
});
