import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToText } from '../../../../harvesters/carpentries-legacy/markdownToText.js';

describe('markdownToText', () => {
  const cases: [string, 'page' | 'front-matter', string][] = [
    ['Use `ls` and **bold** or _this_ [link](https://x.org) ![img](a.png)', 'front-matter', 'Use ls and bold or this link '],
    ['snake_case_name stays', 'front-matter', 'snake_case_name stays'],
    ['<script>x()</script> stays text', 'front-matter', '<script>x()</script> stays text'],
    ['{{ site.x }} stays for the placeholder check', 'front-matter', '{{ site.x }} stays for the placeholder check'],
    ['Text {% include links.md %}{{ page.root }} here{: .callout}', 'page', 'Text  here'],
    ['Text <em>kept</em><script>gone()</script>', 'page', 'Text kept'],
  ];
  for (const [markdown, from, expected] of cases) {
    it(`reads ${JSON.stringify(markdown)} from a ${from}`, () => assert.equal(markdownToText(markdown, { from }), expected));
  }
});
