import { XML_NAMESPACES } from '../../vocab/index.js';
import { toDatestamp } from './datestamps.js';
import type { OaiError } from './OaiError.js';
import { xmlElement, type XmlMarkup } from '../xml/xmlElement.js';

/**
 * The `OAI-PMH` document around a verb's answer or an error (OAI-PMH 2.0 §3.2): `responseDate`, the `request` element
 * (the base URL, with the request's arguments as attributes unless the error is `badVerb` or `badArgument`, §3.6),
 * then the answer or the error. Pure.
 */
export function oaiEnvelope(options: {
  baseUrl: string;
  now: Date;
  /** The verb and arguments to echo. */
  request?: Record<string, string>;
  answer?: XmlMarkup;
  error?: OaiError;
}): string {
  const echo = options.error === undefined || options.error.echoesArguments ? options.request ?? {} : {};
  const root = xmlElement(
    'OAI-PMH',
    { xmlns: XML_NAMESPACES.oaiPmh, 'xmlns:xsi': XML_NAMESPACES.xsi, 'xsi:schemaLocation': `${XML_NAMESPACES.oaiPmh} ${XML_NAMESPACES.oaiPmhSchema}` },
    xmlElement('responseDate', {}, toDatestamp(options.now.toISOString())),
    xmlElement('request', echo, options.baseUrl),
    options.error ? xmlElement('error', { code: options.error.code }, options.error.message) : options.answer,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.text}\n`;
}
