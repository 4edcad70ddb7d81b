const OPEN = Buffer.from('{');

/**
 * A stored compacted JSON-LD document, as UTF-8 bytes, without its `@context` member, as chunks to send in a row:
 * the record node as a feed item embeds it (the feed page carries the context once). The harvest stores documents
 * as `JSON.stringify` writes them, with `@context` first (`materialToJsonLd`), so this is normally a cut of the
 * bytes (no copy); any other shape is parsed and written again, giving the bytes `JSON.stringify` would. Pure.
 */
export function withoutContext(jsonld: Buffer, contextUrl: string): Buffer[] {
  const prefix = Buffer.from(`{"@context":${JSON.stringify(contextUrl)},`);
  if (jsonld.length > prefix.length && jsonld.subarray(0, prefix.length).equals(prefix)) return [OPEN, jsonld.subarray(prefix.length)];
  const { '@context': _context, ...node } = JSON.parse(jsonld.toString('utf8')) as Record<string, unknown>;
  return [Buffer.from(JSON.stringify(node))];
}
