import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapIndexPage } from '../../../../harvesters/carpentries-workbench/mapIndexPage.js';
import type { IndexPage } from '../../../../harvesters/carpentries-workbench/mapIndexPage.js';

describe('mapIndexPage', () => {
  const cases: [string, string, IndexPage][] = [
    ['prose after leading headings, up to the next heading',
      '---\nsite: sandpaper::sandpaper_site\n---\n\n# About\n\nFirst\nline.\n\nSecond.\n\n## Schedule\n\nNot this.',
      { description: 'First line.\n\nSecond.', prerequisites: [] }],
    ['prose around a prereq div, and the prereq items',
      'Intro.\n\n:::::: prereq\n\n## Prerequisites\n\n- Python\n- Git\n\n::::::\n\nMore.',
      { description: 'Intro.\n\nMore.', prerequisites: ['Python', 'Git'] }],
    ['list items of the opening prose on their own lines', 'You will:\n\n- learn\n- practise',
      { description: 'You will:\n\n- learn\n- practise', prerequisites: [] }],
    ['nothing from a page with only front matter', '---\nsite: x\n---\n', { prerequisites: [] }],
    ['raw HTML and Markdown stripped', 'A <em>shell</em> lesson with [links](https://x.org).',
      { description: 'A shell lesson with links.', prerequisites: [] }],
  ];
  for (const [name, text, expected] of cases) {
    it(`reads ${name}`, () => assert.deepEqual(mapIndexPage(text, 'index.md', []), expected));
  }

  it('drops boilerplate prose with a warning', () => {
    const warnings: string[] = [];
    const page = mapIndexPage('A Carpentries Lesson teaching foundational data and coding skills to researchers worldwide.', 'index.md', warnings);
    assert.equal(page.description, undefined);
    assert.equal(warnings.length, 1);
  });
});
