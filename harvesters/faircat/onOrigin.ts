/**
 * A link another FAIRCat served, moved onto the base URL this source was configured with: its path and query kept,
 * its scheme, host and port replaced. A FAIRCat writes links with its public base URL, which may not be the address
 * this catalog reaches it at (a proxy, a loopback test); a source also never follows a link to another host. Pure.
 */
export function onOrigin(link: string, origin: string): string {
  const target = new URL(link, origin);
  const base = new URL(origin);
  return new URL(`${target.pathname}${target.search}`, base.origin).href;
}

/** The base URL with exactly one trailing slash. */
export function originBase(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
