import type { SourceReader } from '../Harvester.js';
import { MAX_SOURCE_FILE_SIZE } from './sourceFileSize.js';

/** A lesson source file as read: its text, or only its size when it is too large to be parsed. */
export type SourceFile = { text: string } | { tooLarge: number };

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Reads one lesson source file through the harvest's `SourceReader` (the I/O side of the lesson harvesters).
 * Bytes are decoded as UTF-8 with replacement characters (U+FFFD) and without a byte order mark, so a
 * mis-encoded file never stops a harvest. A file over {@link MAX_SOURCE_FILE_SIZE} bytes is not decoded: only its
 * size is returned, for the map to report. `undefined` when the file does not exist.
 */
export async function readSourceFile(reader: SourceReader, location: string): Promise<SourceFile | undefined> {
  const bytes = await reader.readBytes(location);
  if (bytes === undefined) return undefined;
  if (bytes.byteLength > MAX_SOURCE_FILE_SIZE) return { tooLarge: bytes.byteLength };
  return { text: decoder.decode(bytes) };
}
