import type { z } from 'zod';
import type { Logger } from 'pino';
import type { HarvestedMaterial } from '../src/model/HarvestedMaterial.js';
import type { ItemError } from '../src/model/ItemError.js';

/**
 * The one contract every harvester kind fills in (DESIGN §2, STYLE principle 3): a folder under
 * `harvesters/<kind>/` exports one `Harvester`, with its fetch side (I/O through the context's reader) and a
 * pure map from raw documents to materials. A harvester never touches storage or HTTP serving.
 */
export interface Harvester<Options = unknown> {
  /** The kind name used in the config (`kind:`) and by `faircat map <kind>`. */
  readonly kind: string;
  /** One line on what it reads, for `--help` and docs. */
  readonly summary: string;
  /** Validates and defaults the `options` of a source of this kind. */
  readonly options: z.ZodType<Options>;
  /** Options that read exactly one location (a local directory, file or URL): used by `faircat map`. */
  optionsFor(location: string): Options;
  /**
   * Reads the source and yields each material it finds, or an `ItemError` for each item that could not be
   * read or mapped. Throws only when the source as a whole cannot be read (the run then fails).
   */
  harvest(options: Options, context: HarvestContext): AsyncIterable<HarvestedMaterial | ItemError>;
}

/** What the harvest runner lends a harvester: a reader for URLs and files, a logger and a cancel signal. */
export interface HarvestContext {
  readonly sourceId: string;
  readonly reader: SourceReader;
  readonly logger: Logger;
  readonly signal: AbortSignal;
  /** The state of an incremental source, kept across runs; absent where nothing is kept (`faircat map`). */
  readonly incremental?: IncrementalState;
}

/**
 * What an incremental harvester keeps between runs (e.g. how far into another FAIRCat's `/changes` it has read)
 * and how it says what left the source. The runner keeps it per source and saves it in the transaction that
 * applies the run: a run that is not applied leaves the position where it was.
 */
export interface IncrementalState {
  /** Where the last applied run ended, or `undefined` before the first. */
  readonly position: string | undefined;
  /**
   * Records where this run ends. `partial: true` says the run yields only what changed since `position`: records
   * it does not yield are not missing (DESIGN §6 absence counting does not apply), and what left the source is
   * reported with `withdraw`.
   */
  advance(position: string, options: { partial: boolean }): void;
  /**
   * Says that the material read from `location` in an earlier run is gone from the source (e.g. a `Delete`
   * activity): its contribution is dropped at once, and the record withdrawn when no other source describes it.
   */
  withdraw(location: string, reason: string): void;
}

/**
 * Reads documents by location: an `http(s)://` URL (polite, cached, size-limited HTTP), a `file://` URL, or a
 * local path (relative paths are resolved against the directory of the config file).
 */
export interface SourceReader {
  /** The text at `location`, or `undefined` when it does not exist (HTTP 404/410, missing file). */
  readText(location: string): Promise<string | undefined>;
  /** The bytes at `location`, or `undefined` when it does not exist. */
  readBytes(location: string): Promise<Uint8Array | undefined>;
  /** Names of the entries of a local directory (sorted), or `undefined` when it is not a local directory. */
  listDirectory(location: string): Promise<string[] | undefined>;
  /** Joins a relative path onto a location of either form. */
  resolve(base: string, relative: string): string;
}
