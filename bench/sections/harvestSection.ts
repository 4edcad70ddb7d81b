import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { HARVESTERS } from '../../harvesters/index.js';
import { synthetic } from '../../harvesters/synthetic/index.js';
import type { ResolvedConfig } from '../../src/config/ResolvedConfig.js';
import { regenerateDumps } from '../../src/dumps/regenerateDumps.js';
import { createSourceReader } from '../../src/harvest/createSourceReader.js';
import { HarvestRunner } from '../../src/harvest/HarvestRunner.js';
import { Journal } from '../../src/journal/Journal.js';
import { catalogIris } from '../../src/model/CatalogIris.js';
import { recordSerialiser } from '../../src/model/RecordSerialiser.js';
import { RecordValidator } from '../../src/model/RecordValidator.js';
import type { HarvestRunReport, RunCounts } from '../../src/model/HarvestRunReport.js';
import { emptyCounts } from '../../src/model/HarvestRunReport.js';
import { summarise, type Summary } from '../stats/summarise.js';

/** One pass of `HarvestRunner.runAll` over every source. */
export interface HarvestPass {
  ms: number;
  materialsPerSecond: number;
  /** Milliseconds per 1,000 materials, per source run. */
  perSourceMsPer1000: Summary;
  counts: RunCounts;
  /** Runs by status (`applied`, `failed`, …). */
  statuses: Record<string, number>;
  /** Rows added to the journal's version history by this pass. */
  versionsWritten: number;
  catalogVersionBefore: number;
  catalogVersionAfter: number;
}

export interface HarvestResult {
  materials: number;
  full: HarvestPass;
  unchanged: HarvestPass;
  /** Baseline: the `synthetic` harvester alone (read, parse, map), without normalisation, validation or journal. */
  harvesterOnly: { ms: number; materialsPerSecond: number; perSourceMsPer1000: Summary };
  journalBytes: number;
  /**
   * One regeneration of the full dumps (`regenerateDumps`: N-Quads and JSON-LD, gzipped) after the harvest. Not in
   * the passes above: `faircat harvest` and `faircat serve` regenerate them after every applied source run.
   */
  dumpMs?: number;
}

/**
 * Section 1: harvest pipeline throughput. Harvests the synthetic catalog into an empty journal through the real
 * runner (normalise, SHACL validation, identity, journal, one transaction per source), then harvests it again
 * unchanged; the baseline is the harvester alone over the same lesson lists. Leaves the journal in place for the
 * later sections.
 */
export async function harvestSection(config: ResolvedConfig, logger: Logger, options: { dumps: boolean }): Promise<HarvestResult> {
  const harvesterOnly = await harvesterAlone(config, logger);
  const iris = catalogIris(config.pidBase, config.baseUrl);
  const journal = Journal.open(join(config.dataDir, 'journal.sqlite'), recordSerialiser(iris));
  try {
    // The runner as `openCatalog` wires it for `faircat harvest`, without its hook that rewrites the dumps after every
    // applied source run: the dumps are timed once, on their own, below.
    const runner = new HarvestRunner({ config, journal, validator: RecordValidator.fromOntology(), harvesters: HARVESTERS, logger });
    const full = await pass(journal, runner);
    const unchanged = await pass(journal, runner);
    let dumpMs: number | undefined;
    if (options.dumps) {
      const dumpDir = mkdtempSync(join(config.dataDir, 'bench-dumps-'));
      const dumpStarted = performance.now();
      await regenerateDumps({ journal, iris, providers: config.providers }, dumpDir);
      dumpMs = performance.now() - dumpStarted;
      rmSync(dumpDir, { recursive: true, force: true });
    }
    return { materials: journal.countActive(), full, unchanged, harvesterOnly, journalBytes: journalBytes(config.dataDir), ...(dumpMs === undefined ? {} : { dumpMs }) };
  } finally {
    journal.close();
  }
}

async function pass(journal: Journal, runner: HarvestRunner): Promise<HarvestPass> {
  const versions = (): number => (journal.db.prepare('SELECT count(*) AS n FROM versions').get() as { n: number }).n;
  const versionsBefore = versions();
  const catalogVersionBefore = journal.catalogVersion();
  const started = performance.now();
  const reports = await runner.runAll(undefined);
  const ms = performance.now() - started;
  const counts = emptyCounts();
  const statuses: Record<string, number> = {};
  for (const report of reports) {
    for (const key of Object.keys(counts) as (keyof RunCounts)[]) counts[key] += report.counts[key];
    statuses[report.status] = (statuses[report.status] ?? 0) + 1;
  }
  return {
    ms,
    materialsPerSecond: counts.read / (ms / 1000),
    perSourceMsPer1000: summarise(reports.filter((r) => r.counts.read > 0).map(msPer1000)),
    counts,
    statuses,
    versionsWritten: versions() - versionsBefore,
    catalogVersionBefore,
    catalogVersionAfter: journal.catalogVersion(),
  };
}

async function harvesterAlone(config: ResolvedConfig, logger: Logger): Promise<HarvestResult['harvesterOnly']> {
  const reader = createSourceReader({ baseDir: config.configDir, policy: { userAgent: config.harvest.userAgent, timeoutMs: 30_000, maxBytes: config.harvest.maxResponseBytes, attempts: 1 } });
  const perSource: number[] = [];
  let read = 0;
  const started = performance.now();
  for (const source of config.sources) {
    const sourceStarted = performance.now();
    let items = 0;
    const options = synthetic.options.parse(source.options);
    for await (const _item of synthetic.harvest(options, { sourceId: source.id, reader, logger, signal: new AbortController().signal })) items++;
    read += items;
    if (items > 0) perSource.push(((performance.now() - sourceStarted) / items) * 1000);
  }
  const ms = performance.now() - started;
  return { ms, materialsPerSecond: read / (ms / 1000), perSourceMsPer1000: summarise(perSource) };
}

function msPer1000(report: HarvestRunReport): number {
  return (report.durationMs / report.counts.read) * 1000;
}

function journalBytes(dataDir: string): number {
  let total = 0;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      total += statSync(join(dataDir, `journal.sqlite${suffix}`)).size;
    } catch {
      // absent: nothing to add
    }
  }
  return total;
}
