import { formatCitation } from '../../citation/formatCitation.js';
import { renderBibtex } from '../../citation/renderBibtex.js';
import { renderCff } from '../../citation/renderCff.js';
import { renderCslJson } from '../../citation/renderCslJson.js';
import { renderDataCiteJson } from '../../citation/renderDataCiteJson.js';
import { renderDataCiteXml } from '../../citation/renderDataCiteXml.js';
import { renderRis } from '../../citation/renderRis.js';
import { writeRdf, type RdfWriteType } from '../../model/writeRdf.js';
import { writeRdfXml } from '../../model/writeRdfXml.js';
import type { RecordSerialiser } from '../../model/RecordSerialiser.js';
import type { CitationModel } from '../../views/citationSection.js';
import { recordPage } from '../../views/recordPage.js';
import { tombstonePage } from '../../views/tombstonePage.js';
import { recordLinks } from '../signposting/recordLinks.js';
import { citationSubjectOf } from './citationSubjectOf.js';
import { recordJsonLd, recordJsonLdText, recordNquads } from './recordDocuments.js';
import { RECORD_FORMATS, recordFormatOf } from './recordFormats.js';
import type { RecordView } from './RecordView.js';

const CITATION_FORMATS = new Set(['bibtex', 'csl', 'ris', 'datacite-json', 'datacite-xml', 'cff']);

/**
 * Renders a record view in one of the record formats (`RECORD_FORMATS`): the HTML page (record, version or
 * tombstone), JSON-LD, the RDF syntaxes, or a citation format. Pure: the same view and format always give the
 * same text (strong ETags rely on it).
 */
export function renderRecord(view: RecordView, type: string, serialiser: RecordSerialiser, catalogTitle: string): string {
  const format = recordFormatOf(type);
  const subject = citationSubjectOf(view);
  switch (format.type) {
    case 'text/html':
      return renderHtml(view, serialiser, catalogTitle);
    case 'application/ld+json':
      return recordJsonLdText(view, serialiser);
    case 'application/rdf+xml':
      return writeRdfXml(recordNquads(view, serialiser));
    case 'text/turtle':
    case 'application/n-triples':
    case 'application/n-quads':
      return writeRdf(recordNquads(view, serialiser), format.type as RdfWriteType);
    case 'application/x-bibtex':
      return renderBibtex(subject);
    case 'application/vnd.citationstyles.csl+json':
      return renderCslJson(subject);
    case 'application/x-research-info-systems':
      return renderRis(subject);
    case 'application/vnd.datacite.datacite+json':
      return renderDataCiteJson(subject);
    case 'application/vnd.datacite.datacite+xml':
      return renderDataCiteXml(subject);
    case 'application/yaml':
      return renderCff(subject);
    default:
      throw new Error(`no renderer for ${format.type}`);
  }
}

function renderHtml(view: RecordView, serialiser: RecordSerialiser, catalogTitle: string): string {
  const jsonld = recordJsonLd(view, serialiser);
  const subject = citationSubjectOf(view);
  const alternates = RECORD_FORMATS.filter((f) => f.type !== 'text/html').map((f) => ({ type: f.type, label: f.label, href: `${view.url}?format=${f.format}` }));
  const citation: CitationModel = {
    text: formatCitation(subject),
    bibtex: renderBibtex(subject),
    formats: alternates.filter((a) => CITATION_FORMATS.has(RECORD_FORMATS.find((f) => f.type === a.type)!.format)),
  };
  const links = recordLinks(view);
  const versionsHref = `${view.recordUrl}/versions`;
  if (view.withdrawal) {
    return tombstonePage({ catalogTitle, record: view.record, iri: view.citeAs, withdrawnAt: view.withdrawal.at, reason: view.withdrawal.reason, jsonld, links, citation, versionsHref });
  }
  return recordPage({
    catalogTitle, record: view.record, iri: view.citeAs, providerName: view.providerName, jsonld, alternates, links, citation, versionsHref,
    ...(view.version ? { versionOf: { number: view.version.number, created: view.version.created, latest: view.version.latest, currentHref: view.recordUrl } } : {}),
  });
}
