/** One link of a parsed `Link` header or `application/linkset` document. */
export interface ParsedLink {
  href: string;
  rel: string;
  [attribute: string]: string;
}

/** Parses RFC 8288 link-values (targets in `<…>`, `;`-separated quoted attributes, `,` between links). */
export function parseLinkHeader(value: string): ParsedLink[] {
  const links: ParsedLink[] = [];
  const pattern = /<([^>]*)>((?:\s*;\s*[a-zA-Z*-]+="[^"]*")*)\s*(?:,|$)/gy;
  const text = value.replace(/\n/g, ' ').trim();
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const link: ParsedLink = { href: match[1]!, rel: '' };
    for (const attribute of match[2]!.matchAll(/([a-zA-Z*-]+)="([^"]*)"/g)) link[attribute[1]!] = attribute[2]!;
    links.push(link);
    while (text[pattern.lastIndex] === ' ') pattern.lastIndex++;
    if (pattern.lastIndex >= text.length) break;
  }
  if (links.length === 0 && text !== '') throw new Error(`not a Link header: ${text.slice(0, 80)}`);
  return links;
}
