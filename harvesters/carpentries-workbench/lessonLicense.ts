import { isPlaceholder, normaliseLicense } from '../../src/normalise/index.js';
import { quoted } from '../lesson-text/index.js';

/** One place a lesson may state its licence, in order of precedence. */
export interface LicenseStatement {
  /** The raw value, when the source has one. */
  value?: string;
  /** Where it was read, for warnings (`config.yaml license`). */
  where: string;
}

/**
 * The SPDX licence IRI of a lesson: the first statement that maps to an SPDX identifier (`config.yaml`
 * `license: 'CC-BY 4.0'` → `https://spdx.org/licenses/CC-BY-4.0`). A statement that is present but cannot be
 * mapped gives a warning and the next one is tried (`CITATION.cff`, `.zenodo.json` `license.id`, the `LICENSE.md`
 * front-matter title such as "License: CC BY 4.0").
 */
export function lessonLicense(statements: readonly LicenseStatement[], warnings: string[]): string | undefined {
  for (const { value, where } of statements) {
    if (value === undefined) continue;
    if (isPlaceholder(value)) {
      warnings.push(`${where}: dropped placeholder licence ${quoted(value)}`);
      continue;
    }
    const license = normaliseLicense(value);
    if (license !== undefined) return license;
    warnings.push(`${where}: ${quoted(value)} is not a licence FAIRCat can map to SPDX`);
  }
  return undefined;
}
