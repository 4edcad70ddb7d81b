/** Only http(s) links are rendered as links; anything else (javascript:, data:) becomes inert. */
export function safeHref(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}
