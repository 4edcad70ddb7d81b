import { applySourceRun } from '../../src/journal/applySourceRun.js';
import { Journal } from '../../src/journal/Journal.js';
import { catalogIris } from '../../src/model/CatalogIris.js';
import { emptyMaterial, type Material } from '../../src/model/Material.js';
import { recordSerialiser } from '../../src/model/RecordSerialiser.js';

export const TEST_IRIS = catalogIris('https://w3id.org/faircat-test/', 'http://faircat.test/');

/** A journal in memory, written with the test IRIs. */
export function memoryJournal(): Journal {
  return Journal.open(':memory:', recordSerialiser(TEST_IRIS));
}

/** A small lesson with its own URL and repository (so its identity is its slug). */
export function lesson(slug: string, fields: Partial<Material> = {}): Material {
  return emptyMaterial({
    name: `Lesson ${slug}`, description: `What ${slug} teaches.`, keywords: ['shell'],
    url: `https://lessons.example.org/${slug}/`, repository: `https://github.com/example/${slug}`, ...fields,
  });
}

let runs = 0;

/** Applies one run of `sourceId` with these materials (the journal's own rules: withdraw after 2, 30 % guard). */
export function harvest(journal: Journal, sourceId: string, materials: readonly Material[]): ReturnType<typeof applySourceRun> {
  runs++;
  return applySourceRun(journal, {
    runId: `run-${runs}`, sourceId, sourceKind: 'carpentries-feed', provider: sourceId, startedAt: new Date(Date.UTC(2026, 0, 1, 0, runs)).toISOString(),
    materials: materials.map((material) => ({ material, location: `https://${sourceId}.example.org/feed.json#${material.repository ?? material.url}` })),
    failedLocations: [], precedence: () => 50, providerOf: (id) => id, withdrawAfterMissingRuns: 2, maxDropShare: 0.3, force: false, dryRun: false,
  });
}

/** The id of the record named `name`. */
export function idOf(journal: Journal, name: string): string {
  const row = journal.db.prepare('SELECT id FROM materials WHERE name = ?').get(name) as { id: string } | undefined;
  if (!row) throw new Error(`no record named ${name}`);
  return row.id;
}
