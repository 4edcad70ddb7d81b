import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, DEFAULT_MAX_TEXT_LENGTH } from '../../../src/normalise/cleanText.js';

/** The Galaxy 101 JSON-LD description, verbatim (double space and trailing blank lines included). */
const GALAXY_DESCRIPTION =
  'The questions this  addresses are:\n - Which coding exon has the highest number of single nucleotide polymorphisms (SNPs) on human chromosome 22?\n\n\nThe objectives are:\n - Familiarize yourself with the basics of Galaxy\n - Learn how to obtain data from external sources\n\n';

/** [input, expected, what it shows] */
const cases: [string, string, string][] = [
  [
    GALAXY_DESCRIPTION,
    'The questions this addresses are:\n- Which coding exon has the highest number of single nucleotide polymorphisms (SNPs) on human chromosome 22?\n\nThe objectives are:\n- Familiarize yourself with the basics of Galaxy\n- Learn how to obtain data from external sources',
    'keeps lines, one blank line between paragraphs, collapses spaces (Galaxy 101 description)',
  ],
  ['  The Unix Shell  ', 'The Unix Shell', 'trims'],
  ['Build systems:  <code>cmake</code>', 'Build systems: <code>cmake</code>', 'leaves HTML as text (INTERSECT module name)'],
  ['a\r\nb\rc', 'a\nb\nc', 'unifies line breaks'],
  ['tab\tseparated\u00a0text', 'tab separated text', 'turns tabs and no-break spaces into spaces'],
  ['bell\u0007 null\u0000 zero\u200Bwidth \uFEFFbom', 'bell null zerowidth bom', 'strips control and invisible characters'],
  ['Bjo\u0308rn', 'Bj\u00f6rn', 'composes to NFC'],
  ['Focus is on the “why”, not on the “how”.', 'Focus is on the “why”, not on the “how”.', 'keeps typographic quotes (INTERSECT description)'],
  ['', '', 'empty stays empty'],
];

describe('cleanText', () => {
  for (const [input, expected, what] of cases) {
    it(what, () => {
      assert.equal(cleanText(input), expected);
    });
  }

  it('joins lines into one with singleLine', () => {
    assert.equal(cleanText('Introduction to\n  High-Performance\n\nComputing', { singleLine: true }), 'Introduction to High-Performance Computing');
  });

  const truncations: [string, number, string][] = [
    ['one two three four five', 12, 'one two…'],
    ['one two, three four', 10, 'one two…'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
  ];
  for (const [input, maxLength, expected] of truncations) {
    it(`cuts ${JSON.stringify(input)} to at most ${maxLength} characters as ${JSON.stringify(expected)}`, () => {
      const result = cleanText(input, { maxLength });
      assert.equal(result, expected);
      assert.ok(result.length <= maxLength);
    });
  }

  it(`cuts at ${DEFAULT_MAX_TEXT_LENGTH} characters by default`, () => {
    const result = cleanText('word '.repeat(5000));
    assert.ok(result.length <= DEFAULT_MAX_TEXT_LENGTH);
    assert.ok(result.endsWith('word…'));
  });

  it('never splits a surrogate pair when it has to cut inside a word', () => {
    const result = cleanText('😀'.repeat(20), { maxLength: 10 });
    assert.equal(result, `${'😀'.repeat(4)}…`);
  });

  describe('on hostile 10 MB values', () => {
    const hostile: [string, string, (result: string) => boolean][] = [
      ['words', 'word '.repeat(2_000_000), (result) => result.length <= DEFAULT_MAX_TEXT_LENGTH && result.endsWith('word…')],
      ['one word, a 10 MB run of spaces, another word', `a${' '.repeat(10_000_000)}b`, (result) => result === 'a…'],
      ['zero-width spaces only', '\u200B'.repeat(10_000_000), (result) => result === ''],
      ['short lines', 'x\n'.repeat(5_000_000), (result) => result.length <= DEFAULT_MAX_TEXT_LENGTH && result.startsWith('x\nx\n') && result.endsWith('…')],
    ];
    for (const [what, value, check] of hostile) {
      it(`cleans ${what} in well under a second, cut with an ellipsis`, () => {
        const started = performance.now();
        const result = cleanText(value);
        const elapsed = performance.now() - started;
        assert.ok(check(result), JSON.stringify(result.slice(-40)));
        assert.ok(elapsed < 2_000, `${Math.round(elapsed)} ms`);
      });
    }

    it('gives the same result for a long value as for the head it keeps', () => {
      const text = 'Lorem, the ipsum of a very long description. '.repeat(5_000);
      assert.equal(cleanText(text, { maxLength: 300 }), cleanText(text.slice(0, 2_000), { maxLength: 300 }));
      assert.equal(cleanText(`${text}${' '.repeat(1_000_000)}`, { singleLine: true }), cleanText(text, { singleLine: true }));
    });
  });
});
