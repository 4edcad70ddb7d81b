/** Second-level domains reserved for documentation (RFC 2606 §3, RFC 6761 §6.5). */
const EXAMPLE_DOMAINS: readonly string[] = ['example.com', 'example.net', 'example.org'];

/** Top-level domains reserved for tests and documentation (RFC 2606 §2). */
const RESERVED_TLDS: readonly string[] = ['example', 'invalid', 'test'];

/**
 * Tells whether a URL is on a domain reserved for examples (`example.com`, `example.org`, `example.net`,
 * `*.example`, `*.invalid`, `*.test`), such as the `sdo:url` of the TeSS test records. Such a URL is a
 * placeholder in harvested data, but {@link normaliseUrl} keeps it, because tests and fixtures use it; the
 * validator and FAIR checks flag it. Unparseable values are not example URLs.
 */
export function isExampleUrl(value: string): boolean {
  let host: string;
  try {
    host = new URL(value.trim()).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  const domain = labels.slice(-2).join('.');
  return EXAMPLE_DOMAINS.includes(domain) || (labels.length > 1 && RESERVED_TLDS.includes(tld));
}
