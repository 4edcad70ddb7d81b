import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CitationSubject } from '../../src/citation/CitationSubject.js';
import type { CatalogRecord } from '../../src/model/CatalogRecord.js';

/** The model fixtures (test/fixtures/model/records): a full record, a minimal one, one with many agents, one with parts. */
export const RECORD_FIXTURES = ['full', 'minimal', 'authors', 'parts'] as const;

export function loadRecord(name: string): CatalogRecord {
  return JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/model/records', `${name}.json`), 'utf8')) as CatalogRecord;
}

/** A citation subject for a fixture record, cited by its test PID (or a version's). */
export function subjectOf(name: string, version?: number): CitationSubject {
  const record = loadRecord(name);
  const iri = `https://w3id.org/faircat-test/materials/${record.id}`;
  return {
    record,
    citeAs: version ? `${iri}/versions/${version}` : iri,
    providerName: 'Software Carpentry',
    ...(version ? { version: { number: version, created: '2025-03-04T05:06:07.000Z' } } : {}),
  };
}
