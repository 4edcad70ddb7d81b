import type { RunProgress } from '../harvest/HarvestRunner.js';

const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';

/**
 * One line of harvest progress for a terminal: the source, what it is doing, items read (with a rate), invalid
 * and failed items, and elapsed time. Harvesters stream their items, so there is no total to show a bar of;
 * the spinner and the rate say that it moves. Pure.
 */
export function formatProgress(progress: RunProgress, elapsedMs: number, tick: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(progress.read / seconds) : 0;
  const phase = progress.phase === 'reading' ? `${SPINNER[tick % SPINNER.length]} reading` : progress.phase === 'applying' ? '… applying' : '✓ done';
  return `${progress.sourceId}: ${phase} · ${progress.read} read (${rate}/s) · ${progress.invalid} invalid · ${progress.errors} errors · ${seconds.toFixed(1)} s`;
}
