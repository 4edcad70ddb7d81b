const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text safe for XML 1.0 element content and attribute values: markup characters escaped, and characters XML 1.0
 * cannot carry at all (XML 1.0 §2.2 `Char`: C0 controls other than tab, newline and carriage return, lone
 * surrogates, U+FFFE, U+FFFF) removed, so that hostile harvested text can never break a document. Pure.
 */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
