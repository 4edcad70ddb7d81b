import { randomUUID } from 'node:crypto';
import { relative, isAbsolute } from 'node:path';
import type { Logger } from 'pino';
import type { Harvester } from '../../harvesters/Harvester.js';
import type { ResolvedConfig } from '../config/ResolvedConfig.js';
import type { SourceConfig } from '../config/configSchema.js';
import type { GraphIndex } from '../graph/GraphIndex.js';
import { applySourceRun, type RunMaterial } from '../journal/applySourceRun.js';
import type { Journal } from '../journal/Journal.js';
import { ItemError } from '../model/ItemError.js';
import { emptyCounts, type HarvestRunReport, type ItemProblem } from '../model/HarvestRunReport.js';
import { materialToQuads } from '../model/materialToQuads.js';
import type { RecordValidator } from '../model/RecordValidator.js';
import { createSourceReader } from './createSourceReader.js';
import { fillMissingKeywords } from './fillMissingKeywords.js';

export interface RunOptions {
  force?: boolean;
  dryRun?: boolean;
  signal?: AbortSignal;
}

export interface HarvestRunnerDependencies {
  config: ResolvedConfig;
  journal: Journal;
  /** The graph index to keep in step with the journal; absent for CLI runs without a server. */
  graph?: GraphIndex;
  validator: RecordValidator;
  harvesters: ReadonlyMap<string, Harvester>;
  logger: Logger;
}

/**
 * Runs sources (DESIGN §6): reads each through its harvester, validates every material against the
 * Bioschemas minimum, applies the run atomically to the journal (or not, when it is suspicious), brings the
 * graph index in step, and stores a report. One run per source at a time.
 */
export class HarvestRunner {
  private readonly running = new Set<string>();

  constructor(private readonly deps: HarvestRunnerDependencies) {}

  /** Runs every enabled source (or the listed ones) one after the other; returns their reports. */
  async runAll(sourceIds: readonly string[] | undefined, options: RunOptions = {}): Promise<HarvestRunReport[]> {
    const sources = sourceIds?.length ? sourceIds.map((id) => this.source(id)) : this.deps.config.sources.filter((s) => s.enabled);
    const reports: HarvestRunReport[] = [];
    for (const source of sources) reports.push(await this.runSource(source.id, options));
    return reports;
  }

  async runSource(sourceId: string, options: RunOptions = {}): Promise<HarvestRunReport> {
    const source = this.source(sourceId);
    if (this.running.has(source.id)) throw new Error(`source ${source.id} is already being harvested`);
    this.running.add(source.id);
    try {
      return await this.run(source, options);
    } finally {
      this.running.delete(source.id);
    }
  }

