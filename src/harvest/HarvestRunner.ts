import { randomUUID } from 'node:crypto';
import { relative, isAbsolute } from 'node:path';
import type { Logger } from 'pino';
import type { Harvester } from '../../harvesters/Harvester.js';
import type { ResolvedConfig } from '../config/ResolvedConfig.js';
import type { SourceConfig } from '../config/configSchema.js';
import type { GraphIndex } from '../graph/GraphIndex.js';
import { applySourceRun, type RunMaterial, type SourceRunResult } from '../journal/applySourceRun.js';
import type { Journal } from '../journal/Journal.js';
import { holdCheckpoints } from '../journal/walCheckpoints.js';
import { ItemError } from '../model/ItemError.js';
import { emptyCounts, type HarvestRunReport, type ItemProblem } from '../model/HarvestRunReport.js';
import type { RecordValidator } from '../model/RecordValidator.js';
import { createSourceReader } from './createSourceReader.js';
import { emptyFetchStats } from './FetchStats.js';
import { fillMissingKeywords } from './fillMissingKeywords.js';
import { HostThrottle } from './HostThrottle.js';
import { incrementalStateFor } from './incrementalStateFor.js';
import { journalHttpCache } from './journalHttpCache.js';
import { limitProblems } from './limitProblems.js';
import { fetchWithPolicy, type FetchPolicy } from './fetchWithPolicy.js';
import { normaliseMaterial } from './normaliseMaterial.js';
import { RobotsRules } from './RobotsRules.js';
import { SourceBusyError, SourceLock } from './SourceLock.js';
import { validateCandidate } from './validateCandidate.js';

export interface RunOptions {
  /** Apply even a run that the guards call suspicious (zero records, too many missing). */
  force?: boolean;
  /** Read, normalise, validate and compute the changes; write nothing. */
  dryRun?: boolean;
  signal?: AbortSignal;
  /** Called as items are read (for progress bars). */
  onProgress?: (progress: RunProgress) => void;
}

/** How far a run has got. */
export interface RunProgress {
  sourceId: string;
  runId: string;
  phase: 'reading' | 'applying' | 'done';
  read: number;
  invalid: number;
  errors: number;
}

/** A run that has started: its id at once, its report when it ends. */
export interface StartedRun {
  runId: string;
  sourceId: string;
  done: Promise<HarvestRunReport>;
}

export interface HarvestRunnerDependencies {
  config: ResolvedConfig;
  journal: Journal;
  /** The graph index to keep in step with the journal; absent for CLI runs without a server. */
  graph?: GraphIndex;
  validator: RecordValidator;
  harvesters: ReadonlyMap<string, Harvester>;
  logger: Logger;
  /**
   * Called after a run was applied and the graph index updated (e.g. to regenerate dumps). Its failure is logged,
   * never the run's: the journal already has the run.
   */
  onApplied?: (report: HarvestRunReport) => unknown;
}

/**
 * Runs sources (DESIGN §6): takes the source's lock, reads it through its harvester (polite, conditional,
 * robots-aware HTTP), normalises and validates every material against the Bioschemas minimum, applies the run
 * atomically to the journal together with its report (or not, when it is suspicious), brings the graph index
 * in step, and releases the lock. One run per source at a time, in this process and across processes.
 */
export class HarvestRunner {
  private readonly running = new Set<string>();

  constructor(private readonly deps: HarvestRunnerDependencies) {}

  /**
   * Runs every enabled source (or the listed ones) one after the other; returns their reports. A source that
   * another run holds is reported as `failed` (not stored) and the others still run.
   */
  async runAll(sourceIds: readonly string[] | undefined, options: RunOptions = {}): Promise<HarvestRunReport[]> {
    const sources = sourceIds?.length ? sourceIds.map((id) => this.source(id)) : this.deps.config.sources.filter((s) => s.enabled);
    const reports: HarvestRunReport[] = [];
    // One checkpoint after all the runs instead of one after each (docs/decisions/0037).
    const releaseCheckpoints = holdCheckpoints(this.deps.journal.db);
    try {
      await this.runEach(sources, options, reports);
    } finally {
      releaseCheckpoints();
    }
    return reports;
  }

  private async runEach(sources: readonly SourceConfig[], options: RunOptions, reports: HarvestRunReport[]): Promise<void> {
    for (const source of sources) {
      try {
        reports.push(await this.runSource(source.id, options));
      } catch (error) {
        if (!(error instanceof SourceBusyError)) throw error;
        this.deps.logger.warn({ source: source.id, heldBy: error.heldBy }, error.message);
        const now = new Date().toISOString();
        reports.push({
          runId: '-', sourceId: source.id, sourceKind: source.kind, status: 'failed', reason: error.message,
          startedAt: now, finishedAt: now, durationMs: 0, counts: emptyCounts(), problems: [],
        });
      }
    }
  }

