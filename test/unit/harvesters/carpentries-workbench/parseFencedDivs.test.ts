import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_DIV_DEPTH, parseFencedDivs } from '../../../../harvesters/carpentries-workbench/parseFencedDivs.js';

/** The divs of `markdown` as [classes, content, depth, closed]. */
function divsOf(markdown: string): [string, string, number, boolean][] {
  return parseFencedDivs(markdown).divs.map((div) => [div.classes.join(' '), div.content, div.depth, div.closed]);
}

describe('parseFencedDivs', () => {
  const cases: [string, string, [string, string, number, boolean][]][] = [
    ['a Workbench box with long colon runs of different lengths',
      '::::::::::::::::::::::::::::::::::::::: objectives\n\n- One\n\n::::::::::::::::::::::::::::::::::::::::::::::::::',
      [['objectives', '\n- One\n', 0, true]]],
    ['a bare class with two spaces and trailing colons', '::::::  prereq ::::::\ntext\n:::', [['prereq', 'text', 0, true]]],
    ['attributes in braces', '::: {.callout #note .wide}\nx\n:::', [['callout wide', 'x', 0, true]]],
    ['a solution nested in a challenge, closed by shorter fences',
      ':::::::::: challenge\nQ\n::::: solution\nA\n:::::\n::::::::::',
      [['challenge', 'Q\n::::: solution\nA\n:::::', 0, true], ['solution', 'A', 1, true]]],
    ['classes lower-cased', '::: Keypoints\n- k\n:::', [['keypoints', '- k', 0, true]]],
    ['fences inside a code block are code', '```\n::: objectives\n```\n', []],
    ['a tilde code block inside a div', '::: challenge\n~~~\n:::\n~~~\n:::', [['challenge', '~~~\n:::\n~~~', 0, true]]],
    ['two colons are not a fence', ':: objectives\n- x\n::', []],
    ['a div left open by a truncated file', '::: keypoints\n- cut', [['keypoints', '- cut', 0, false]]],
    ['CRLF line endings', '::: questions\r\n- Why?\r\n:::\r\n', [['questions', '- Why?', 0, true]]],
  ];
  for (const [name, markdown, expected] of cases) {
    it(`reads ${name}`, () => assert.deepEqual(divsOf(markdown), expected));
  }

  it('gives the text outside every div, a blank line in place of each div', () => {
    const { outside } = parseFencedDivs('Before.\n::: prereq\nInside.\n:::\nAfter.');
    assert.equal(outside, 'Before.\n\nAfter.');
  });

  it('gives the 1-based line of each opening fence', () => {
    assert.deepEqual(parseFencedDivs('a\n\n::: x\n:::\n::: y\n:::').divs.map((div) => div.line), [3, 5]);
  });

  it(`stops nesting at ${MAX_DIV_DEPTH} levels, so deep hostile nesting stays cheap`, () => {
    const { divs } = parseFencedDivs(':::: a\n'.repeat(10_000));
    assert.equal(divs.length, MAX_DIV_DEPTH);
    assert.ok(divs.every((div) => !div.closed));
  });
});
