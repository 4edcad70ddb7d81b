import { html, type SafeHtml } from './html.js';

/** `<link>` elements for the head of a page: FAIR Signposting in HTML (signposting.org/FAIR, "HTML link"). */
export function signpostingLinks(links: readonly { href: string; rel: string; type?: string; profile?: string }[]): SafeHtml {
  return html`${links.map((l) => html`<link rel="${l.rel}" href="${l.href}"${l.type ? html` type="${l.type}"` : ''}${l.profile ? html` profile="${l.profile}"` : ''}>\n`)}`;
}
