import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { mapFeed } from '../../../../harvesters/carpentries-feed/mapFeed.js';
import type { HarvestedMaterial } from '../../../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { isPlaceholder } from '../../../../src/normalise/index.js';
import { graphDifference, harvestedQuads, recordOf } from '../../../helpers/harvestedGraph.js';
import { parseRdf } from '../../../helpers/rdf.js';

const fixtures = join(process.cwd(), 'test/fixtures/carpentries-feed');

/** The two corpus feeds, with the fixed record facts their expected graphs were written for. */
const FEEDS = {
  carpentries: {
    file: 'carpentries.community_lessons.snapshot-2020-10-02.json',
    provider: 'carpentries',
    provenanceLocation: 'https://feeds.carpentries.org/community_lessons.json',
    time: '2020-10-02T06:00:00Z',
  },
  hpc: {
    file: 'hpc-carpentry.community_lessons.snapshot-2021-04-20.json',
    provider: 'hpc-carpentry',
    provenanceLocation: 'hpc-carpentry.github.io/_data/community_lessons.json',
    time: '2021-04-20T06:00:00Z',
  },
} as const;

type Feed = (typeof FEEDS)[keyof typeof FEEDS];

function mapFixture(feed: Feed): Array<HarvestedMaterial | ItemError> {
  return mapFeed(readFileSync(join(fixtures, feed.file)), feed.file);
}

function materialsOf(feed: Feed): HarvestedMaterial[] {
  return mapFixture(feed).map((result) => {
    if (result instanceof ItemError) assert.fail(`unexpected item error: ${result.toString()}`);
    return result;
  });
}

/** The quads of one harvested material as a fixed catalog record `id`, in the default graph. */
function quadsOf(harvested: HarvestedMaterial, feed: Feed, id: string): Quad[] {
  return harvestedQuads(recordOf(harvested.material, {
    id, provider: feed.provider, sourceId: 'feed', sourceKind: 'carpentries-feed', location: feed.provenanceLocation, harvestedAt: feed.time,
  }));
}

function assertSameGraph(actual: Quad[], expected: Quad[]): void {
  const difference = graphDifference(actual, expected);
  assert.equal(difference, undefined, difference);
}

function expectedGraph(id: string): Quad[] {
  return parseRdf(readFileSync(join(fixtures, 'expected', `${id}.ttl`), 'utf8'));
}

describe('mapFeed on the Carpentries community lessons feed of 2020-10-02', () => {
  const feed = FEEDS.carpentries;
  const materials = materialsOf(feed);

  for (const [index, id] of [[0, 'capstone-novice-spreadsheet-biblio'], [13, 'jupyter_maps'], [22, 'workflows-snakemake'], [23, 'open-science-with-r'], [25, 'tei-xml'], [32, 'metagenomics'], [41, 'python-aos-lesson']] as const) {
    it(`maps entry [${index}] (${id}) to the hand-written graph`, () => {
      const harvested = materials[index];
      assert.ok(harvested);
      assertSameGraph(quadsOf(harvested, feed, id), expectedGraph(id));
    });
  }

  it('maps all 42 entries, none failing and none warned about', () => {
    assert.equal(materials.length, 42);
    assert.deepEqual(materials.flatMap((m) => m.warnings), []);
  });

  it('keeps each entry’s lesson tags in feed order as keywords', () => {
    assert.deepEqual(materials[41]?.material.keywords, [
      'python', 'atmospheric-science', 'geoscience', 'programming', 'geospatial', 'geospatial-data',
      'data-visualisation', 'version-control', 'versioning', 'git',
    ]);
  });

  it('gives every material a title, a description starting with it, a web URL, a repository and a life cycle stage', () => {
    for (const { material, location } of materials) {
      assert.equal(location, feed.file);
      assert.ok(material.name.length > 0 && material.name === material.name.trim(), material.name);
      assert.ok(material.description.startsWith(material.name), material.description);
      assert.match(material.url, /^https?:\/\/[a-z-]+\.github\.io\//);
      assert.match(material.repository ?? '', /^https:\/\/github\.com\/(carpentries-incubator|carpentrieslab)\/[\w.-]+$/);
      assert.ok(['pre-alpha', 'alpha', 'beta', 'stable'].includes(material.creativeWorkStatus ?? ''));
      assert.deepEqual(material.types, ['LearningResource']);
      assert.equal(material.license, undefined, 'the feed states no licence');
    }
  });

  it('keeps no organisation, life cycle, language or format tag among the keywords', () => {
    const notSubjects = /^(lesson|education|english|pre-alpha|alpha|beta|stable|carpentries|carpentries-incubator|carpentrieslab|carpentryconnect|data-carpentry)$/i;
    for (const { material } of materials) {
      assert.ok(material.keywords.length > 0, material.name);
      assert.deepEqual(material.keywords.filter((k) => notSubjects.test(k)), [], material.name);
      assert.equal(new Set(material.keywords.map((k) => k.toLowerCase())).size, material.keywords.length);
    }
  });

  it('sets the language exactly for the 37 entries tagged english', () => {
    const english = materials.filter((m) => m.material.inLanguage === 'en');
    assert.equal(english.length, 37);
    assert.deepEqual(
      materials.filter((m) => m.material.inLanguage === undefined).map((m) => m.material.name),
      ['Carpentry-style lesson on how to use R, RStudio together with git & Github to promote Open Science practices.', 'R for Survival Analysis', 'EukRef PR2', 'Metagenomica', 'A lesson exploring the Julia language'],
    );
  });

  it('counts the life cycle stages as the feed gives them', () => {
    const counts = new Map<string, number>();
    for (const { material } of materials) counts.set(material.creativeWorkStatus ?? '', (counts.get(material.creativeWorkStatus ?? '') ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(counts), { alpha: 18, stable: 2, 'pre-alpha': 21, beta: 1 });
  });

  it('lets no placeholder reach a material', () => {
    for (const { material } of materials) {
      for (const text of [material.name, material.description, ...material.keywords]) assert.equal(isPlaceholder(text), false, text);
    }
  });

  it('keeps the rendered site as given, http:// included', () => {
    assert.equal(materials[1]?.material.url, 'http://carpentries-incubator.github.io/shell-extras/');
    assert.equal(materials[4]?.material.url, 'https://carpentries-incubator.github.io/python-humanities-lesson');
  });
});

describe('mapFeed on the HPC Carpentry community lessons feed of 2021-04-20', () => {
  const feed = FEEDS.hpc;
  const materials = materialsOf(feed);

  it('maps its four entries without warnings', () => {
    assert.equal(materials.length, 4);
    assert.deepEqual(materials.flatMap((m) => m.warnings), []);
  });

  for (const [index, id] of [[0, 'hpc-intro'], [1, 'hpc-shell'], [2, 'hpc-python'], [3, 'hpc-chapel']] as const) {
    it(`maps entry [${index}] (${id}) to the hand-written graph`, () => {
      const harvested = materials[index];
      assert.ok(harvested);
      assertSameGraph(quadsOf(harvested, feed, id), expectedGraph(id));
    });
  }
});
