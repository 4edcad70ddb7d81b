import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { mapFeed } from '../../../../harvesters/carpentries-feed/mapFeed.js';
import { mapFeedEntry } from '../../../../harvesters/carpentries-feed/mapFeedEntry.js';
import { FeedFormatError } from '../../../../harvesters/carpentries-feed/FeedFormatError.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { assertNoProblems, HOSTILE_FRAGMENTS, mapProblems, mutatedText } from '../../../helpers/materialInvariants.js';

const FEED = join(process.cwd(), 'test/fixtures/carpentries-feed/carpentries.community_lessons.snapshot-2020-10-02.json');
const FIELDS = ['carpentries_org', 'hpc_carpentry_org', 'repo', 'repo_url', 'full_name', 'description', 'rendered_site', 'github_topics', 'life_cycle_tag', 'lesson_tags'];

describe('mapFeedEntry and mapFeed, on arbitrary and mutated input', () => {
  const entries = JSON.parse(readFileSync(FEED, 'utf8')) as Record<string, unknown>[];

  it('gives a clean material or an ItemError for real entries whose fields hold anything', () => {
    const value = fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.jsonValue(), fc.array(fc.constantFrom(...HOSTILE_FRAGMENTS), { maxLength: 3 }));
    const entry = fc.tuple(fc.constantFrom(...entries), fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 4 })).map(([real, edits]) => ({ ...real, ...edits }));
    assertNoProblems(entry, (mutated) => mapProblems(() => mapFeedEntry(mutated, { location: 'feed.json', index: 0 })));
  });

  it('gives a clean material or an ItemError for any JSON value as an entry', () => {
    assertNoProblems(fc.anything(), (value) => mapProblems(() => mapFeedEntry(value, { location: 'feed.json', index: 0 })));
  });

  it('gives clean materials and ItemErrors, or fails the whole feed with a FeedFormatError, for a mutated feed', () => {
    const text = readFileSync(FEED, 'utf8');
    assertNoProblems(mutatedText(text), (mutated) => {
      let results;
      try {
        results = mapFeed(mutated, 'feed.json');
      } catch (error) {
        return error instanceof FeedFormatError ? undefined : `threw ${String(error)}`;
      }
      return results.map((result) => mapProblems(() => (result instanceof ItemError ? result : result))).find((problem) => problem !== undefined);
    }, (mutated) => `${mutated.length} characters`);
  });
});