  private async run(source: SourceConfig, options: RunOptions): Promise<HarvestRunReport> {
    const { config, journal, logger } = this.deps;
    const log = logger.child({ source: source.id });
    const runId = `${new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${source.id}-${randomUUID().slice(0, 8)}`;
    const startedAt = new Date().toISOString();
    const started = performance.now();
    const problems: ItemProblem[] = [];
    const materials: RunMaterial[] = [];
    const counts = emptyCounts();
    const finish = (status: HarvestRunReport['status'], reason?: string): HarvestRunReport => {
      const report: HarvestRunReport = {
        runId, sourceId: source.id, sourceKind: source.kind, status, ...(reason ? { reason } : {}),
        startedAt, finishedAt: new Date().toISOString(), durationMs: Math.round(performance.now() - started), counts, problems,
      };
      if (!options.dryRun) journal.saveRun(report);
      const level = status === 'applied' || status === 'dry-run' ? 'info' : 'error';
      log[level]({ runId, status, reason, counts }, `harvest of ${source.id}: ${status}`);
      return report;
    };

    const harvester = this.deps.harvesters.get(source.kind);
    if (!harvester) return finish('failed', `unknown harvester kind "${source.kind}"`);
    const parsedOptions = harvester.options.safeParse(source.options);
    if (!parsedOptions.success) return finish('failed', `invalid options for kind ${source.kind}: ${parsedOptions.error.message}`);

    const reader = createSourceReader({
      baseDir: config.configDir,
      policy: {
        userAgent: config.harvest.userAgent,
        timeoutMs: source.politeness.timeoutMs,
        maxBytes: config.harvest.maxResponseBytes,
        attempts: 3,
        ...(source.authEnv && process.env[source.authEnv] ? { authorization: process.env[source.authEnv] } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      },
    });
    const providerName = config.providers.find((p) => p.id === source.provider)?.name ?? source.provider;
    try {
      const context = { sourceId: source.id, reader, logger: log, signal: options.signal ?? new AbortController().signal };
      for await (const item of harvester.harvest(parsedOptions.data, context)) {
        if (item instanceof ItemError) {
          counts.errors++;
          problems.push({ severity: 'error', location: this.displayLocation(item.location), ...(item.line === undefined ? {} : { line: item.line }), message: item.message });
          continue;
        }
        const location = this.displayLocation(item.location);
        for (const warning of item.warnings) problems.push({ severity: 'warning', location, message: warning });
        const filled = fillMissingKeywords(item.material, providerName);
        if (filled.warning) problems.push({ severity: 'warning', location, message: filled.warning });
        const material = filled.material;
        const validation = await this.validate(material, source, location);
        if (!validation.conforms) {
          counts.invalid++;
          for (const violation of validation.violations) problems.push({ severity: 'invalid', location, message: `${violation.path ?? ''} ${violation.message}`.trim() });
          continue;
        }
        materials.push({ material, location });
      }
    } catch (error) {
      return finish('failed', `the source could not be read: ${(error as Error).message}`);
    }

    const result = applySourceRun(journal, {
      runId, sourceId: source.id, sourceKind: source.kind, provider: source.provider, startedAt, materials,
      failedLocations: problems.filter((p) => p.severity === 'error').map((p) => p.location),
      precedence: (id) => config.sources.find((s) => s.id === id)?.priority ?? Number.MAX_SAFE_INTEGER,
      providerOf: (id) => config.sources.find((s) => s.id === id)?.provider ?? source.provider,
      withdrawAfterMissingRuns: config.harvest.withdrawAfterMissingRuns,
      maxDropShare: config.harvest.maxDropShare,
      force: options.force ?? false,
      dryRun: options.dryRun ?? false,
    });
    Object.assign(counts, { ...result.counts, errors: counts.errors, invalid: counts.invalid });
    for (const duplicate of result.duplicates) {
      problems.push({ severity: 'warning', location: duplicate.location, message: `describes the same material as another item of this run (${duplicate.id}); skipped` });
    }
    if (options.dryRun) return finish('dry-run');
    if (!result.applied) return finish('suspicious', result.reason);
    if (this.deps.graph && result.changedGraphs.length > 0) {
      await this.deps.graph.replaceGraphs(result.changedGraphs.map(({ id, nquads }) => ({ graph: journal.serialiser.iris.material(id), nquads })));
    }
    return finish('applied');
  }

  private async validate(material: RunMaterial['material'], source: SourceConfig, location: string) {
    const now = new Date().toISOString();
    const quads = materialToQuads(
      { id: 'candidate', material, provider: source.provider, provenance: [{ sourceId: source.id, sourceKind: source.kind, location, runId: 'candidate', harvestedAt: now }], version: 1, created: now, modified: now },
      this.deps.journal.serialiser.iris,
    );
    return this.deps.validator.validate(quads);
  }

  /** Local paths are shown relative to the config directory: reports and PROV never leak host paths. */
  private displayLocation(location: string): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(location) || !isAbsolute(location)) return location;
    return relative(this.deps.config.configDir, location) || '.';
  }

  private source(id: string): SourceConfig {
    const source = this.deps.config.sources.find((s) => s.id === id);
    if (!source) throw new Error(`no source "${id}" in the config (sources: ${this.deps.config.sources.map((s) => s.id).join(', ')})`);
    return source;
  }
}
