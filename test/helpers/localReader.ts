import { statSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceReader } from '../../harvesters/Harvester.js';

/**
 * A `SourceReader` over local files for tests: plain paths (relative to the working directory, i.e. the project
 * root when tests run) and `file://` URLs. It never touches the network: `http(s)://` locations are rejected with
 * an error. Missing files and directories read as `undefined`; text is decoded as UTF-8 with replacement
 * characters, as the real reader does.
 */
export function localReader(): SourceReader {
  return {
    async readText(location) {
      const bytes = await readLocal(location);
      return bytes && new TextDecoder('utf-8').decode(bytes);
    },
    readBytes: readLocal,
    async listDirectory(location) {
      try {
        return (await readdir(toPath(location))).sort();
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    resolve(base, relative) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(base)) return new URL(relative, base).href;
      if (isAbsolute(relative)) return relative;
      return join(base.endsWith('/') || isDirectory(base) ? base : dirname(base), relative);
    },
  };
}

async function readLocal(location: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(toPath(location)));
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

function toPath(location: string): string {
  if (location.startsWith('file:')) return fileURLToPath(location);
  if (/^[a-z][a-z0-9+.-]*:/i.test(location)) throw new Error(`localReader reads local files only, not ${location}`);
  return location;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