  /** Runs one source now and waits for its report. @throws SourceBusyError when it is already being harvested. */
  async runSource(sourceId: string, options: RunOptions = {}): Promise<HarvestRunReport> {
    return this.start(sourceId, options).done;
  }

  /**
   * Starts one run of a source and returns at once with its id (for `POST /admin/harvest`).
   * @throws SourceBusyError when the source is already being harvested, here or by another process.
   */
  start(sourceId: string, options: RunOptions = {}): StartedRun {
    const source = this.source(sourceId);
    const runId = `${new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${source.id}-${randomUUID().slice(0, 8)}`;
    if (this.running.has(source.id)) {
      throw new SourceBusyError(source.id, { sourceId: source.id, runId: '(this process)', pid: process.pid, hostname: 'this host', acquiredAt: '', expiresAt: '' });
    }
    const lock = options.dryRun ? undefined : SourceLock.acquire(this.deps.journal, source.id, runId, { leaseMs: this.deps.config.harvest.lockLeaseMs });
    this.running.add(source.id);
    const releaseCheckpoints = holdCheckpoints(this.deps.journal.db);
    const done = this.run(source, runId, options).finally(() => {
      this.running.delete(source.id);
      lock?.release();
      releaseCheckpoints();
    });
    return { runId, sourceId: source.id, done };
  }

  /** Ids of the sources this runner is harvesting now. */
  runningSources(): string[] {
    return [...this.running];
  }

