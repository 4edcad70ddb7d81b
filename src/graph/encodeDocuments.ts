/**
 * N-Quads documents encoded once in UTF-8 in shared memory, so that every worker reads the same bytes instead
 * of receiving its own copy of the strings (100k records are ~0.35 GB of text).
 */
export interface EncodedDocuments {
  /** The documents back to back, in a `SharedArrayBuffer`. */
  bytes: Uint8Array;
  /** Where each document ends in `bytes`; document `i` starts where document `i - 1` ends. */
  ends: readonly number[];
}

/** Encodes N-Quads documents into one shared UTF-8 buffer (see {@link EncodedDocuments}). */
export function encodeDocuments(documents: readonly string[]): EncodedDocuments {
  const ends: number[] = [];
  let total = 0;
  for (const document of documents) {
    total += Buffer.byteLength(document, 'utf8');
    ends.push(total);
  }
  const buffer = Buffer.from(new SharedArrayBuffer(total));
  let offset = 0;
  for (const document of documents) offset += buffer.write(document, offset, 'utf8');
  return { bytes: new Uint8Array(buffer.buffer, 0, total), ends };
}

/** Document `index` of an {@link EncodedDocuments}, as a view on the shared bytes. */
export function encodedDocument(documents: EncodedDocuments, index: number): Uint8Array {
  const start = index === 0 ? 0 : (documents.ends[index - 1] ?? 0);
  const end = documents.ends[index] ?? start;
  return documents.bytes.subarray(start, end);
}
