import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { DumpInfo } from './DumpFormat.js';
import type { DumpSource } from './DumpSource.js';
import { DUMP_INFO_FILE, dumpDirectory, regenerateDumps } from './regenerateDumps.js';

/**
 * Keeps the dumps current for the `/dumps/…` routes: `current()` regenerates them when they are missing or were
 * written from an older catalog version (e.g. when no runner hook ran), one regeneration at a time however many
 * requests wait for it.
 */
export class DumpService {
  private pending: Promise<DumpInfo> | undefined;

  constructor(
    private readonly source: DumpSource,
    private readonly dataDir: string,
    private readonly logger: Logger,
  ) {}

  /** The directory the dump files are in. */
  get directory(): string {
    return dumpDirectory(this.dataDir);
  }

  /**
   * The dumps' info once they match the journal's current catalog version: waits for a regeneration under way, and
   * starts one (or another, when the catalog changed while one ran) until the dumps are current.
   */
  async current(): Promise<DumpInfo> {
    for (;;) {
      const info = await this.readInfo();
      if (info?.catalogVersion === this.source.journal.catalogVersion()) return info;
      if (this.pending) {
        await this.pending.catch(() => undefined);
        continue;
      }
      this.pending = regenerateDumps(this.source, this.dataDir).finally(() => {
        this.pending = undefined;
      });
      const written = await this.pending;
      this.logger.info({ records: written.records, catalogVersion: written.catalogVersion }, 'dumps regenerated');
      if (written.catalogVersion === this.source.journal.catalogVersion()) return written;
    }
  }

  private async readInfo(): Promise<DumpInfo | undefined> {
    try {
      return JSON.parse(await readFile(join(this.directory, DUMP_INFO_FILE), 'utf8')) as DumpInfo;
    } catch {
      return undefined;
    }
  }
}
