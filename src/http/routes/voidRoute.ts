import { Router } from 'express';
import type { AppContext } from '../AppContext.js';
import { NotAcceptable } from '../errors/NotAcceptable.js';
import { chooseDescriptionType, DESCRIPTION_TYPES } from '../sparql/describeTypes.js';
import { sparqlHttpError } from '../sparql/sparqlHttpError.js';
import { VoidCache } from '../void/VoidCache.js';
import { voidDataDumps } from '../void/voidDataDumps.js';
import { readVoidStatistics } from '../../sparql/void/readVoidStatistics.js';
import { voidDescription } from '../../sparql/void/voidDescription.js';
import { writeQuads } from '../../sparql/writeQuads.js';
import { DCT, FOAF, VOID } from '../../vocab/index.js';

/** Time allowed for the statistics queries: they scan the whole dataset once per catalog version. */
const STATISTICS_TIMEOUT_MS = 120_000;

/** The IRI of the catalog's dataset: described at `/void`, the default dataset of the service description. */
export function voidDatasetIri(baseUrl: string): string {
  return `${baseUrl}void#dataset`;
}

/**
 * The VoID description of the catalog at `/void` and `/.well-known/void` (VoID §7.2 well-known URI), in Turtle,
 * JSON-LD (our context), N-Triples or RDF/XML by negotiation or `?format=`. Statistics come from the graph
 * index and are cached per catalog version.
 */
export function voidRoute(context: AppContext): Router {
  const router = Router();
  const { config } = context;
  const statistics = new VoidCache(() => readVoidStatistics(context.graph, Math.max(STATISTICS_TIMEOUT_MS, config.sparql.timeoutMs)));
  router.get(['/void', '/.well-known/void'], async (req, res) => {
    const formats = [req.query.format].flat().filter((value): value is string => typeof value === 'string' && value !== '');
    const type = chooseDescriptionType(DESCRIPTION_TYPES, req.get('accept'), formats);
    res.vary('Accept').set('Access-Control-Allow-Origin', '*');
    if (type === undefined) throw new NotAcceptable(`The VoID description is available as ${DESCRIPTION_TYPES.join(', ')}.`);
    const version = context.journal.catalogVersion();
    let counts;
    try {
      counts = await statistics.get(version);
    } catch (error) {
      throw sparqlHttpError(error) ?? error;
    }
    const quads = voidDescription({
      document: `${config.baseUrl}void`,
      dataset: voidDatasetIri(config.baseUrl),
      title: config.catalog.title,
      description: config.catalog.description,
      publisher: config.catalog.publisher,
      license: config.catalog.license,
      sparqlEndpoint: `${config.baseUrl}sparql`,
      uriSpace: config.pidBase,
      dataDumps: voidDataDumps(context),
      statistics: counts,
    });
    const body = await writeQuads(quads, type, { contextUrl: context.iris.context, prefixes: { void: VOID.$base, foaf: FOAF.$base, dct: DCT.$base } });
    res.type(type).set({ 'Cache-Control': 'public, max-age=300', ETag: `W/"void-${version}-${type}"` }).send(body);
  });
  return router;
}
