/**
 * The endpoint a request URL addresses, for comparison with the allow-list: the URL without its query string
 * and fragment (SPARQL 1.1 Protocol §2.1 puts the query in the query string), normalised by the WHATWG URL
 * parser (lower-case scheme and host, default port dropped). `undefined` for a URL that cannot be parsed. Pure.
 */
export function endpointKey(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}
