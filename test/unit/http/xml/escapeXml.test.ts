import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml } from '../../../../src/http/xml/escapeXml.js';

describe('escapeXml', () => {
  const cases: [string, string, string][] = [
    ['markup', `<a href="x">Tom & 'Jerry'</a>`, '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;'],
    ['control characters XML cannot carry', 'a\u0000b\u0007c\u001Fd', 'abcd'],
    ['tab, newline and carriage return', 'a\tb\nc\r', 'a\tb\nc\r'],
    ['a lone surrogate', 'a\uD800b', 'ab'],
    ['a surrogate pair', 'a\uD83D\uDE00b', 'a\uD83D\uDE00b'],
    ['the non-characters U+FFFE and U+FFFF', 'a\uFFFEb\uFFFF', 'ab'],
  ];
  for (const [label, input, expected] of cases) {
    it(`handles ${label}`, () => {
      assert.equal(escapeXml(input), expected);
    });
  }
});
