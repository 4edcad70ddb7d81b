import { isPlaceholder } from '../../src/normalise/index.js';
import { stringOf } from './looseValues.js';

/**
 * The lesson programmes of The Carpentries by the code lesson templates use in `carpentry:` (`config.yaml` of the
 * Workbench, `_config.yml` of the styles template, whose comments list "swc", "dc", "lc" and "cp"; community
 * lessons use "incubator" and "lab").
 */
export const CARPENTRY_NAMES: Readonly<Record<string, string>> = Object.freeze({
  swc: 'Software Carpentry',
  dc: 'Data Carpentry',
  lc: 'Library Carpentry',
  cp: 'The Carpentries',
  incubator: 'The Carpentries Incubator',
  lab: 'The Carpentries Lab',
});

/** The lesson programme a lesson belongs to. */
export interface Carpentry {
  /** The code as written, lower-cased: `swc`, `dc`, `lc`, `cp`, `incubator`, `lab`, … */
  code: string;
  /** The programme's name, e.g. "Software Carpentry"; the code itself when it is not a known one. */
  name: string;
  /** Whether the code is one of {@link CARPENTRY_NAMES}. */
  known: boolean;
}

/** The programme named by a `carpentry:` value, or `undefined` when there is none or it is a placeholder (`FIXME`). Pure. */
export function carpentryOf(value: unknown): Carpentry | undefined {
  const code = stringOf(value)?.toLowerCase();
  if (code === undefined || isPlaceholder(code)) return undefined;
  const name = Object.hasOwn(CARPENTRY_NAMES, code) ? CARPENTRY_NAMES[code] : undefined;
  return { code, name: name ?? code, known: name !== undefined };
}
