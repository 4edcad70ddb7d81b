import type { Config } from './configSchema.js';

/** A validated config with every derived value filled in: what the rest of the program receives. */
export interface ResolvedConfig extends Config {
  /** Absolute path of the config file it was read from. */
  readonly configPath: string;
  /** Directory of the config file: relative source paths are resolved against it. */
  readonly configDir: string;
  /** Absolute data directory. */
  readonly dataDir: string;
  /** Public base URL, ending in `/`. */
  readonly baseUrl: string;
  /** Base of persistent identifiers, ending in `/`. */
  readonly pidBase: string;
}
