import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { DOMParser, type Element } from '@xmldom/xmldom';

const DATACITE = 'http://datacite.org/schema/kernel-4';

/** The CFF 1.2.0 JSON schema (test/fixtures/cff, CC-BY-4.0), compiled once with Ajv (JSON Schema draft-07). */
const cffSchema = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/cff/schema-1.2.0.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateCffSchema = ajv.compile(cffSchema);

/** Problems of a CITATION.cff document against the CFF 1.2.0 schema (empty when valid). */
export function cffProblems(document: unknown): string[] {
  return validateCffSchema(document) ? [] : (validateCffSchema.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/**
 * Problems of a DataCite JSON resource with the mandatory properties of DataCite Metadata Schema 4.5
 * (1 Identifier, 2 Creator, 3 Title, 4 Publisher, 5 PublicationYear, 10 ResourceType).
 */
export function dataCiteJsonProblems(resource: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const identifiers = resource.identifiers as { identifier?: string; identifierType?: string }[] | undefined;
  if (!resource.doi && !identifiers?.some((i) => i.identifier && i.identifierType)) problems.push('1 Identifier');
  const creators = resource.creators as { name?: string }[] | undefined;
  if (!creators?.length || creators.some((c) => !c.name)) problems.push('2 Creator');
  const titles = resource.titles as { title?: string }[] | undefined;
  if (!titles?.length || titles.some((t) => !t.title)) problems.push('3 Title');
  const publisher = resource.publisher as string | { name?: string } | undefined;
  if (!(typeof publisher === 'string' ? publisher : publisher?.name)) problems.push('4 Publisher');
  if (!/^\d{4}$/.test(String(resource.publicationYear ?? ''))) problems.push('5 PublicationYear');
  const types = resource.types as { resourceTypeGeneral?: string } | undefined;
  if (!types?.resourceTypeGeneral) problems.push('10 ResourceType');
  return problems;
}

/** Parses DataCite XML and reports missing mandatory elements; returns the title too. */
export function dataCiteXmlCheck(xml: string): { problems: string[]; title: string | undefined } {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(xml, 'text/xml');
  const root = document.documentElement;
  if (!root || root.namespaceURI !== DATACITE || root.localName !== 'resource') return { problems: [...errors, 'root is not a kernel-4 resource'], title: undefined };
  const first = (name: string): Element | undefined => root.getElementsByTagNameNS(DATACITE, name)[0] ?? undefined;
  const text = (name: string): string => first(name)?.textContent?.trim() ?? '';
  const problems = [...errors];
  if (!text('identifier') || !first('identifier')?.getAttribute('identifierType')) problems.push('1 Identifier');
  if (!text('creatorName')) problems.push('2 Creator');
  if (!text('title')) problems.push('3 Title');
  if (!text('publisher')) problems.push('4 Publisher');
  if (!/^\d{4}$/.test(text('publicationYear'))) problems.push('5 PublicationYear');
  if (!first('resourceType')?.getAttribute('resourceTypeGeneral')) problems.push('10 ResourceType');
  return { problems, title: text('title') || undefined };
}
