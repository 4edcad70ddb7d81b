import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceReader } from '../../harvesters/Harvester.js';
import { FetchError, fetchWithPolicy, type FetchPolicy } from './fetchWithPolicy.js';
import type { RobotsRules } from './RobotsRules.js';

/**
 * The reader the runner lends to harvesters: local paths and `file://` URLs from disk (relative paths against
 * the config directory), `http(s)://` URLs through `fetchWithPolicy` (timeout, retries, size limit,
 * User-Agent, conditional requests, per-host politeness), after asking the site's robots.txt when `robots`
 * is given. Text is decoded as UTF-8 with replacement characters, never failing on bad bytes.
 */
export function createSourceReader(options: { baseDir: string; policy: FetchPolicy; robots?: RobotsRules }): SourceReader {
  const toPath = (location: string): string | undefined => {
    if (location.startsWith('file://')) return fileURLToPath(location);
    if (/^[a-z][a-z0-9+.-]*:/i.test(location)) return undefined;
    return isAbsolute(location) ? location : resolve(options.baseDir, location);
  };
  const readBytes = async (location: string): Promise<Uint8Array | undefined> => {
    const path = toPath(location);
    if (path !== undefined) {
      try {
        return await readFile(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    }
    if (/^https?:\/\//.test(location)) {
      if (options.robots && !(await options.robots.isAllowed(location))) {
        if (options.policy.stats) options.policy.stats.robotsDisallowed++;
        throw new FetchError(`GET ${location}: disallowed by the site's robots.txt`, location);
      }
      return fetchWithPolicy(location, options.policy);
    }
    throw new Error(`cannot read ${location}: only local paths, file:// and http(s):// locations are supported`);
  };
  return {
    readBytes,
    async readText(location) {
      const bytes = await readBytes(location);
      return bytes === undefined ? undefined : new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    },
    async listDirectory(location) {
      const path = toPath(location);
      if (path === undefined) return undefined;
      try {
        if (!(await stat(path)).isDirectory()) return undefined;
        return (await readdir(path)).sort();
      } catch {
        return undefined;
      }
    },
    resolve(base, relative) {
      if (/^https?:\/\//.test(base) || base.startsWith('file://')) return new URL(relative, base.endsWith('/') ? base : `${base}/`).href;
      const path = toPath(base);
      return path === undefined ? `${base}/${relative}` : join(path, relative);
    },
  };
}

