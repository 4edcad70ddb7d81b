import type { RecordView } from '../../src/http/records/RecordView.js';
import { loadRecord } from './recordFixtures.js';

/** A record view of a fixture record, as the routes build it, in the given state. */
export function fixtureView(name: string, state: RecordView['state'] = 'current'): RecordView {
  const record = loadRecord(name);
  const iri = `https://w3id.org/faircat-test/materials/${record.id}`;
  const recordUrl = `http://faircat.test/materials/${record.id}`;
  return {
    state,
    record,
    iri,
    citeAs: state === 'version' ? `${iri}/versions/2` : iri,
    url: state === 'version' ? `${recordUrl}/versions/2` : recordUrl,
    recordUrl,
    providerName: 'Software Carpentry',
    ...(state === 'version' ? { version: { number: 2, created: '2025-01-02T03:04:05.000Z', latest: 4 } } : {}),
    ...(state === 'withdrawn' ? { withdrawal: { at: '2025-06-01T00:00:00.000Z', reason: 'absent from 2 consecutive runs of source feed' } } : {}),
    lastModified: record.modified,
  };
}
