import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { enrichFeedMaterial } from '../../../../harvesters/carpentries-feed/enrichFeedMaterial.js';
import { mapFeedEntry } from '../../../../harvesters/carpentries-feed/mapFeedEntry.js';
import { mapLegacyLesson } from '../../../../harvesters/carpentries-legacy/mapLegacyLesson.js';
import { readLegacyLesson } from '../../../../harvesters/carpentries-legacy/readLegacyLesson.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { assertNoProblems, HOSTILE_FRAGMENTS, mapProblems, mutatedFiles } from '../../../helpers/materialInvariants.js';
import { localReader } from '../../../helpers/localReader.js';
import { HPC_INTRO_LESSON } from './mirrorReader.js';

const FEED = join(process.cwd(), 'test/fixtures/carpentries-feed/hpc-carpentry.community_lessons.snapshot-2021-04-20.json');

describe('enrichFeedMaterial, on arbitrary and mutated input', async () => {
  const [entry] = JSON.parse(readFileSync(FEED, 'utf8')) as Record<string, unknown>[];
  const lesson = await readLegacyLesson({ location: HPC_INTRO_LESSON, repository: 'hpc-carpentry/hpc-intro' }, localReader());

  it('merges a mutated feed entry and a mutated lesson into a clean material', () => {
    const fields = fc.dictionary(fc.constantFrom('description', 'rendered_site', 'repo_url', 'lesson_tags', 'life_cycle_tag'), fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.jsonValue()), { maxKeys: 3 });
    assertNoProblems(fc.tuple(fields, mutatedFiles(lesson.files)), ([edits, files]) => {
      const feed = mapFeedEntry({ ...entry, ...edits }, { location: 'feed.json', index: 0 });
      if (feed instanceof ItemError) return undefined;
      return mapProblems(() => enrichFeedMaterial(feed, mapLegacyLesson({ ...lesson, files }), 'carpentries-legacy'));
    });
  });
});
