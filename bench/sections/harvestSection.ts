import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { synthetic } from '../../harvesters/synthetic/index.js';
import type { ResolvedConfig } from '../../src/config/ResolvedConfig.js';
import { openCatalog, type Catalog } from '../../src/cli/openCatalog.js';
import { createSourceReader } from '../../src/harvest/createSourceReader.js';
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
}

/**
 * Section 1: harvest pipeline throughput. Harvests the synthetic catalog into an empty journal through the real
 * runner (normalise, SHACL validation, identity, journal, one transaction per source), then harvests it again
 * unchanged; the baseline is the harvester alone over the same lesson lists. Leaves the journal in place for the
 * later sections.
 */
export async function harvestSection(config: ResolvedConfig, logger: Logger): Promise<HarvestResult> {
  const harvesterOnly = await harvesterAlone(config, logger);
  const catalog = await openCatalog(config, logger, { withGraph: false });
  try {
    const full = await pass(catalog);
    const unchanged = await pass(catalog);
    return { materials: catalog.journal.countActive(), full, unchanged, harvesterOnly, journalBytes: journalBytes(config.dataDir) };
  } finally {
    await catalog.close();
  }
}

async function pass(catalog: Catalog): Promise<HarvestPass> {
  const versions = (): number => (catalog.journal.db.prepare('SELECT count(*) AS n FROM versions').get() as { n: number }).n;
  const versionsBefore = versions();
  const catalogVersionBefore = catalog.journal.catalogVersion();
  const started = performance.now();
  const reports = await catalog.runner.runAll(undefined);
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
    catalogVersionAfter: catalog.journal.catalogVersion(),
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
