import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontMatter } from '../../../../harvesters/carpentries-workbench/parseFrontMatter.js';

describe('parseFrontMatter', () => {
  const cases: [string, string, Record<string, unknown>, string, RegExp | undefined][] = [
    ['an episode header', '---\ntitle: Introducing the Shell\nteaching: 5\nexercises: 0\n---\n\nBody', { title: 'Introducing the Shell', teaching: 5, exercises: 0 }, '\nBody', undefined],
    ['the index.md header', '---\nsite: sandpaper::sandpaper_site\n---\n', { site: 'sandpaper::sandpaper_site' }, '', undefined],
    ['a date that stays a string', '---\ndate: 2024-01-31\n---\nx', { date: '2024-01-31' }, 'x', undefined],
    ['a YAML end marker', '---\ntitle: A\n...\nx', { title: 'A' }, 'x', undefined],
    ['no front matter', '# Heading\n\ntext', {}, '# Heading\n\ntext', undefined],
    ['an empty front matter', '---\n---\ntext', {}, 'text', undefined],
    ['a front matter that is not closed', '---\ntitle: Cut', {}, 'title: Cut', /f.md:1: front matter is not closed/],
    ['malformed YAML, with the line in the file', '---\ntitle: ok\nlist: [a, b\n---\nx', {}, 'x', /^f.md:3: front matter: malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a \]; ignoring it$/],
    ['a front matter that is a list', '---\n- a\n---\nx', {}, 'x', /not a mapping/],
    ['CRLF line endings', '---\r\ntitle: A\r\n---\r\nx', { title: 'A' }, 'x', undefined],
  ];
  for (const [name, text, data, body, warning] of cases) {
    it(`reads ${name}`, () => {
      const result = parseFrontMatter(text, 'f.md');
      assert.deepEqual(result.data, data);
      assert.equal(result.body, body);
      if (warning) assert.match(result.warnings.join('\n'), warning);
      else assert.deepEqual(result.warnings, []);
    });
  }
});
