import { Parser } from 'n3';
import type { Journal } from '../../journal/Journal.js';
import { countOaiItems, earliestModified, getOaiItem, listOaiItems, publishedProviders, type OaiItem, type OaiItemQuery } from '../../journal/listOaiItems.js';
import type { CatalogIris } from '../../model/CatalogIris.js';
import { xmlElement, type XmlMarkup } from '../xml/xmlElement.js';
import { selectionBounds, toDatestamp } from './datestamps.js';
import { metadataFormats, type MetadataFormat } from './metadataFormats.js';
import { oaiDc } from './oaiDc.js';
import { OaiError } from './OaiError.js';
import type { OaiRequest, OaiSelection } from './OaiRequest.js';
import { rdfXml } from './rdfXml.js';
import { decodeResumptionToken, encodeResumptionToken } from './resumptionToken.js';

/** What the repository needs to know about the catalog. */
export interface OaiRepositoryOptions {
  journal: Journal;
  iris: CatalogIris;
  repositoryName: string;
  /** The provider's base URL (`<base>oai-pmh`). */
  baseUrl: string;
  /** The catalog's base URL (for the `rdf` format's schema). */
  catalogBaseUrl: string;
  adminEmail: string;
  pageSize: number;
  providerName: (id: string) => string;
  /** Provider ids from the config (each a set, even before it has records). */
  configuredProviders: readonly string[];
}

const SET_ROOT = 'provider';

/**
 * The OAI-PMH 2.0 repository over the journal: answers the six verbs (§4) with the element of each verb, or throws
 * an `OaiError`. Items are the catalog's records; identifiers are their record IRIs (persistent, and URIs as §2.4
 * requires); datestamps are when the catalog last changed a record; sets are the providers (`provider:<id>` inside
 * `provider`, §2.7); withdrawn and merged records stay as deleted headers forever (`deletedRecord` persistent).
 */
export class OaiRepository {
  private readonly formats: MetadataFormat[];

  constructor(private readonly options: OaiRepositoryOptions) {
    this.formats = metadataFormats(options.catalogBaseUrl);
  }

  answer(request: OaiRequest): XmlMarkup {
    switch (request.verb) {
      case 'Identify':
        return this.identify();
      case 'ListMetadataFormats':
        if (request.identifier !== undefined) this.item(request.identifier);
        return xmlElement('ListMetadataFormats', {}, this.formats.map((format) =>
          xmlElement('metadataFormat', {}, xmlElement('metadataPrefix', {}, format.prefix), xmlElement('schema', {}, format.schema), xmlElement('metadataNamespace', {}, format.namespace))));
      case 'ListSets':
        if (request.resumptionToken !== undefined) throw new OaiError('badResumptionToken', 'ListSets is never incomplete: it issues no resumption token');
        return this.listSets();
      case 'GetRecord': {
        const format = this.format(request.metadataPrefix);
        return xmlElement('GetRecord', {}, this.recordElement(this.item(request.identifier), format));
      }
      default:
        return this.list(request.verb, request.resumptionToken, request.selection);
    }
  }

  private identify(): XmlMarkup {
    const earliest = earliestModified(this.options.journal);
    return xmlElement(
      'Identify',
      {},
      xmlElement('repositoryName', {}, this.options.repositoryName),
      xmlElement('baseURL', {}, this.options.baseUrl),
      xmlElement('protocolVersion', {}, '2.0'),
      xmlElement('adminEmail', {}, this.options.adminEmail),
      xmlElement('earliestDatestamp', {}, toDatestamp(earliest ?? new Date().toISOString())),
      xmlElement('deletedRecord', {}, 'persistent'),
      xmlElement('granularity', {}, 'YYYY-MM-DDThh:mm:ssZ'),
    );
  }

