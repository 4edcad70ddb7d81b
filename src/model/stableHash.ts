import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level, so that equal values always give equal text. The same text as
 * `JSON.stringify` with a key-sorting replacer (undefined members dropped, `toJSON` honoured, non-finite
 * numbers as `null`), written directly: it hashes every harvested material and record, so it is on the hot path.
 */
export function stableStringify(value: unknown): string {
  return write(value) as string; // undefined for undefined, as JSON.stringify
}

/** SHA-256 (hex) of the stable JSON of a value: equal for equal content whatever the key order. */
export function stableHash(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex');
}

function write(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      const withJson = value as { toJSON?: () => unknown };
      if (typeof withJson.toJSON === 'function') return write(withJson.toJSON());
      if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
      const record = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const key of sortedKeys(record)) {
        // The reference rebuilds each object by assignment, which turns a "__proto__" member into a prototype.
        if (key === '__proto__') continue;
        const text = write(record[key]);
        if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
      }
      return `{${parts.join(',')}}`;
    }
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      return undefined;
  }
}

/**
 * Keys in the order the reference (`JSON.stringify` of an object rebuilt with sorted keys) writes them: JavaScript
 * enumerates array-index keys first, in numeric order, then the other keys in (sorted) insertion order.
 */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record).sort();
  const indices = keys.filter(isArrayIndex);
  if (indices.length === 0) return keys;
  return [...indices.sort((a, b) => Number(a) - Number(b)), ...keys.filter((key) => !isArrayIndex(key))];
}

function isArrayIndex(key: string): boolean {
  return /^(0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}
