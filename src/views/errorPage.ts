import { html } from './html.js';
import { layout } from './layout.js';

/** A plain error page: status, a title and the (already safe to show) message. */
export function errorPage(catalogTitle: string, status: number, title: string, message: string): string {
  return layout({ title: `${status} ${title}`, catalogTitle, body: html`<h1>${status} ${title}</h1><p>${message}</p>` });
}