  private async run(source: SourceConfig, runId: string, options: RunOptions): Promise<HarvestRunReport> {
    const { config, journal, logger } = this.deps;
    const log = logger.child({ source: source.id, runId });
    const startedAt = new Date().toISOString();
    const started = performance.now();
    const problems: ItemProblem[] = [];
    const materials: RunMaterial[] = [];
    const counts = emptyCounts();
    const http = emptyFetchStats();
    const progress = (phase: RunProgress['phase']): void => {
      options.onProgress?.({ sourceId: source.id, runId, phase, read: counts.read, invalid: counts.invalid, errors: counts.errors });
    };
    const report = (status: HarvestRunReport['status'], reason?: string): HarvestRunReport => ({
      runId, sourceId: source.id, sourceKind: source.kind, status, ...(reason ? { reason } : {}), ...(options.force ? { forced: true } : {}),
      startedAt, finishedAt: new Date().toISOString(), durationMs: Math.round(performance.now() - started), counts, ...limitProblems(problems), http,
    });
    const finish = (finished: HarvestRunReport, save: boolean): HarvestRunReport => {
      if (save && !options.dryRun) journal.saveRun(finished);
      const level = finished.status === 'applied' || finished.status === 'dry-run' ? 'info' : 'error';
      log[level]({ status: finished.status, reason: finished.reason, counts }, `harvest of ${source.id}: ${finished.status}${finished.reason ? `: ${finished.reason}` : ''}`);
      progress('done');
      return finished;
    };
    if (!options.dryRun) journal.saveRun(report('running'));

    const harvester = this.deps.harvesters.get(source.kind);
    if (!harvester) return finish(report('failed', `unknown harvester kind "${source.kind}"`), true);
    const parsedOptions = harvester.options.safeParse(source.options);
    if (!parsedOptions.success) return finish(report('failed', `invalid options for kind ${source.kind}: ${parsedOptions.error.message}`), true);

    const policy: FetchPolicy = {
      userAgent: config.harvest.userAgent,
      timeoutMs: source.politeness.timeoutMs,
      maxBytes: config.harvest.maxResponseBytes,
      attempts: source.politeness.attempts,
      cache: journalHttpCache(journal),
      throttle: new HostThrottle({ concurrency: source.politeness.concurrency, delayMs: source.politeness.delayMs }),
      stats: http,
      ...(source.authEnv && process.env[source.authEnv] ? { authorization: process.env[source.authEnv] } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    };
    const robots = source.politeness.robotsTxt
      ? new RobotsRules(
        async (url) => {
          const bytes = await fetchWithPolicy(url, { ...policy, cache: undefined, stats: undefined });
          return bytes && new TextDecoder().decode(bytes);
        },
        config.harvest.userAgent,
        (host, delayMs) => policy.throttle?.slowDown(host, delayMs),
      )
      : undefined;
    const reader = createSourceReader({ baseDir: config.configDir, policy, ...(robots ? { robots } : {}) });
    const incremental = incrementalStateFor(journal, source.id);
    const providerName = config.providers.find((p) => p.id === source.provider)?.name ?? source.provider;
    try {
      const context = { sourceId: source.id, reader, logger: log, signal: options.signal ?? new AbortController().signal, incremental };
      for await (const item of harvester.harvest(parsedOptions.data, context)) {
        if (item instanceof ItemError) {
          counts.errors++;
          problems.push({ severity: 'error', location: this.displayLocation(item.location), ...(item.line === undefined ? {} : { line: item.line }), message: item.message });
          continue;
        }
        counts.read++;
        const location = this.displayLocation(item.location);
        for (const warning of item.warnings) problems.push({ severity: 'warning', location, message: warning });
        const normalised = normaliseMaterial(item.material);
        for (const warning of normalised.warnings) problems.push({ severity: 'warning', location, message: warning });
        // The record is validated as it will be stored: with derived keywords when it has none (docs/decisions/0003).
        // The contribution is stored without them; they are derived again after the cross-source merge, so that
        // they never hide another source's real keywords.
        const filled = fillMissingKeywords(normalised.material, providerName);
        if (filled.warning) problems.push({ severity: 'warning', location, message: filled.warning });
        const validation = await validateCandidate(this.deps.validator, filled.material, source, location, journal.serialiser.iris);
        for (const warning of validation.warnings) problems.push({ severity: 'warning', location, message: `recommended: ${warning.message}` });
        if (!validation.conforms) {
          counts.invalid++;
          for (const violation of validation.violations) problems.push({ severity: 'invalid', location, message: `${violation.path ?? ''} ${violation.message}`.trim() });
        } else {
          materials.push({ material: normalised.material, location });
        }
        if (counts.read % 100 === 0) progress('reading');
      }
    } catch (error) {
      return finish(report('failed', `the source could not be read: ${(error as Error).message}`), true);
    }
    progress('applying');

    // The run's changes and its report are committed in one transaction (DESIGN §6 crash safety): a run is
    // either applied and reported `applied`, or not applied at all.
    let result: SourceRunResult | undefined;
    let finished: HarvestRunReport | undefined;
    journal.transaction(() => {
      result = applySourceRun(journal, {
        runId, sourceId: source.id, sourceKind: source.kind, provider: source.provider, startedAt, materials,
        failedLocations: problems.filter((p) => p.severity === 'error').map((p) => p.location),
        precedence: (id) => config.sources.find((s) => s.id === id)?.priority ?? Number.MAX_SAFE_INTEGER,
        providerOf: (id) => config.sources.find((s) => s.id === id)?.provider ?? source.provider,
        complete: (material, provider) => fillMissingKeywords(material, config.providers.find((p) => p.id === provider)?.name ?? provider).material,
        withdrawAfterMissingRuns: config.harvest.withdrawAfterMissingRuns,
        maxDropShare: config.harvest.maxDropShare,
        force: options.force ?? false,
        dryRun: options.dryRun ?? false,
        ...(incremental.result() ? { incremental: incremental.result() } : {}),
      });
      Object.assign(counts, { ...result.counts, read: counts.read, errors: counts.errors, invalid: counts.invalid });
      for (const duplicate of result.duplicates) {
        problems.push({ severity: 'warning', location: duplicate.location, message: `describes the same material as another item of this run (${duplicate.id}); skipped` });
      }
      for (const merge of result.merges) problems.push({ severity: 'warning', location: source.id, message: `merged record ${merge.loserId} into ${merge.survivorId}: ${merge.reason}` });
      finished = options.dryRun ? report('dry-run') : result.applied ? report('applied') : report('suspicious', result.reason);
      if (!options.dryRun) journal.saveRun(finished);
    });
    if (this.deps.graph && result!.applied && result!.changedGraphs.length > 0) {
      try {
        await this.deps.graph.replaceGraphs(result!.changedGraphs.map(({ id, nquads }) => ({ graph: journal.serialiser.iris.material(id), nquads })));
      } catch (error) {
        // The journal (the source of truth) has the run; the index catches up when it is next rebuilt from it.
        log.error({ err: error }, 'the graph index could not take the run\'s changes; it is rebuilt from the journal at the next start');
      }
    }
    if (result!.applied && !options.dryRun && this.deps.onApplied) {
      try {
        await this.deps.onApplied(finished!);
      } catch (error) {
        log.error({ err: error }, 'a follow-up of the applied run failed');
      }
    }
    return finish(finished!, false);
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
