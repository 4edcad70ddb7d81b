import { escapeXml } from './escapeXml.js';

/** A child of an element: markup already built by `xmlElement`, or text (escaped), or nothing. */
export type XmlChild = XmlMarkup | string | undefined | null | false | readonly XmlChild[];

/** Markup built by `xmlElement`: trusted, inserted as is. */
export class XmlMarkup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/**
 * Builds one XML element: attributes with a value (`undefined` ones left out) escaped, text children escaped,
 * element children inserted as built, empty content written as `<name/>`. Pure.
 */
export function xmlElement(name: string, attributes: Readonly<Record<string, string | number | undefined>>, ...children: XmlChild[]): XmlMarkup {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  const content = children.map(render).join('');
  return new XmlMarkup(content === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`);
}

function render(child: XmlChild): string {
  if (child === undefined || child === null || child === false) return '';
  if (child instanceof XmlMarkup) return child.text;
  if (Array.isArray(child)) return child.map((c: XmlChild) => render(c)).join('');
  return escapeXml(child as string);
}
