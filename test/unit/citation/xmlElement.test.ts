import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml, writeXml, xmlElement } from '../../../src/citation/xmlElement.js';

describe('escapeXml', () => {
  const cases: [string, boolean, string][] = [
    ['a < b & c > d', false, 'a &lt; b &amp; c &gt; d'],
    ['say "hi"', false, 'say "hi"'],
    ['say "hi"', true, 'say &quot;hi&quot;'],
    ['line\nbreak', true, 'line&#10;break'],
    ['bell\u0007 and \uFFFE', false, 'bell and '],
    ['emoji 🎓', false, 'emoji 🎓'],
  ];
  for (const [text, attribute, expected] of cases) {
    it(`escapes ${JSON.stringify(text)}${attribute ? ' in an attribute' : ''}`, () => {
      assert.equal(escapeXml(text, attribute), expected);
    });
  }
});

describe('writeXml', () => {
  it('writes nested elements, leaves out undefined attributes and closes empty elements', () => {
    const xml = writeXml(xmlElement('a', { x: '1', y: undefined }, [xmlElement('b', {}, ['t']), xmlElement('c')]));
    assert.equal(xml, '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1">\n  <b>t</b>\n  <c/>\n</a>\n');
  });
});
