import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { RDF, SCHEMA } from '../vocab/index.js';
import type { CatalogIris } from './CatalogIris.js';

const { namedNode, literal, quad } = DataFactory;

/** A training project as the config describes it. */
export interface ProviderDescription {
  id: string;
  name: string;
  url?: string | undefined;
  description?: string | undefined;
}

/**
 * The shared graph of providers (training projects), kept once in its own named graph so that records only
 * link to them (DESIGN §7: shared entities live once). Pure.
 */
export function providersToQuads(providers: readonly ProviderDescription[], iris: CatalogIris): Quad[] {
  const graph = namedNode(iris.providersGraph);
  return providers.flatMap((provider) => {
    const subject = namedNode(iris.provider(provider.id));
    return [
      quad(subject, namedNode(RDF.type), namedNode(SCHEMA.Organization), graph),
      quad(subject, namedNode(SCHEMA.name), literal(provider.name), graph),
      ...(provider.url ? [quad(subject, namedNode(SCHEMA.url), namedNode(provider.url), graph)] : []),
      ...(provider.description ? [quad(subject, namedNode(SCHEMA.description), literal(provider.description), graph)] : []),
    ];
  });
}
