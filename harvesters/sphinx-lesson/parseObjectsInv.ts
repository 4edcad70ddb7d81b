import { inflateSync } from 'node:zlib';
import { ItemError } from '../../src/model/ItemError.js';
import type { InventoryEntry, SphinxInventory } from './SphinxInventory.js';

/** Largest decompressed inventory accepted (a lesson's is a few kB): guards against zlib bombs. */
const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

/** The line grammar Sphinx itself uses (`sphinx.util.inventory`): name, domain:role, priority, uri, display name. */
const ENTRY = /^(.+?)\s+(\S+:\S+)\s+(-?\d+)\s+?(\S*)\s+(.*)$/;

/**
 * Parses a Sphinx inventory version 2 (`objects.inv`): four `#` header lines (`# Sphinx inventory version 2`,
 * `# Project: …`, `# Version: …`, `# The remainder of this file is compressed using zlib.`), then a zlib stream
 * of lines `name domain:role priority uri dispname`. A `$` at the end of `uri` stands for the name and a
 * `dispname` of `-` means the name itself. Lines that do not parse are skipped.
 *
 * @throws ItemError at `location` when the header is not a version 2 inventory or the stream does not inflate
 * (a truncated file).
 */
export function parseObjectsInv(bytes: Uint8Array, location: string): SphinxInventory {
  const header: string[] = [];
  let offset = 0;
  while (header.length < 4) {
    const end = bytes.indexOf(0x0a, offset);
    if (end < 0 || end - offset > 4096) throw new ItemError('not a Sphinx inventory: header ends early', location, header.length + 1);
    header.push(new TextDecoder().decode(bytes.subarray(offset, end)).replace(/\r$/, ''));
    offset = end + 1;
  }
  if (header[0] !== '# Sphinx inventory version 2') {
    throw new ItemError(`not a Sphinx inventory version 2: "${(header[0] ?? '').slice(0, 60)}"`, location, 1);
  }
  if (!/zlib/.test(header[3] ?? '')) throw new ItemError('inventory body is not marked as zlib-compressed', location, 4);

  let body: string;
  try {
    body = new TextDecoder().decode(inflateSync(bytes.subarray(offset), { maxOutputLength: MAX_INFLATED_BYTES }));
  } catch (cause) {
    throw new ItemError(`cannot decompress inventory: ${cause instanceof Error ? cause.message : String(cause)}`, location, 5, { cause });
  }
  const inventory: SphinxInventory = { entries: body.split('\n').flatMap(entryOf) };
  const project = headerValue(header[1], 'Project');
  const version = headerValue(header[2], 'Version');
  if (project) inventory.project = project;
  if (version) inventory.version = version;
  return inventory;
}

function entryOf(line: string): InventoryEntry[] {
  const match = ENTRY.exec(line.replace(/\r$/, ''));
  if (!match) return [];
  const [, name = '', type = '', priority = '0', rawUri = '', rawDisplay = ''] = match;
  const uri = rawUri.endsWith('$') ? rawUri.slice(0, -1) + name : rawUri;
  return [{ name, type, priority: Number(priority), uri, displayName: rawDisplay === '-' ? name : rawDisplay }];
}

function headerValue(line: string | undefined, key: string): string | undefined {
  const match = new RegExp(`^# ${key}:\\s?(.*)$`).exec(line ?? '');
  const value = match?.[1]?.trim();
  return value === undefined || value === '' ? undefined : value;
}
