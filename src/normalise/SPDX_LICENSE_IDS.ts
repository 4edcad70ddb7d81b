/** Every Creative Commons 1.0–4.0 licence with its elements (BY, BY-SA, BY-NC, BY-ND, BY-NC-SA, BY-NC-ND). */
const CREATIVE_COMMONS: readonly string[] = ['1.0', '2.0', '2.5', '3.0', '4.0'].flatMap((version) =>
  ['BY', 'BY-SA', 'BY-NC', 'BY-ND', 'BY-NC-SA', 'BY-NC-ND'].map((elements) => `CC-${elements}-${version}`),
);

/**
 * The SPDX License List identifiers (https://spdx.org/licenses/) that training materials and their code use.
 * A curated subset: {@link normaliseLicense} never maps to an identifier outside it, so that no licence IRI is
 * invented. The npm package `spdx-license-ids` holds the full list if it is ever needed.
 */
export const SPDX_LICENSE_IDS: readonly string[] = Object.freeze([
  ...CREATIVE_COMMONS,
  'CC0-1.0', 'CC-PDDC',
  'MIT', 'MIT-0', 'Apache-1.1', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'BSD-4-Clause', '0BSD', 'ISC',
  'Unlicense', 'Zlib', 'BSL-1.0', 'MPL-1.1', 'MPL-2.0', 'EPL-1.0', 'EPL-2.0', 'EUPL-1.1', 'EUPL-1.2',
  'Artistic-2.0', 'Python-2.0', 'PostgreSQL', 'NCSA', 'UPL-1.0', 'WTFPL', 'CECILL-2.1', 'LPPL-1.3c',
  'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0-only', 'GPL-3.0-or-later',
  'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0-only', 'LGPL-3.0-or-later',
  'AGPL-3.0-only', 'AGPL-3.0-or-later', 'GFDL-1.3-only', 'GFDL-1.3-or-later',
  'OFL-1.1', 'ODbL-1.0', 'ODC-By-1.0', 'PDDL-1.0',
]);

/**
 * Deprecated SPDX identifiers and the current identifier the SPDX License List names for each
 * (e.g. `GPL-3.0` is deprecated in favour of `GPL-3.0-only`).
 */
export const DEPRECATED_SPDX_LICENSE_IDS: Readonly<Record<string, string>> = Object.freeze({
  'GPL-2.0': 'GPL-2.0-only', 'GPL-2.0+': 'GPL-2.0-or-later',
  'GPL-3.0': 'GPL-3.0-only', 'GPL-3.0+': 'GPL-3.0-or-later',
  'LGPL-2.1': 'LGPL-2.1-only', 'LGPL-2.1+': 'LGPL-2.1-or-later',
  'LGPL-3.0': 'LGPL-3.0-only', 'LGPL-3.0+': 'LGPL-3.0-or-later',
  'AGPL-3.0': 'AGPL-3.0-only', 'AGPL-3.0+': 'AGPL-3.0-or-later',
  'GFDL-1.3': 'GFDL-1.3-only',
});
