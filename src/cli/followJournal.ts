import type { Logger } from 'pino';
import type { Catalog } from './openCatalog.js';

/**
 * Keeps a server's graph index in step with harvests applied by other processes (`faircat harvest` from cron
 * while `faircat serve` runs): every `intervalMs` it compares the journal's catalog version with the one the
 * index was last loaded at, and reloads the index from the journal when another process changed it. Runs of
 * this server update the index themselves; they only move the version it compares with. Returns a stop function.
 */
export function followJournal(catalog: Catalog, logger: Logger, options: { intervalMs: number; isHarvesting: () => boolean }): () => void {
  let seen = catalog.journal.catalogVersion();
  let reloading = false;
  const timer = setInterval(() => {
    if (reloading) return;
    const version = catalog.journal.catalogVersion();
    if (version === seen) return;
    if (options.isHarvesting()) {
      seen = version; // this server's own run: it brings the index in step itself
      return;
    }
    reloading = true;
    logger.info({ from: seen, to: version }, 'the journal changed outside this server: reloading the graph index');
    catalog.reloadGraph().then(
      () => {
        seen = version;
        reloading = false;
      },
      (error: unknown) => {
        reloading = false;
        logger.error({ err: error }, 'reloading the graph index failed; retrying at the next check');
      },
    );
  }, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
