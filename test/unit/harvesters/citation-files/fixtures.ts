import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The citation-files fixtures directory (tests run from the project root). */
export const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'citation-files');

/** The text of one fixture, e.g. `fixture('shell-novice/.zenodo.json')`. */
export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}
