import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inlineMarkdownToText } from '../../../../harvesters/lesson-text/inlineMarkdownToText.js';

describe('inlineMarkdownToText', () => {
  const cases: [string, string, string][] = [
    ['code spans keep their content', 'Use `grep` to select lines.', 'Use grep to select lines.'],
    ['code keeps Markdown characters', '`$([command])` inserts `*.txt`', '$([command]) inserts *.txt'],
    ['a backslash in code', 'separated with `/` on Unix, but `\\` on Windows.', 'separated with / on Unix, but \\ on Windows.'],
    ['double-backtick code with a backtick inside', '``a ` b``', 'a ` b'],
    ['links keep their text', 'see [the docs](https://example.org) and [Options][]', 'see the docs and Options'],
    ['square brackets that are not links', '`ls [path]` and [path]', 'ls [path] and [path]'],
    ['emphasis and strong', 'a **command-line interface** (*CLI*) and __bold__ _it_', 'a command-line interface (CLI) and bold it'],
    ['snake_case words stay', 'set my_variable_name', 'set my_variable_name'],
    ['images are dropped', '![a shell](fig/shell.png) Shell', ' Shell'],
    ['autolinks', '<https://carpentries.org/>', 'https://carpentries.org/'],
    ['escapes', '\\*not emphasis\\*', '*not emphasis*'],
    ['HTML is kept by default', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['unrendered Liquid output is kept by default, for the placeholder check', '{{ site.x }} stays', '{{ site.x }} stays'],
  ];
  for (const [name, markdown, expected] of cases) {
    it(`turns ${name} into text`, () => assert.equal(inlineMarkdownToText(markdown), expected));
  }

  const html: [string, string, string][] = [
    ['tags and comments', 'a <em>b</em> <!-- c --> d', 'a b  d'],
    ['scripts and styles with their content', 'Learn <em>this</em><script>evil()</script><style>p {}</style>.', 'Learn this.'],
    ['entities', 'R &amp; Python &lt;3 &#233;&#x41;', 'R & Python <3 éA'],
    ['tags inside code stay', 'Explain what `<p>` does', 'Explain what <p> does'],
  ];
  for (const [name, markdown, expected] of html) {
    it(`strips ${name} when asked to`, () => assert.equal(inlineMarkdownToText(markdown, { stripHtml: true }), expected));
  }

  it('removes Liquid tags and output and kramdown attribute lists from Jekyll page prose when asked to', () => {
    assert.equal(inlineMarkdownToText('Text {% include links.md %}{{ page.root }} here{: .callout}', { templates: true }), 'Text  here');
  });

  it('stays fast on hostile runs of brackets, stars, backticks and braces', () => {
    const started = performance.now();
    for (const unit of ['[', '[*`', '**a', '`', '_a', '<a ', '![', '{{', '{%', '<script>']) {
      inlineMarkdownToText(unit.repeat(40_000 / unit.length), { stripHtml: true, templates: true });
    }
    assert.ok(performance.now() - started < 2_000);
  });
});