  private listSets(): XmlMarkup {
    const providers = [...new Set([...this.options.configuredProviders, ...publishedProviders(this.options.journal)])].sort();
    return xmlElement(
      'ListSets',
      {},
      xmlElement('set', {}, xmlElement('setSpec', {}, SET_ROOT), xmlElement('setName', {}, 'Training providers')),
      providers.map((id) => xmlElement('set', {}, xmlElement('setSpec', {}, `${SET_ROOT}:${id}`), xmlElement('setName', {}, this.options.providerName(id)))),
    );
  }

  private list(verb: 'ListIdentifiers' | 'ListRecords', token: string | undefined, given: OaiSelection | undefined): XmlMarkup {
    const state = token === undefined ? { selection: given!, after: '', cursor: 0 } : decodeResumptionToken(token, verb);
    const format = this.format(state.selection.metadataPrefix);
    const query = this.query(state.selection);
    const items = listOaiItems(this.options.journal, query, state.after, this.options.pageSize + 1);
    if (items.length === 0 && token === undefined) throw new OaiError('noRecordsMatch', 'no record matches the selection');
    const page = items.slice(0, this.options.pageSize);
    const more = items.length > this.options.pageSize;
    const elements = page.map((item) => (verb === 'ListRecords' ? this.recordElement(item, format) : this.header(item)));
    // §3.5: an incomplete list ends with a resumption token; the response that completes it with an empty one.
    const resumption = more || token !== undefined
      ? xmlElement('resumptionToken', {
        completeListSize: countOaiItems(this.options.journal, query),
        cursor: state.cursor,
      }, more ? encodeResumptionToken({ verb, selection: state.selection, after: page.at(-1)!.id, cursor: state.cursor + page.length }) : undefined)
      : undefined;
    return xmlElement(verb, {}, elements, resumption);
  }

  private query(selection: OaiSelection): OaiItemQuery {
    const bounds = selectionBounds(selection.from, selection.until);
    const query: OaiItemQuery = { ...bounds };
    if (selection.set !== undefined && selection.set !== SET_ROOT) {
      const provider = selection.set.startsWith(`${SET_ROOT}:`) ? selection.set.slice(SET_ROOT.length + 1) : undefined;
      if (provider === undefined || provider === '') throw new OaiError('noRecordsMatch', `there is no set "${selection.set}"; sets are ${SET_ROOT}:<provider id>`);
      query.provider = provider;
    }
    return query;
  }

  private format(prefix: string): MetadataFormat {
    const format = this.formats.find((f) => f.prefix === prefix);
    if (!format) throw new OaiError('cannotDisseminateFormat', `the metadata format "${prefix}" is not disseminated; formats: ${this.formats.map((f) => f.prefix).join(', ')}`);
    return format;
  }

  private item(identifier: string): OaiItem {
    const prefix = this.options.iris.material('');
    const id = identifier.startsWith(prefix) ? identifier.slice(prefix.length) : '';
    const item = /^[0-9a-z]{1,64}$/.test(id) ? getOaiItem(this.options.journal, id) : undefined;
    if (!item) throw new OaiError('idDoesNotExist', `there is no item "${identifier}" in this repository`);
    return item;
  }

  private header(item: OaiItem): XmlMarkup {
    return xmlElement(
      'header',
      { status: item.deleted ? 'deleted' : undefined },
      xmlElement('identifier', {}, this.options.iris.material(item.id)),
      xmlElement('datestamp', {}, toDatestamp(item.modified)),
      xmlElement('setSpec', {}, `${SET_ROOT}:${item.provider}`),
    );
  }

  private recordElement(item: OaiItem, format: MetadataFormat): XmlMarkup {
    if (item.deleted) return xmlElement('record', {}, this.header(item));
    const iri = this.options.iris.material(item.id);
    const metadata = format.prefix === 'oai_dc'
      ? oaiDc(item.record, iri, this.options.providerName(item.provider))
      : rdfXml(new Parser({ format: 'N-Quads' }).parse(item.nquads));
    return xmlElement('record', {}, this.header(item), xmlElement('metadata', {}, metadata));
  }
}
