const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text safe for XML 1.0 content and attribute values (markup escaped; characters XML 1.0 §2.2 cannot carry,
 * such as most C0 controls, removed). Kept here so that `src/sparql` does not depend on `src/http`. Pure.
 */
export function escapeXmlText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}
