/**
 * The IRIs FAIRCat mints. Records live under the PID base (`<pidBase>materials/<id>`, DESIGN §3); operational
 * resources (runs, sources) under the server's base URL.
 */
export interface CatalogIris {
  readonly pidBase: string;
  readonly baseUrl: string;
  material(id: string): string;
  /** An episode or section of a material. */
  part(materialId: string, slug: string): string;
  provider(id: string): string;
  source(id: string): string;
  run(id: string): string;
  /** The named graph of shared provider descriptions. */
  readonly providersGraph: string;
  /** The named graph of harvest runs and sources (PROV activities). */
  readonly provenanceGraph: string;
  /** The JSON-LD context every document we emit refers to. */
  readonly context: string;
}

export function catalogIris(pidBase: string, baseUrl: string): CatalogIris {
  return {
    pidBase,
    baseUrl,
    material: (id) => `${pidBase}materials/${id}`,
    part: (materialId, slug) => `${pidBase}materials/${materialId}#${encodeURIComponent(slug)}`,
    provider: (id) => `${pidBase}providers/${id}`,
    source: (id) => `${baseUrl}sources/${id}`,
    run: (id) => `${baseUrl}harvests/${id}`,
    providersGraph: `${pidBase}providers/`,
    provenanceGraph: `${baseUrl}harvests/`,
    context: `${baseUrl}context.jsonld`,
  };
}
