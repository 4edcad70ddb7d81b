import { Router } from 'express';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppContext } from '../AppContext.js';
import { sourceStatuses, type SourceStatus } from '../../journal/sourceStatuses.js';
import type { SourceHealth } from '../../model/SourceHealth.js';

const HEALTH: readonly SourceHealth[] = ['healthy', 'suspicious', 'failing', 'never-run', 'disabled'];

/**
 * `GET /metrics` (DESIGN §4): Prometheus text exposition (prom-client, a registry of this app's own). Harvest
 * metrics are read from the journal at scrape time, so they cover runs made by any process (`faircat harvest`
 * from cron as well as the server's schedules) and survive restarts: per source the last success and last run
 * time, records, runs and failures by status, failures in a row, the last run's duration and counts, health
 * (one series per state, 1 for the current one) and whether a run holds its lock; catalog size and version;
 * and Node's process metrics.
 */
export function metricsRoute(context: AppContext): Router {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'faircat_' });
  let snapshot: SourceStatus[] = [];
  const perSource = (name: string, help: string, value: (s: SourceStatus) => number | undefined): void => {
    new Gauge({
      name, help, labelNames: ['source'], registers: [registry],
      collect() {
        this.reset();
        for (const status of snapshot) {
          const v = value(status);
          if (v !== undefined) this.set({ source: status.id }, v);
        }
      },
    });
  };
  const seconds = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : Date.parse(iso) / 1000);

  new Gauge({
    name: 'faircat_catalog_materials', help: 'Active records in the catalog.', registers: [registry],
    collect() {
      this.set(context.journal.countActive());
    },
  });
  new Gauge({ name: 'faircat_catalog_version', help: 'Catalog version: increases with every applied change.', registers: [registry], collect() { this.set(context.journal.catalogVersion()); } });
  perSource('faircat_source_last_success_timestamp_seconds', 'When the last applied run of the source finished (Unix time).', (s) => seconds(s.lastSuccess?.finishedAt));
  perSource('faircat_source_last_run_timestamp_seconds', 'When the last finished run of the source (applied or not) finished (Unix time).', (s) => seconds(s.lastRun?.finishedAt));
  perSource('faircat_source_last_run_duration_seconds', 'How long the last finished run of the source took.', (s) => (s.lastRun ? s.lastRun.durationMs / 1000 : undefined));
  perSource('faircat_source_records', 'Active records the source contributes to.', (s) => s.records);
  perSource('faircat_source_consecutive_failures', 'Finished runs since the last applied one that were not applied (failed, suspicious, interrupted).', (s) => s.consecutiveFailures);
  perSource('faircat_source_running', '1 while a run of the source holds its lock.', (s) => (s.lock ? 1 : 0));
  perSource('faircat_source_last_run_invalid', 'Items of the last finished run that failed the Bioschemas minimum.', (s) => s.lastRun?.counts.invalid);
  perSource('faircat_source_last_run_errors', 'Items of the last finished run that could not be read or mapped.', (s) => s.lastRun?.counts.errors);
  new Gauge({
    name: 'faircat_source_health', help: 'Health of the source: 1 for its current state (healthy, suspicious, failing, never-run, disabled), 0 for the others.',
    labelNames: ['source', 'health'], registers: [registry],
    collect() {
      this.reset();
      for (const status of snapshot) for (const health of HEALTH) this.set({ source: status.id, health }, status.health === health ? 1 : 0);
    },
  });
  new Counter({
    name: 'faircat_source_runs_total', help: 'Finished runs of the source by status (applied, failed, suspicious, interrupted).',
    labelNames: ['source', 'status'], registers: [registry],
    collect() {
      this.reset();
      for (const status of snapshot) {
        for (const [state, n] of Object.entries(status.runs)) if (state !== 'running' && state !== 'dry-run') this.inc({ source: status.id, status: state }, n ?? 0);
      }
    },
  });
  new Counter({
    name: 'faircat_source_failures_total', help: 'Runs of the source that were not applied (failed, suspicious or interrupted).',
    labelNames: ['source'], registers: [registry],
    collect() {
      this.reset();
      for (const status of snapshot) this.inc({ source: status.id }, (status.runs.failed ?? 0) + (status.runs.suspicious ?? 0) + (status.runs.interrupted ?? 0));
    },
  });
  new Counter({
    name: 'faircat_source_run_duration_seconds_total', help: 'Time spent in finished runs of the source.',
    labelNames: ['source'], registers: [registry],
    collect() {
      this.reset();
      const rows = context.journal.db.prepare("SELECT source_id, sum(json_extract(report_json, '$.durationMs')) FROM harvest_runs WHERE status NOT IN ('running', 'dry-run') GROUP BY source_id").raw().all() as [string, number][];
      for (const [source, ms] of rows) this.inc({ source }, ms / 1000);
    },
  });

  const router = Router();
  router.get('/metrics', async (_req, res) => {
    snapshot = sourceStatuses(context.journal, context.config.sources); // one journal read per scrape
    const body = await registry.metrics();
    res.type(registry.contentType).set('Cache-Control', 'no-store').send(body);
  });
  return router;
}
