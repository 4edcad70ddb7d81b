import type { SourceReader } from '../Harvester.js';
import { readSourceFile } from './readSourceFile.js';

/** The files a lesson reader collects: texts by relative path, and the sizes of those too large to read. */
export interface FileCollector {
  readonly files: Map<string, string>;
  readonly tooLarge: Map<string, number>;
  /** Reads `location` into `path` (see `readSourceFile`); the text, or `undefined` when missing or too large. */
  read(path: string, location: string): Promise<string | undefined>;
}

/** Collects the files of one lesson as a reader reads them, through `readSourceFile`. */
export function fileCollector(reader: SourceReader): FileCollector {
  const files = new Map<string, string>();
  const tooLarge = new Map<string, number>();
  return {
    files,
    tooLarge,
    async read(path, location) {
      const file = await readSourceFile(reader, location);
      if (file === undefined) return undefined;
      if ('tooLarge' in file) {
        tooLarge.set(path, file.tooLarge);
        return undefined;
      }
      files.set(path, file.text);
      return file.text;
    },
  };
}
