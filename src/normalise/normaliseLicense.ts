import { IDENTIFIER_BASES } from '../vocab/PROFILES.js';
import { DEPRECATED_SPDX_LICENSE_IDS, SPDX_LICENSE_IDS } from './SPDX_LICENSE_IDS.js';
import { licenseIdFromUrl } from './licenseIdFromUrl.js';

/** Informal names, compared in {@link compact} form, and the SPDX identifier each one means without doubt. */
const INFORMAL_NAMES: Readonly<Record<string, string>> = {
  CC0: 'CC0-1.0', // CC0 only exists as 1.0; Zenodo's legacy id 'cc-zero' ends up here too
  EXPAT: 'MIT',
  NEWBSD: 'BSD-3-Clause', BSDNEW: 'BSD-3-Clause', MODIFIEDBSD: 'BSD-3-Clause', REVISEDBSD: 'BSD-3-Clause',
  SIMPLIFIEDBSD: 'BSD-2-Clause', BSDSIMPLIFIED: 'BSD-2-Clause', FREEBSD: 'BSD-2-Clause',
  ZEROCLAUSEBSD: '0BSD', BSDZEROCLAUSE: '0BSD',
};

/** Words of licence names rewritten to the parts of SPDX identifiers, on upper-case text. */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/^\s*SPDX-LICENSE-IDENTIFIER\s*:/, ''],
  [/^\s*LICEN[CS]ED?(\s+UNDER)?\s*[:=]?/, ''], // 'License: CC BY 4.0' (hpc-intro LICENSE.md title)
  [/\bCREATIVE\s+COMMONS\b/g, 'CC'],
  [/\bCC[\s-]*ZERO\b/g, 'CC0'],
  [/\bATTRIBUTION\b/g, 'BY'],
  [/\bNON[\s-]?COMMERCIAL\b/g, 'NC'],
  [/\bSHARE[\s-]?ALIKE\b/g, 'SA'],
  [/\bNO[\s-]?DERIV(ATIVE)?S?\b/g, 'ND'],
  [/\bAFFERO\s+GENERAL\s+PUBLIC\b/g, 'AGPL'],
  [/\b(LESSER|LIBRARY)\s+GENERAL\s+PUBLIC\b/g, 'LGPL'],
  [/\bGENERAL\s+PUBLIC\b/g, 'GPL'],
  [/\bMOZILLA\s+PUBLIC\b/g, 'MPL'],
  [/\bECLIPSE\s+PUBLIC\b/g, 'EPL'],
  [/\bEUROPEAN\s+UNION\s+PUBLIC\b/g, 'EUPL'],
  [/\bBOOST\s+SOFTWARE\b/g, 'BSL'],
  [/\bOR\s+(ANY\s+)?LATER(\s+VERSION)?\b/g, 'OR-LATER'],
  [/\bPUBLIC\s+DOMAIN\s+DEDICATION(\s+AND\s+WAIVER)?\b/g, ''],
  [/\b(THE|GNU|LICEN[CS]E|VERSION|INTERNATIONAL|UNIVERSAL|UNPORTED|GENERIC)\b/g, ''],
  [/([A-Z\s-]|^)V(?=\d)/g, '$1'], // 'GPLv3', 'CC BY v4.0'
];

/** Upper case without separators: 'CC-BY 4.0', 'cc-by-4.0' and 'CC BY 4.0' all become 'CCBY4.0'. */
function compact(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9.+]/g, '');
}

/** Compact spellings of every known identifier (also without a trailing '.0': 'CCBY4', 'APACHE2', 'GPL3'). */
const BY_COMPACT: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  const add = (spelling: string, id: string): void => {
    for (const key of [compact(spelling), compact(spelling).replace(/(\d)\.0(?=\D|$)/g, '$1')]) {
      if (!table.has(key)) table.set(key, id);
    }
  };
  for (const id of SPDX_LICENSE_IDS) add(id, id);
  for (const [deprecated, id] of Object.entries(DEPRECATED_SPDX_LICENSE_IDS)) add(deprecated, id);
  for (const [name, id] of Object.entries(INFORMAL_NAMES)) add(name, id);
  return table;
})();

function lookup(text: string): string | undefined {
  const direct = BY_COMPACT.get(compact(text));
  if (direct) return direct;
  let rewritten = text.toUpperCase();
  for (const [pattern, replacement] of REWRITES) rewritten = rewritten.replace(pattern, replacement);
  return BY_COMPACT.get(compact(rewritten));
}

/** The whole value, the value without its parentheses, then each parenthesised part ('… (CC BY 4.0)'). */
function candidates(value: string): string[] {
  const inner = [...value.matchAll(/\(([^()]*)\)/g)].map((match) => match[1] ?? '');
  return [value, value.replace(/\([^()]*\)/g, ' '), ...inner];
}

/**
 * Normalises a licence statement to its SPDX licence IRI `https://spdx.org/licenses/<id>` (DESIGN §3).
 *
 * Reads SPDX identifiers in any case and spacing (`CC-BY-4.0`, `cc-by-4.0`, `'CC-BY 4.0'`, `CC BY 4.0`,
 * `cc0-1.0`), licence names (`MIT License`, `Apache 2.0`, `Apache License, Version 2.0`, `Creative Commons
 * Attribution 4.0 International`, `GNU GPLv3`), a `License:` prefix (`License: CC BY 4.0`), Zenodo licence ids
 * (`cc-by-4.0`, `cc-zero`), and licence URLs of SPDX, Creative Commons, OSI, Apache, GNU and choosealicense.com
 * (`https://spdx.org/licenses/Apache-2.0.html`, `http://creativecommons.org/licenses/by-sa/4.0/legalcode`).
 * Deprecated SPDX identifiers map to their replacement (`GPL-3.0` → `GPL-3.0-only`).
 *
 * Returns undefined for anything it cannot map without guessing: unknown or unversioned licences (`CC-BY`,
 * `BSD`), SPDX expressions (`MIT OR Apache-2.0`), other URLs, placeholders. It never invents an identifier
 * outside {@link SPDX_LICENSE_IDS}.
 */
export function normaliseLicense(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 300) return undefined;
  let text = trimmed;
  if (/^https?:\/\//i.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return undefined;
    }
    const fromUrl = licenseIdFromUrl(url);
    if (fromUrl === undefined) return undefined;
    text = fromUrl;
  }
  for (const candidate of candidates(text)) {
    const id = lookup(candidate);
    if (id) return IDENTIFIER_BASES.spdx + id;
  }
  return undefined;
}
