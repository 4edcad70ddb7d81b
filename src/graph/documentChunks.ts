/** A run of consecutive documents, sent to a worker in one message. */
export interface DocumentChunk {
  /** Index of the chunk's first document in the whole list. */
  offset: number;
  documents: readonly string[];
}

/**
 * Cuts a list of documents into runs of about `maxChars` characters (a document longer than that is a run of
 * its own). Posting one message copies its strings synchronously on the main thread (~0.4–1 s for 100k
 * records at once); in runs of ~4 MB, with a turn of the event loop between them, it never stalls for long.
 * Always yields at least one run, possibly empty, so that loading nothing still clears the store.
 */
export function* documentChunks(documents: readonly string[], maxChars: number): Generator<DocumentChunk> {
  let offset = 0;
  let chars = 0;
  for (let index = 0; index < documents.length; index++) {
    const length = documents[index]?.length ?? 0;
    if (index > offset && chars + length > maxChars) {
      yield { offset, documents: documents.slice(offset, index) };
      offset = index;
      chars = 0;
    }
    chars += length;
  }
  if (offset < documents.length || documents.length === 0) yield { offset, documents: documents.slice(offset) };
}
