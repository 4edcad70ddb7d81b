import { recordReader } from '../../journal/recordReader.js';
import type { StoredRecordHead } from '../../journal/StoredRecordHead.js';
import type { AppContext } from '../AppContext.js';
import { NotFound } from '../errors/NotFound.js';

/**
 * The stored record behind an id in a URL, whatever its status (active, withdrawn, merged). An id that was
 * never minted, or whose record was never written (a placeholder of a run that did not apply), was never
 * published: `404 Not Found`. Every id ever published resolves (DESIGN §3). Read without the record's N-Quads
 * (`recordReader`): the RDF representations read them when they need them.
 */
export function lookupRecord(context: AppContext, id: string): StoredRecordHead {
  const stored = recordReader(context.journal).head(id);
  if (!stored || stored.hash === '') throw new NotFound(`There is no material ${id} in this catalog.`);
  return stored;
}
