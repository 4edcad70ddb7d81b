import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lessonEpisodes } from '../../../../harvesters/sphinx-lesson/lessonEpisodes.js';
import type { LessonSources } from '../../../../harvesters/sphinx-lesson/LessonSources.js';
import type { Toctree } from '../../../../harvesters/sphinx-lesson/parseToctrees.js';

function sourcesWith(toctrees: Toctree[]): LessonSources {
  return { episodes: new Map(), warnings: [], index: { teaches: [], prerequisites: [], audience: [], toctrees } };
}
const toctree = (caption: string, ...targets: string[]): Toctree => ({ caption, glob: false, entries: targets.map((target) => ({ target, external: false })) });

describe('lessonEpisodes', () => {
  it('places optional episodes after the main ones, whatever their toctree order', () => {
    const { parts } = lessonEpisodes(sourcesWith([toctree('Optional episodes', 'extra'), toctree('The lesson', 'one', 'two')]), undefined);
    assert.deepEqual(parts.map((p) => [p.position, p.slug]), [[1, 'one'], [2, 'two'], [3, 'extra']]);
  });

  it('leaves out Reference, About, Prerequisites and instructor toctrees', () => {
    const { parts } = lessonEpisodes(sourcesWith([
      toctree('Prerequisites', 'setup-page'), toctree('Episodes', 'one'), toctree('Reference', 'cheatsheet'),
      toctree('About', 'about-page'), toctree("Instructor's guide", 'notes'),
    ]), undefined);
    assert.deepEqual(parts.map((p) => p.slug), ['one']);
  });

  it('names an episode by its toctree title, else by its file, with a warning', () => {
    const sources = sourcesWith([{ caption: 'Lesson', glob: false, entries: [{ title: 'First steps', target: 'first', external: false }, { target: 'second', external: false }] }]);
    const { parts, warnings } = lessonEpisodes(sources, 'https://example.org/l/');
    assert.deepEqual(parts.map((p) => [p.name, p.url]), [['First steps', undefined], ['second', undefined]]);
    assert.equal(warnings.length, 1);
  });

  it('keeps an episode listed twice once, at its first place', () => {
    const { parts } = lessonEpisodes(sourcesWith([toctree('A', 'one', 'two'), toctree('B', 'one')]), undefined);
    assert.deepEqual(parts.map((p) => p.slug), ['one', 'two']);
  });
});
