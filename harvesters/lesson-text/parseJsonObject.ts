import { ItemError } from '../../src/model/ItemError.js';
import { describeType, isRecord } from './looseValues.js';

/**
 * Parses a JSON document that must be an object (`.zenodo.json`, `conf.facts.json`), RFC 8259.
 *
 * @throws ItemError at `location` when the text is not JSON (a truncated download, an HTML error page) or not
 * an object; `what` names what was expected (`a Zenodo metadata object`).
 */
export function parseJsonObject(text: string, location: string, what: string): Record<string, unknown> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (cause) {
    throw new ItemError(`malformed JSON: ${cause instanceof Error ? cause.message : String(cause)}`, location, undefined, { cause });
  }
  if (!isRecord(document)) throw new ItemError(`expected ${what}, found ${describeType(document)}`, location);
  return document;
}
