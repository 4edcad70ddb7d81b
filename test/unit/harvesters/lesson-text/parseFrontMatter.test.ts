import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontMatter } from '../../../../harvesters/lesson-text/parseFrontMatter.js';

describe('parseFrontMatter', () => {
  // [what, text, data, body, body line, warning]
  const cases: [string, string, Record<string, unknown>, string, number, RegExp | undefined][] = [
    ['a Workbench episode header', '---\ntitle: Introducing the Shell\nteaching: 5\nexercises: 0\n---\n\nBody', { title: 'Introducing the Shell', teaching: '5', exercises: '0' }, '\nBody', 6, undefined],
    ['the Workbench index.md header', '---\nsite: sandpaper::sandpaper_site\n---\n', { site: 'sandpaper::sandpaper_site' }, '', 4, undefined],
    ['a date that stays a string', '---\ndate: 2024-01-31\n---\nx', { date: '2024-01-31' }, 'x', 4, undefined],
    ['a YAML end marker', '---\ntitle: A\n...\nx', { title: 'A' }, 'x', 4, undefined],
    ['no front matter', '# Heading\n\ntext', {}, '# Heading\n\ntext', 1, undefined],
    ['an empty front matter', '---\n---\ntext', {}, 'text', 3, undefined],
    ['a front matter that is not closed (a truncated file)', '---\ntitle: Cut', {}, '', 3, /^f\.md:1: front matter is not closed/],
    ['malformed YAML, with the line in the file', '---\ntitle: ok\nlist: [a, b\n---\nx', {}, 'x', 5, /^f\.md:3: front matter: malformed YAML: .*; ignored$/],
    ['a front matter that is a list', '---\n- a\n---\nx', {}, 'x', 4, /not a mapping/],
    ['CRLF line endings and a byte order mark', '\uFEFF---\r\ntitle: A\r\ndate: 2024-01-31\r\n---\r\nBody\r\n', { title: 'A', date: '2024-01-31' }, 'Body\n', 5, undefined],
  ];
  for (const [what, text, data, body, bodyLine, warning] of cases) {
    it(`reads ${what}`, () => {
      const result = parseFrontMatter(text, 'f.md');
      assert.deepEqual(result.data, data);
      assert.equal(result.body, body);
      assert.equal(result.bodyLine, bodyLine);
      if (warning) assert.match(result.warnings.join('\n'), warning);
      else assert.deepEqual(result.warnings, []);
    });
  }
});
