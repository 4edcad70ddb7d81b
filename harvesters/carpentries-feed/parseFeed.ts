import { describeType } from './entryFields.js';
import { entryLines } from './entryLines.js';
import { FeedFormatError } from './FeedFormatError.js';

/** A feed read as a JSON array: its entries, still unchecked, and the line each starts on. */
export interface ParsedFeed {
  entries: unknown[];
  /** 1-based start line of each entry, same order as `entries`. */
  lines: number[];
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Parses a lesson feed. Bytes are decoded as UTF-8 (RFC 8259 §8.1), a byte-order mark is skipped, and bytes that
 * are not UTF-8 become U+FFFD (the map warns about the entries they land in). Pure.
 *
 * @throws FeedFormatError when the text is not JSON or not a JSON array: the whole source fails.
 */
export function parseFeed(input: Uint8Array | string, location: string): ParsedFeed {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decoder.decode(input);
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedFormatError(`not a JSON lesson feed (${reason})`, location, { cause: error });
  }
  if (!Array.isArray(entries)) {
    throw new FeedFormatError(`expected a JSON array of lesson entries, found ${describeType(entries)}`, location);
  }
  return { entries, lines: entryLines(text) };
}
