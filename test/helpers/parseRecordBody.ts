import { Readable } from 'node:stream';
import * as cheerio from 'cheerio';
import jsonld from 'jsonld';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { parse as parseYaml } from 'yaml';
import type { Quad } from '@rdfjs/types';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { bundledDocumentLoader } from '../../src/model/documentLoader.js';
import { SCHEMA } from '../../src/vocab/index.js';
import { cffProblems, dataCiteJsonProblems, dataCiteXmlCheck } from './citationChecks.js';
import { parseRdf } from './rdf.js';

/** What a real parser read from a record representation: the material's title and the parser's complaints. */
export interface ParsedRecord {
  title: string | undefined;
  problems: string[];
  /** RDF formats: the quads. */
  quads?: Quad[];
}

/** Parses RDF/XML with rdfxml-streaming-parser. */
export async function parseRdfXml(text: string, baseIRI = 'http://example.org/'): Promise<Quad[]> {
  const quads: Quad[] = [];
  await new Promise<void>((resolve, reject) => {
    Readable.from([text]).pipe(new RdfXmlParser({ baseIRI })).on('data', (q: Quad) => quads.push(q)).on('error', reject).on('end', resolve);
  });
  return quads;
}

function titleOf(quads: readonly Quad[], subject: string): string | undefined {
  return quads.find((q) => q.subject.value === subject && q.predicate.value === SCHEMA.name)?.object.value;
}

/**
 * Parses a record representation with a real parser for its media type (cheerio, jsonld.js, n3,
 * rdfxml-streaming-parser, Citation.js for BibTeX/RIS/CSL, Ajv and the CFF 1.2.0 schema, xmldom and the
 * DataCite mandatory properties) and returns the title it found for `iri`.
 */
export async function parseRecordBody(type: string, text: string, iri: string, contextUrl: string): Promise<ParsedRecord> {
  switch (type) {
    case 'text/html': {
      const $ = cheerio.load(text);
      const embedded = JSON.parse($('script[type="application/ld+json"]').text()) as { '@id': string; name: string };
      return { title: $('h1').first().text(), problems: embedded['@id'] === iri ? [] : [`embedded JSON-LD is about ${embedded['@id']}`] };
    }
    case 'application/ld+json': {
      const nquads = (await jsonld.toRDF(JSON.parse(text) as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: bundledDocumentLoader(contextUrl) })) as unknown as string;
      const quads = parseRdf(nquads, { format: 'application/n-quads' });
      return { title: titleOf(quads, iri), problems: [], quads };
    }
    case 'text/turtle':
    case 'application/n-triples':
    case 'application/n-quads': {
      const format = type === 'text/turtle' ? 'text/turtle' : type;
      const quads = parseRdf(text, { format });
      return { title: titleOf(quads, iri), problems: [], quads };
    }
    case 'application/rdf+xml': {
      const quads = await parseRdfXml(text);
      return { title: titleOf(quads, iri), problems: [], quads };
    }
    case 'application/x-bibtex': {
      const cite = await Cite.async(text, { forceType: '@bibtex/text' });
      return { title: cite.data[0]?.title as string | undefined, problems: cite.data.length === 1 ? [] : [`${cite.data.length} entries`] };
    }
    case 'application/x-research-info-systems': {
      const cite = await Cite.async(text, { forceType: '@ris/file' });
      return { title: cite.data[0]?.title as string | undefined, problems: cite.data.length === 1 ? [] : [`${cite.data.length} entries`] };
    }
    case 'application/vnd.citationstyles.csl+json': {
      const items = JSON.parse(text) as Record<string, unknown>[];
      const cite = new Cite(items, { forceType: '@csl/list+object' });
      const problems = items.length === 1 && items[0]?.id && items[0]?.type ? [] : ['not one CSL item with id and type'];
      return { title: cite.data[0]?.title as string | undefined, problems };
    }
    case 'application/vnd.datacite.datacite+json': {
      const resource = JSON.parse(text) as Record<string, unknown>;
      return { title: (resource.titles as { title: string }[] | undefined)?.[0]?.title, problems: dataCiteJsonProblems(resource) };
    }
    case 'application/vnd.datacite.datacite+xml':
      return dataCiteXmlCheck(text);
    case 'application/yaml': {
      const document = parseYaml(text) as { title?: string };
      return { title: document.title, problems: cffProblems(document) };
    }
    default:
      throw new Error(`no parser for ${type}`);
  }
}
