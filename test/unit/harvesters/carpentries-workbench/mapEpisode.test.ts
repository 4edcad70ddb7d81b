import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boxItems, mapEpisode } from '../../../../harvesters/carpentries-workbench/mapEpisode.js';
import { SHELL_NOVICE } from './lessonFixtures.js';

const SITE = 'https://swcarpentry.github.io/shell-novice/';

describe('mapEpisode', () => {
  it('maps the real 07-find episode, ignoring challenge, solution and callout boxes', () => {
    const text = readFileSync(join(process.cwd(), SHELL_NOVICE, 'episodes', '07-find.md'), 'utf8');
    const { part, minutes, warnings } = mapEpisode(text, { position: 7, slug: '07-find', siteUrl: SITE, location: 'episodes/07-find.md' });
    assert.equal(part.name, 'Finding Things');
    assert.equal(part.url, 'https://swcarpentry.github.io/shell-novice/07-find.html');
    assert.equal(minutes, 45);
    assert.equal(part.timeRequired, 'PT45M');
    assert.deepEqual(part.questions, ['How can I find files?', 'How can I find things in files?']);
    assert.equal(part.teaches.length, 4);
    assert.equal(part.keypoints.length, 5);
    assert.deepEqual(warnings, []);
  });

  const minutes: [string, string, number | undefined, string | undefined][] = [
    ['teaching and exercises', 'teaching: 5\nexercises: 0', 5, 'PT5M'],
    ['numbers written as strings', "teaching: '30'\nexercises: '10'", 40, 'PT40M'],
    ['only teaching', 'teaching: 90', 90, 'PT1H30M'],
    ['no timing', 'title: x', undefined, undefined],
    ['zero minutes', 'teaching: 0\nexercises: 0', 0, undefined],
  ];
  for (const [name, front, total, duration] of minutes) {
    it(`reads the time from ${name}`, () => {
      const episode = mapEpisode(`---\ntitle: T\n${front}\n---\n`, { position: 1, slug: 's', location: 'e.md' });
      assert.equal(episode.minutes, total);
      assert.equal(episode.part.timeRequired, duration);
    });
  }

  it('warns about timing that is not a number of minutes', () => {
    const { minutes: total, warnings } = mapEpisode('---\ntitle: T\nteaching: soon\nexercises: -5\n---\n', { position: 1, slug: 's', location: 'e.md' });
    assert.equal(total, undefined);
    assert.equal(warnings.length, 2);
  });

  it('names the part after its file, with a warning, when the title is missing or a placeholder', () => {
    for (const front of ['teaching: 5', 'title: FIXME']) {
      const { part, warnings } = mapEpisode(`---\n${front}\n---\n`, { position: 1, slug: '03-create', location: 'e.md' });
      assert.equal(part.name, '03-create');
      assert.equal(warnings.length, 1);
    }
  });

  it('has no url when the site is unknown', () => {
    assert.equal(mapEpisode('---\ntitle: T\n---\n', { position: 1, slug: 's', location: 'e.md' }).part.url, undefined);
  });
});

describe('boxItems', () => {
  const cases: [string, string[], string[]][] = [
    ['bullets, as plain text', ['\n- Use `grep`.\n- Use **find**.\n'], ['Use grep.', 'Use find.']],
    ['paragraphs when there is no list, without headings', ['## Prerequisites\n\nKnow a\nfile.\n\nKnow a folder.'], ['Know a file.', 'Know a folder.']],
    ['each item once, across boxes', ['- a\n- a\n- b', '- b\n- c'], ['a', 'b', 'c']],
  ];
  for (const [name, contents, expected] of cases) {
    it(`gives ${name}`, () => assert.deepEqual(boxItems(contents, 'x', []), expected));
  }

  it('drops placeholder items with a warning', () => {
    const warnings: string[] = [];
    assert.deepEqual(boxItems(['FIXME\n\n## Prerequisites\n\nA shell.', '- TODO: add\n- Real'], 'index.md prereq', warnings), ['A shell.', 'Real']);
    assert.deepEqual(warnings, ['index.md prereq: dropped placeholder "FIXME"', 'index.md prereq: dropped placeholder "TODO: add"']);
  });
});
