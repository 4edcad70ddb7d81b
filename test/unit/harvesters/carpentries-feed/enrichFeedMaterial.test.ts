import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichFeedMaterial } from '../../../../harvesters/carpentries-feed/enrichFeedMaterial.js';
import { mapFeed } from '../../../../harvesters/carpentries-feed/mapFeed.js';
import { readFeedLesson } from '../../../../harvesters/carpentries-feed/readFeedLesson.js';
import type { HarvestedMaterial } from '../../../../src/model/HarvestedMaterial.js';
import { emptyMaterial } from '../../../../src/model/Material.js';
import { expectedGraph, graphDifference, harvestedQuads, recordOf } from '../../../helpers/harvestedGraph.js';
import { mirrorReader } from './mirrorReader.js';

const FEED = 'test/fixtures/carpentries-feed/hpc-carpentry.community_lessons.snapshot-2021-04-20.json';

function feedEntry(index: number): HarvestedMaterial {
  const entry = mapFeed(readFileSync(join(process.cwd(), FEED)), FEED)[index];
  assert.ok(entry !== undefined && 'material' in entry);
  return entry;
}

describe('enrichFeedMaterial', () => {
  it('merges the HPC Carpentry feed entry of hpc-intro with its lesson into the hand-written graph', async () => {
    const lesson = await readFeedLesson('https://github.com/hpc-carpentry/hpc-intro', { mirror: 'mirror' }, mirrorReader());
    assert.equal(lesson?.kind, 'carpentries-legacy');
    const enriched = enrichFeedMaterial(feedEntry(0), lesson.harvested, lesson.kind);
    const record = recordOf(enriched.material, {
      id: 'hpc-intro', provider: 'hpc-carpentry', sourceId: 'hpc-carpentry-feed', sourceKind: 'carpentries-feed',
      location: 'mirror/hpc-carpentry/hpc-intro', harvestedAt: '2021-04-20T06:00:00Z',
    });
    const difference = graphDifference(harvestedQuads(record), expectedGraph(join(process.cwd(), 'test/fixtures/carpentries-feed/expected/hpc-intro-enriched.ttl')));
    assert.equal(difference, undefined, difference);
    assert.equal(enriched.location, 'mirror/hpc-carpentry/hpc-intro');
    assert.ok(enriched.warnings.some((w) => /from the feed entry \(.*\): alternateNames, inLanguage, keywords, url/.test(w)), enriched.warnings.join('\n'));
  });

  const base = (fields: Partial<HarvestedMaterial['material']>): HarvestedMaterial['material'] =>
    ({ ...emptyMaterial({ name: 'L', description: 'D', url: 'https://a.github.io/l/' }), repository: 'https://github.com/a/l', ...fields });

  const urls: [string, string, string, string][] = [
    ['keeps a landing page the lesson states that is not its GitHub Pages address', 'https://lessons.example.org/l/', 'http://other.example/l/', 'https://lessons.example.org/l/'],
    ['keeps the GitHub Pages address when the feed names the same site over http', 'https://a.github.io/l/', 'http://a.github.io/l/', 'https://a.github.io/l/'],
    ['keeps the GitHub Pages address when the feed names only the repository', 'https://a.github.io/l/', 'https://github.com/a/l', 'https://a.github.io/l/'],
    ['takes the feed site over the GitHub Pages address', 'https://a.github.io/l/', 'https://lessons.example.org/l/', 'https://lessons.example.org/l/'],
  ];
  for (const [what, lessonUrl, feedUrl, expected] of urls) {
    it(what, () => {
      const lesson = { material: base({ url: lessonUrl }), location: 'https://github.com/a/l', warnings: [] };
      const feed = { material: base({ url: feedUrl }), location: 'feed.json', warnings: [] };
      assert.equal(enrichFeedMaterial(feed, lesson, 'carpentries-workbench').material.url, expected);
    });
  }

  it('lets the lesson win every field both give, and keeps the feed title as an alternate name', () => {
    const lesson = { material: base({ name: 'Lesson Title', keywords: ['git'], inLanguage: 'es' }), location: 'https://github.com/a/l', warnings: ['lesson warning'] };
    const feed = { material: base({ name: 'Feed Title', keywords: ['shell'], inLanguage: 'en', creativeWorkStatus: 'beta' }), location: 'feed.json', warnings: ['feed warning'] };
    const { material, warnings } = enrichFeedMaterial(feed, lesson, 'carpentries-workbench');
    assert.deepEqual([material.name, material.alternateNames, material.keywords, material.inLanguage, material.creativeWorkStatus], ['Lesson Title', ['Feed Title'], ['git'], 'es', 'beta']);
    assert.deepEqual(warnings.slice(0, 2), ['feed warning', 'lesson warning']);
  });
});
