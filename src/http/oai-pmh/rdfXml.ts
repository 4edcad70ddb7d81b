import type { Quad, Term } from '@rdfjs/types';
import { PREFIXES } from '../../model/writeRdf.js';
import { RDF, XSD } from '../../vocab/index.js';
import { escapeXml } from '../xml/escapeXml.js';
import { XmlMarkup } from '../xml/xmlElement.js';

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/**
 * Writes triples as an RDF/XML `rdf:RDF` element (RDF 1.1 XML Syntax): one `rdf:Description` per subject
 * (`rdf:about`, or `rdf:nodeID` for blank nodes), each property as an element in its namespace, objects as
 * `rdf:resource`, `rdf:nodeID` or text with `rdf:datatype` / `xml:lang`. Namespaces are declared on the root, with
 * the catalog's prefixes where they apply. Graph names are dropped. Pure.
 *
 * @throws Error when a predicate IRI cannot be split into a namespace and an XML name (RDF/XML cannot write it)
 */
export function rdfXml(quads: readonly Quad[]): XmlMarkup {
  const namespaces = new Map<string, string>(Object.entries(PREFIXES).map(([prefix, iri]) => [iri, prefix]));
  const used = new Map<string, string>([[RDF.$base, 'rdf']]);
  const qname = (iri: string): string => {
    const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
    const namespace = iri.slice(0, cut);
    const local = iri.slice(cut);
    if (cut === 0 || !NCNAME.test(local)) throw new Error(`RDF/XML cannot write the predicate <${iri}>`);
    let prefix = used.get(namespace) ?? namespaces.get(namespace);
    if (prefix === undefined || [...used.entries()].some(([ns, p]) => p === prefix && ns !== namespace)) prefix = `ns${used.size}`;
    used.set(namespace, prefix);
    return `${prefix}:${local}`;
  };
  const bySubject = new Map<string, { subject: Term; quads: Quad[] }>();
  for (const quad of quads) {
    const key = `${quad.subject.termType}:${quad.subject.value}`;
    const group = bySubject.get(key) ?? { subject: quad.subject, quads: [] };
    group.quads.push(quad);
    bySubject.set(key, group);
  }
  let body = '';
  for (const { subject, quads: group } of bySubject.values()) {
    const about = subject.termType === 'BlankNode' ? `rdf:nodeID="${escapeXml(nodeId(subject.value))}"` : `rdf:about="${escapeXml(subject.value)}"`;
    body += `<rdf:Description ${about}>`;
    for (const { predicate, object } of group) {
      const name = qname(predicate.value);
      if (object.termType === 'NamedNode') body += `<${name} rdf:resource="${escapeXml(object.value)}"/>`;
      else if (object.termType === 'BlankNode') body += `<${name} rdf:nodeID="${escapeXml(nodeId(object.value))}"/>`;
      else if (object.termType === 'Literal') {
        const attribute = object.language ? ` xml:lang="${escapeXml(object.language)}"` : object.datatype.value === XSD.string ? '' : ` rdf:datatype="${escapeXml(object.datatype.value)}"`;
        body += `<${name}${attribute}>${escapeXml(object.value)}</${name}>`;
      }
    }
    body += '</rdf:Description>';
  }
  const declarations = [...used.entries()].map(([iri, prefix]) => ` xmlns:${prefix}="${escapeXml(iri)}"`).join('');
  return new XmlMarkup(`<rdf:RDF${declarations}>${body}</rdf:RDF>`);
}

/** A blank node label as an XML NCName (`rdf:nodeID` must be one). */
function nodeId(label: string): string {
  const cleaned = label.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `b${cleaned}`;
}
