import { parseYaml } from './parseYaml.js';
import { isRecord, stringOf } from './looseValues.js';
import type { WorkbenchLessonFiles } from './WorkbenchLessonFiles.js';

/** The lesson program a Workbench lesson belongs to (`carpentry:` in `config.yaml`). */
export interface Carpentry {
  /** The code as written in `config.yaml`, lower-cased: `swc`, `dc`, `lc`, `cp`, `incubator`, `lab`, … */
  code: string;
  /** The program's name, e.g. "Software Carpentry"; the code itself when it is not a known one. */
  name: string;
}

/** Known `carpentry:` codes (sandpaper's config template and the Carpentries' lesson programs). */
export const CARPENTRY_NAMES: Readonly<Record<string, string>> = Object.freeze({
  swc: 'Software Carpentry',
  dc: 'Data Carpentry',
  lc: 'Library Carpentry',
  cp: 'The Carpentries',
  incubator: 'The Carpentries Incubator',
  lab: 'The Carpentries Lab',
});

/** The program named by a `carpentry:` value, or `undefined` when there is none. */
export function carpentryFromCode(value: unknown): Carpentry | undefined {
  const code = stringOf(value)?.toLowerCase();
  if (code === undefined) return undefined;
  return { code, name: CARPENTRY_NAMES[code] ?? code };
}

/**
 * The lesson program of a Workbench lesson, for the harvest runner (e.g. to pick or check the provider).
 * `undefined` when `config.yaml` is missing, malformed or has no `carpentry:`; never throws.
 */
export function carpentryOf(lesson: WorkbenchLessonFiles): Carpentry | undefined {
  const text = lesson.files.get('config.yaml');
  if (text === undefined) return undefined;
  try {
    const config = parseYaml(text, 'config.yaml');
    return isRecord(config) ? carpentryFromCode(config.carpentry) : undefined;
  } catch {
    return undefined;
  }
}
