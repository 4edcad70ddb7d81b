import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stripHtml } from '../../../src/normalise/stripHtml.js';

/** [HTML, text, what it shows] */
const cases: [string, string, string][] = [
  ['Build systems:  <code>cmake</code>', 'Build systems: cmake', 'drops inline tags (INTERSECT training-modules.yaml name)'],
  ["Building code is hard. <code>CMake</code> makes it easier.", 'Building code is hard. CMake makes it easier.', 'INTERSECT description'],
  ['<p>Version control &amp; collaboration &#8211; it&#39;s &quot;fun&quot;</p>', 'Version control & collaboration – it\'s "fun"', 'decodes entities (Zenodo descriptions)'],
  ['<p>First paragraph.</p><p>Second<br>line.</p>', 'First paragraph.\n\nSecond\nline.', 'paragraphs and line breaks'],
  ['<p>Objectives:</p><ul><li>Use <em>git</em></li><li>Write tests</li></ul>', 'Objectives:\n\n- Use git\n- Write tests', 'lists'],
  ['<div>Hello<script>alert(1)</script><style>p{}</style></div>', 'Hello', 'drops scripts and styles'],
  ['Plain text without tags', 'Plain text without tags', 'plain text'],
  ['&nbsp;', '', 'a lone entity'],
  ['', '', 'empty'],
];

describe('stripHtml', () => {
  for (const [html, text, what] of cases) {
    it(`${what}: ${JSON.stringify(html.slice(0, 50))}`, () => {
      assert.equal(stripHtml(html), text);
    });
  }
});
