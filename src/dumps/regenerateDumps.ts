import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import { DUMP_FILES, type DumpInfo } from './DumpFormat.js';
import type { DumpSource } from './DumpSource.js';
import { writeDump } from './writeDump.js';

/** The directory the dumps live in: `<dataDir>/dumps`. */
export function dumpDirectory(dataDir: string): string {
  return join(dataDir, 'dumps');
}

/** Name of the file beside the dumps that says which catalog version they hold. */
export const DUMP_INFO_FILE = 'catalog.dump.json';

/**
 * Writes `catalog.nq.gz` and `catalog.jsonld.gz` (and `catalog.dump.json`) under `<dataDir>/dumps/` from the journal
 * as it is now. Each file is written to a temporary name and renamed into place, so a reader never sees half a dump
 * and a crash leaves the previous one. Call it after every applied harvest (the harvest runner does); the
 * `/dumps/…` routes also call it when the dumps are missing or older than the catalog.
 *
 * Signature for callers: `regenerateDumps({ journal, iris, providers }, dataDir): Promise<DumpInfo>`.
 */
export async function regenerateDumps(source: DumpSource, dataDir: string): Promise<DumpInfo> {
  const directory = dumpDirectory(dataDir);
  await mkdir(directory, { recursive: true });
  const catalogVersion = source.journal.catalogVersion();
  const suffix = `.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  let records = 0;
  for (const format of ['nq', 'jsonld'] as const) {
    const target = join(directory, DUMP_FILES[format]);
    const temporary = target + suffix;
    try {
      const text = new PassThrough();
      const done = pipeline(text, createGzip(), createWriteStream(temporary));
      records = await writeDump(source, format, text);
      text.end();
      await done;
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
  const info: DumpInfo = { catalogVersion, records, generatedAt: new Date().toISOString() };
  await writeFile(join(directory, DUMP_INFO_FILE), JSON.stringify(info));
  return info;
}
