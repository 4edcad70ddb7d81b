import type { SourceReader } from '../../harvesters/Harvester.js';

/**
 * A `SourceReader` over in-memory documents by URL, for the GitHub and site forms of lesson locations: never the
 * network. Records every location asked for (`asked`); a location in `failing` fails as a server error would.
 */
export function memoryReader(documents: Record<string, string | Uint8Array>, failing: readonly string[] = []): SourceReader & { asked: string[] } {
  const asked: string[] = [];
  const bytesOf = (location: string): Uint8Array | undefined => {
    const document = documents[location];
    return typeof document === 'string' ? new TextEncoder().encode(document) : document;
  };
  return {
    asked,
    readText: async (location) => {
      const bytes = bytesOf(location);
      return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
    },
    readBytes: async (location) => {
      asked.push(location);
      if (failing.includes(location)) throw new Error(`GET ${location}: HTTP 503`);
      return bytesOf(location);
    },
    listDirectory: async () => undefined,
    resolve: (base, relative) => new URL(relative, base).href,
  };
}
