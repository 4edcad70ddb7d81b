import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstProseParagraph } from '../../../../harvesters/carpentries-legacy/firstProseParagraph.js';

describe('firstProseParagraph', () => {
  it('skips headings, callouts, lists, code, HTML, Liquid and link definitions', () => {
    const page = [
      '# Title', '', '<!-- a comment', 'spanning lines -->', '', '{% include base_path.html %}', '',
      '> ## Prerequisites', '> Bash.', '{: .prereq}', '', '- item', '', '```', 'code here', '```', '',
      '<div class="x">html</div>', '', '[ref]: https://example.org', '',
      'The **first** real [paragraph](https://example.org)', 'continues `here`.', '', 'Second paragraph.',
    ].join('\n');
    assert.equal(firstProseParagraph(page, 2_000), 'The first real paragraph continues here.');
  });

  it('strips inline HTML of a page', () => {
    assert.equal(firstProseParagraph('Learn <em>this</em><script>evil()</script>.', 2_000), 'Learn this.');
  });

  it('gives undefined for a page without prose', () => {
    assert.equal(firstProseParagraph('# Only a heading\n\n{% include links.md %}\n', 2_000), undefined);
    assert.equal(firstProseParagraph('', 2_000), undefined);
  });
});
