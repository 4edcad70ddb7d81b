import type { HarvestRunReport } from './HarvestRunReport.js';

/**
 * How a source is doing, from its last finished run (DESIGN §1: "alerts for broken or suspicious sources"):
 * `healthy` (applied), `suspicious` (read but not applied: zero records or too many missing), `failing`
 * (could not be read, or its process died), `never-run`, or `disabled` in the config.
 */
export type SourceHealth = 'healthy' | 'suspicious' | 'failing' | 'never-run' | 'disabled';

/** The health of a source from its config flag and its last finished (not running, not dry) run. Pure. */
export function sourceHealth(enabled: boolean, lastRun: Pick<HarvestRunReport, 'status'> | undefined): SourceHealth {
  if (!enabled) return 'disabled';
  if (lastRun === undefined) return 'never-run';
  if (lastRun.status === 'applied') return 'healthy';
  if (lastRun.status === 'suspicious') return 'suspicious';
  return 'failing';
}
