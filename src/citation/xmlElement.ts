/** A node of a small XML tree: an element with attributes and children, or text. */
export type XmlNode = string | XmlElement;

export interface XmlElement {
  name: string;
  attributes?: Record<string, string | undefined>;
  children?: readonly XmlNode[];
}

/** Builds an element, leaving out attributes whose value is `undefined`. */
export function xmlElement(name: string, attributes: Record<string, string | undefined> = {}, children: readonly XmlNode[] = []): XmlElement {
  return { name, attributes, children };
}

/**
 * Writes an XML tree as indented text. Text and attribute values are escaped (XML 1.0 §2.4, §3.3.3) and
 * characters that XML 1.0 does not allow at all (§2.2 `Char`) are dropped. Pure.
 */
export function writeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, '')}\n`;
}

function write(node: XmlElement, indent: string): string {
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value, true)}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  if (children.every((child) => typeof child === 'string')) return `${indent}<${node.name}${attributes}>${children.map((c) => escapeXml(c as string, false)).join('')}</${node.name}>`;
  const inner = children.map((child) => (typeof child === 'string' ? `${indent}  ${escapeXml(child, false)}` : write(child, `${indent}  `))).join('\n');
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
}

// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content or a double-quoted attribute value. */
export function escapeXml(text: string, attribute: boolean): string {
  const escaped = text.replace(NOT_XML_CHAR, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute ? escaped.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;').replace(/\r/g, '&#13;') : escaped;
}
