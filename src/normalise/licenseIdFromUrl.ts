/**
 * Reads the licence a well-known licence URL points to, as an identifier-like string for
 * {@link normaliseLicense} to look up: `https://spdx.org/licenses/CC-BY-4.0.html` → `CC-BY-4.0`,
 * `http://creativecommons.org/licenses/by-sa/4.0/legalcode` → `CC-BY-SA-4.0`,
 * `https://creativecommons.org/publicdomain/zero/1.0/` → `CC0-1.0`, `https://opensource.org/license/apache-2-0`
 * → `apache-2.0`, `https://www.apache.org/licenses/LICENSE-2.0` → `Apache-2.0`,
 * `https://www.gnu.org/licenses/gpl-3.0.html` → `gpl-3.0`. Undefined for any other URL (a repository's
 * LICENSE file says nothing we can read without fetching it).
 */
export function licenseIdFromUrl(url: URL): string | undefined {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const [first, second, third, fourth] = segments;
  const last = segments.at(-1);
  switch (host) {
    case 'spdx.org':
      return first === 'licenses' && second ? stripExtension(second) : undefined;
    case 'creativecommons.org':
      if (first === 'publicdomain' && second === 'zero' && third) return `CC0-${third}`;
      if (first !== 'licenses' || !second || !third) return undefined;
      // A jurisdiction port such as /licenses/by/3.0/us/ is a different licence (CC-BY-3.0-US).
      if (fourth && /^([a-z]{2}|igo)$/i.test(fourth)) return `CC-${second}-${third}-${fourth}`;
      return `CC-${second}-${third}`;
    case 'opensource.org':
      // Old form /licenses/MIT, /licenses/mit-license.php; new form /license/apache-2-0
      if ((first !== 'licenses' && first !== 'license') || !second) return undefined;
      return stripExtension(second).replace(/-(\d+)-(\d+)$/, '-$1.$2');
    case 'apache.org':
      return first === 'licenses' && second && /^LICENSE-2\.0(\.html|\.txt)?$/i.test(second) ? 'Apache-2.0' : undefined;
    case 'gnu.org':
      return first === 'licenses' && last ? stripExtension(last.replace(/\.en\.html$/, '')) : undefined;
    case 'choosealicense.com':
      return first === 'licenses' && second ? second : undefined;
    default:
      return undefined;
  }
}

function stripExtension(segment: string): string {
  return segment.replace(/\.(html?|json|txt|php|jsonld|rdf)$/i, '');
}
