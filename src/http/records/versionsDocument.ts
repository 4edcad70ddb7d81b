import type { RecordVersion } from '../../journal/RecordVersion.js';

/** Where the version documents point: the record, its versions, and each version's IRI and run. */
export interface VersionsLinks {
  recordIri: string;
  recordUrl: string;
  versionIri(n: number): string;
  versionUrl(n: number): string;
  runIri(runId: string): string;
  context: string;
}

/**
 * The version history as JSON-LD in the bundled context: a schema.org `ItemList` about the record whose items
 * are the versions (PROV `Entity`s with `version`, `generatedAtTime`, `wasGeneratedBy` the harvest run and
 * `sourceId`). Pure.
 */
export function versionsJsonLd(versions: readonly RecordVersion[], links: VersionsLinks): Record<string, unknown> {
  return {
    '@context': links.context,
    '@id': `${links.recordUrl}/versions`,
    '@type': 'ItemList',
    about: links.recordIri,
    numberOfItems: versions.length,
    itemListElement: versions.map((v) => ({
      '@type': 'ListItem',
      position: v.version,
      item: {
        '@id': links.versionIri(v.version),
        '@type': 'Entity',
        url: links.versionUrl(v.version),
        name: v.record.material.name,
        version: String(v.version),
        generatedAtTime: v.created,
        ...(v.runId ? { wasGeneratedBy: [links.runIri(v.runId)] } : {}),
        ...(v.sourceId ? { sourceId: v.sourceId } : {}),
      },
    })),
  };
}

/** The version history as a Memento TimeMap (`application/link-format`, RFC 7089 §5.1.1). Pure. */
export function versionsTimeMap(versions: readonly RecordVersion[], links: VersionsLinks): string {
  const lines = [`<${links.recordUrl}>;rel="original timegate"`, `<${links.recordUrl}/versions>;rel="self";type="application/link-format"`];
  versions.forEach((v, i) => {
    const rel = [i === 0 ? 'first' : '', i === versions.length - 1 ? 'last' : '', 'memento'].filter(Boolean).join(' ');
    lines.push(`<${links.versionUrl(v.version)}>;rel="${rel}";datetime="${new Date(v.created).toUTCString()}"`);
  });
  return `${lines.join(',\n')}\n`;
}
