import type { SourceReader } from '../../../../harvesters/Harvester.js';

/** A `SourceReader` over in-memory documents by URL, recording every location asked for. */
export function fakeReader(documents: Record<string, string | Uint8Array>): SourceReader & { requested: string[] } {
  const requested: string[] = [];
  const get = (location: string): string | Uint8Array | undefined => {
    requested.push(location);
    return documents[location];
  };
  return {
    requested,
    async readText(location) {
      const document = get(location);
      return typeof document === 'string' || document === undefined ? document : new TextDecoder().decode(document);
    },
    async readBytes(location) {
      const document = get(location);
      return typeof document === 'string' ? new TextEncoder().encode(document) : document;
    },
    async listDirectory() {
      return undefined;
    },
    resolve: (base, relative) => new URL(relative, base).href,
  };
}
