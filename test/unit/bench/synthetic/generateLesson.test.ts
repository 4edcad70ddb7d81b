import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateLesson } from '../../../../bench/synthetic/generateLesson.js';
import { SYNTHETIC_PROVIDERS } from '../../../../bench/synthetic/providers.js';
import { skillTree } from '../../../../bench/synthetic/skillTree.js';
import { syntheticLessonSchema } from '../../../../harvesters/synthetic/SyntheticLesson.js';
import { normaliseOrcid } from '../../../../src/normalise/normaliseOrcid.js';

const skills = skillTree('https://w3id.org/faircat-bench/');
const lessons = Array.from({ length: 400 }, (_v, i) => generateLesson(11, i, skills));

describe('generateLesson', () => {
  it('is deterministic: the same seed and index give the same lesson', () => {
    assert.deepEqual(generateLesson(11, 17, skills), lessons[17]);
    assert.notDeepEqual(generateLesson(12, 17, skills), lessons[17]);
  });

  it('writes lessons that the synthetic lesson list format accepts', () => {
    for (const { lesson } of lessons) assert.equal(syntheticLessonSchema.safeParse(lesson).success, true, lesson.id);
  });

  it('gives every lesson the fields of the benchmark issue, within their ranges', () => {
    const skillIris = new Set(skills.map((s) => s.iri));
    for (const { lesson } of lessons) {
      assert.ok(lesson.title.length > 0);
      assert.ok(lesson.abstract.length >= 200 && lesson.abstract.length <= 600, `${lesson.id}: description of ${lesson.abstract.length} characters`);
      assert.ok(lesson.tags!.length >= 3 && lesson.tags!.length <= 8, `${lesson.id}: ${lesson.tags!.length} keywords`);
      assert.equal(new Set(lesson.tags).size, lesson.tags!.length);
      assert.ok(lesson.authors!.length >= 1 && lesson.authors!.length <= 3);
      for (const author of lesson.authors!) if (author.orcid) assert.ok(normaliseOrcid(author.orcid), author.orcid);
      assert.ok(lesson.skills!.length >= 1 && lesson.skills!.length <= 4);
      assert.ok(lesson.skills!.every((iri) => skillIris.has(iri)));
      assert.ok(lesson.language);
      assert.ok(lesson.created! <= lesson.published! && lesson.published! <= lesson.modified!, lesson.id);
    }
  });

  it('gives most lessons a licence, a level and ORCID iDs, and about a third episodes', () => {
    const share = (test: (l: (typeof lessons)[number]['lesson']) => boolean): number => lessons.filter(({ lesson }) => test(lesson)).length / lessons.length;
    assert.ok(share((l) => l.license !== undefined) > 0.9);
    assert.ok(share((l) => l.level !== undefined) > 0.8);
    assert.ok(share((l) => l.authors!.some((a) => a.orcid)) > 0.8);
    const withEpisodes = share((l) => l.episodes!.length > 0);
    assert.ok(withEpisodes > 0.2 && withEpisodes < 0.45, `${withEpisodes} with episodes`);
  });

  it('spreads lessons over the providers, the first ones publishing most', () => {
    const counts = new Map<string, number>();
    for (const { provider } of lessons) counts.set(provider.id, (counts.get(provider.id) ?? 0) + 1);
    assert.ok(counts.size > 30, `${counts.size} providers`);
    assert.ok((counts.get(SYNTHETIC_PROVIDERS[0]!.id) ?? 0) > (counts.get(SYNTHETIC_PROVIDERS[39]!.id) ?? 0));
  });

  it('gives every lesson its own landing page (its identity)', () => {
    assert.equal(new Set(lessons.map(({ lesson }) => lesson.url)).size, lessons.length);
  });
});
