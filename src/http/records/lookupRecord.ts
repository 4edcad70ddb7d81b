import type { StoredRecord } from '../../journal/StoredRecord.js';
import type { AppContext } from '../AppContext.js';
import { NotFound } from '../errors/NotFound.js';

/**
 * The stored record behind an id in a URL, whatever its status (active, withdrawn, merged). An id that was
 * never minted, or whose record was never written (a placeholder of a run that did not apply), was never
 * published: `404 Not Found`. Every id ever published resolves (DESIGN §3).
 */
export function lookupRecord(context: AppContext, id: string): StoredRecord {
  const stored = context.journal.get(id);
  if (!stored || stored.hash === '') throw new NotFound(`There is no material ${id} in this catalog.`);
  return stored;
}
