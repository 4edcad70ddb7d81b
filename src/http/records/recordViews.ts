import { recordReader } from '../../journal/recordReader.js';
import type { StoredRecordHead } from '../../journal/StoredRecordHead.js';
import type { RecordVersion } from '../../journal/RecordVersion.js';
import type { AppContext } from '../AppContext.js';
import type { RecordView } from './RecordView.js';

/** Server URL of a record: `<base URL>materials/<id>`. */
export function recordUrl(context: AppContext, id: string): string {
  return `${context.iris.baseUrl}materials/${id}`;
}

/** Persistent IRI of a version: `<PID base>materials/<id>/versions/<n>`. */
export function versionIri(context: AppContext, id: string, version: number): string {
  return `${context.iris.material(id)}/versions/${version}`;
}

function providerName(context: AppContext, providerId: string): string {
  return context.config.providers.find((p) => p.id === providerId)?.name ?? providerId;
}

/**
 * The view of a stored active or withdrawn record. The stored serialisations' revision is the record's hash (of what
 * it says) and version (a new one whenever the harvest writes the record, even to a state it had before); both are
 * written in the same statement as the serialisations.
 */
export function currentView(context: AppContext, stored: StoredRecordHead): RecordView {
  const withdrawn = stored.status === 'withdrawn';
  const at = stored.withdrawnAt ?? stored.record.modified;
  return {
    state: withdrawn ? 'withdrawn' : 'current',
    record: stored.record,
    iri: context.iris.material(stored.id),
    citeAs: context.iris.material(stored.id),
    url: recordUrl(context, stored.id),
    recordUrl: recordUrl(context, stored.id),
    providerName: providerName(context, stored.record.provider),
    ...(withdrawn
      ? { withdrawal: { at, reason: stored.withdrawnReason ?? 'withdrawn from its source' } }
      : { stored: { jsonld: stored.jsonld, nquads: () => recordReader(context.journal).nquads(stored.id), revision: `${stored.hash}.${stored.record.version}` } }),
    lastModified: withdrawn ? at : stored.record.modified,
  };
}

/** The view of one version of a record. */
export function versionView(context: AppContext, id: string, version: RecordVersion, latest: number): RecordView {
  const url = `${recordUrl(context, id)}/versions/${version.version}`;
  return {
    state: 'version',
    record: version.record,
    iri: context.iris.material(id),
    citeAs: versionIri(context, id, version.version),
    url,
    recordUrl: recordUrl(context, id),
    providerName: providerName(context, version.record.provider),
    version: {
      number: version.version, created: version.created, latest,
      ...(version.runId ? { runId: version.runId } : {}), ...(version.sourceId ? { sourceId: version.sourceId } : {}),
    },
    lastModified: version.created,
  };
}
