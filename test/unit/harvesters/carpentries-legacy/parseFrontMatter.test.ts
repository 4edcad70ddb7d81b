import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontMatter } from '../../../../harvesters/carpentries-legacy/parseFrontMatter.js';

describe('parseFrontMatter', () => {
  it('splits the front matter from the body, keeping dates as strings', () => {
    const { data, body, warnings } = parseFrontMatter('\uFEFF---\r\ntitle: A\r\ndate: 2024-01-31\r\n---\r\nBody\r\n', 'f.md');
    assert.deepEqual(data, { title: 'A', date: '2024-01-31' });
    assert.equal(body, 'Body\n');
    assert.deepEqual(warnings, []);
  });

  it('gives the whole text as body when there is no front matter', () => {
    assert.deepEqual(parseFrontMatter('# Title\n', 'f.md'), { data: {}, body: '# Title\n', warnings: [] });
  });

  const broken: [string, string, RegExp][] = [
    ['an unclosed front matter', '---\ntitle: "A', /f\.md:1: .*not closed/],
    ['malformed YAML, with its line in the file', '---\ntitle: A\n  bad: [\n---\n', /f\.md:\d+: front matter/],
    ['a front matter that is a list', '---\n- a\n---\n', /not a mapping/],
  ];
  for (const [what, text, warning] of broken) {
    it(`warns about ${what} and gives empty data`, () => {
      const result = parseFrontMatter(text, 'f.md');
      assert.deepEqual(result.data, {});
      assert.match(result.warnings.join('\n'), warning);
    });
  }
});
