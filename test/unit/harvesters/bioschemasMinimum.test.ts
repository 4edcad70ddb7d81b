import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichFeedMaterial } from '../../../harvesters/carpentries-feed/enrichFeedMaterial.js';
import { mapFeed } from '../../../harvesters/carpentries-feed/mapFeed.js';
import { readFeedLesson } from '../../../harvesters/carpentries-feed/readFeedLesson.js';
import { mapLegacyLesson } from '../../../harvesters/carpentries-legacy/mapLegacyLesson.js';
import { readLegacyLesson } from '../../../harvesters/carpentries-legacy/readLegacyLesson.js';
import { mapWorkbenchLesson } from '../../../harvesters/carpentries-workbench/mapWorkbenchLesson.js';
import { mapWorkbenchSite } from '../../../harvesters/carpentries-workbench/mapWorkbenchSite.js';
import { readWorkbenchLesson } from '../../../harvesters/carpentries-workbench/readWorkbenchLesson.js';
import { readWorkbenchSite } from '../../../harvesters/carpentries-workbench/readWorkbenchSite.js';
import { mapSphinxLesson } from '../../../harvesters/sphinx-lesson/mapSphinxLesson.js';
import { readSphinxLesson } from '../../../harvesters/sphinx-lesson/readSphinxLesson.js';
import { fillMissingKeywords } from '../../../src/harvest/fillMissingKeywords.js';
import { normaliseMaterial } from '../../../src/harvest/normaliseMaterial.js';
import { ItemError } from '../../../src/model/ItemError.js';
import type { Material } from '../../../src/model/Material.js';
import { RecordValidator } from '../../../src/model/RecordValidator.js';
import { harvestedQuads, recordOf } from '../../helpers/harvestedGraph.js';
import { localReader } from '../../helpers/localReader.js';
import { materialProblems } from '../../helpers/materialInvariants.js';
import { mirrorReader } from './carpentries-feed/mirrorReader.js';

const FEEDS = ['carpentries.community_lessons.snapshot-2020-10-02.json', 'hpc-carpentry.community_lessons.snapshot-2021-04-20.json'];

/** Every material the lesson harvesters make of the fixtures, named for messages. */
async function fixtureMaterials(): Promise<[string, Material][]> {
  const reader = localReader();
  const materials: [string, Material][] = [
    ['shell-novice (Workbench sources)', mapWorkbenchLesson(await readWorkbenchLesson('test/fixtures/carpentries-workbench/shell-novice', reader)).material],
    ['shell-novice (Workbench site)', mapWorkbenchSite(await readWorkbenchSite({ site: 'test/fixtures/carpentries-workbench/shell-novice@gh-pages' }, reader)).material],
    ['hpc-intro (legacy styles)', mapLegacyLesson(await readLegacyLesson({ location: 'test/fixtures/carpentries-legacy/hpc-intro', repository: 'carpentries-incubator/hpc-intro' }, reader)).material],
  ];
  for (const lesson of ['git-intro', 'gpu-programming', 'documentation']) {
    materials.push([`${lesson} (sphinx-lesson)`, mapSphinxLesson(await readSphinxLesson(`test/fixtures/sphinx-lesson/${lesson}`, reader)).material]);
  }
  for (const feed of FEEDS) {
    for (const [index, result] of mapFeed(readFileSync(join(process.cwd(), 'test/fixtures/carpentries-feed', feed)), feed).entries()) {
      if (!(result instanceof ItemError)) materials.push([`${feed} [${index}]`, result.material]);
    }
  }
  const hpcFeed = mapFeed(readFileSync(join(process.cwd(), 'test/fixtures/carpentries-feed', FEEDS[1] ?? '')), 'hpc.json')[0];
  const lesson = await readFeedLesson('https://github.com/hpc-carpentry/hpc-intro', { mirror: 'mirror' }, mirrorReader());
  assert.ok(hpcFeed !== undefined && !(hpcFeed instanceof ItemError) && lesson !== undefined);
  materials.push(['hpc-intro (feed entry enriched)', enrichFeedMaterial(hpcFeed, lesson.harvested, lesson.kind).material]);
  return materials;
}

describe('every record the lesson harvesters make of the corpus fixtures', () => {
  let materials: [string, Material][] = [];
  let validator: RecordValidator;
  before(async () => {
    materials = await fixtureMaterials();
    validator = RecordValidator.fromOntology();
  });

  it('passes the Bioschemas TrainingMaterial minimum, as the harvest runner stores it', async () => {
    assert.ok(materials.length >= 50, String(materials.length));
    for (const [name, material] of materials) {
      const stored = fillMissingKeywords(normaliseMaterial(material).material, 'Provider').material;
      const report = await validator.validate(harvestedQuads(recordOf(stored, { provider: 'p', sourceId: 's', sourceKind: 'k', location: 'l' })));
      assert.ok(report.conforms, `${name}: ${JSON.stringify(report.violations)}`);
    }
  });

  it('holds no placeholder text and only safe http(s) links, ORCID IRIs for ORCIDs and SPDX IRIs for licences, before any runner normalisation', () => {
    for (const [name, material] of materials) {
      assert.deepEqual(materialProblems(material), [], name);
      if (material.license !== undefined) assert.match(material.license, /^https:\/\/spdx\.org\/licenses\/[A-Za-z0-9.+-]+$/, name);
      for (const agent of [...material.authors, ...material.contributors]) if (agent.orcid !== undefined) assert.match(agent.orcid, /^https:\/\/orcid\.org\//, name);
    }
  });

  it('keeps episodes in their lesson order', () => {
    for (const [name, material] of materials) {
      const positions = material.hasPart.map((part) => part.position);
      assert.deepEqual(positions, [...positions].sort((a, b) => a - b), name);
      assert.equal(new Set(positions).size, positions.length, name);
    }
  });
});
