import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { urlValue } from '../../../../harvesters/lesson-text/urlValue.js';

describe('urlValue', () => {
  const cases: [unknown, string | undefined, number][] = [
    ['https://coderefinery.github.io/git-intro/', 'https://coderefinery.github.io/git-intro/', 0],
    ['  <https://example.org/x>  ', 'https://example.org/x', 0],
    ['javascript:alert(1)', undefined, 1],
    ['data:text/html,<script>alert(1)</script>', undefined, 1],
    ['../relative/page.html', undefined, 1],
    ['https://<USERNAME>.github.io/<PROJECT>', undefined, 1],
    [['https://a.example/'], undefined, 1],
    [null, undefined, 0],
  ];
  for (const [value, expected, warningCount] of cases) {
    it(`reads ${JSON.stringify(value)} as ${String(expected)}`, () => {
      const warnings: string[] = [];
      assert.equal(urlValue(value, 'CITATION.cff: url', warnings), expected);
      assert.equal(warnings.length, warningCount, warnings.join('\n'));
    });
  }
});
