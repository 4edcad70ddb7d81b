import { HARVESTERS } from '../../harvesters/index.js';
import { createSourceReader } from '../harvest/createSourceReader.js';
import { identityKeys } from '../identity/identityKeys.js';
import { mintId } from '../identity/mintId.js';
import { rootLogger } from '../log/logger.js';
import { catalogIris } from '../model/CatalogIris.js';
import { ItemError } from '../model/ItemError.js';
import { materialToJsonLd } from '../model/materialToJsonLd.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { UsageError } from './UsageError.js';

/**
 * `faircat map <kind> <path|url>` (DESIGN §5): prints the materials a harvester kind reads from one location,
 * as JSON-LD with the catalog's context, without storing anything. Problems go to stderr.
 */
export async function mapCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { 'base-url': { type: 'string', default: 'http://localhost:3000/' } }, true);
  const [kind, location] = positionals;
  if (!kind || !location) throw new UsageError(`map needs a kind and a location; kinds: ${[...HARVESTERS.keys()].join(', ')}`);
  const harvester = HARVESTERS.get(kind);
  if (!harvester) throw new UsageError(`unknown harvester kind "${kind}"; kinds: ${[...HARVESTERS.keys()].join(', ')}`);
  const iris = catalogIris(values['base-url'], values['base-url']);
  const reader = createSourceReader({
    baseDir: process.cwd(),
    policy: { userAgent: 'FAIRCat map (https://github.com/faircat/faircat)', timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024, attempts: 2 },
  });
  const now = new Date().toISOString();
  const graph: unknown[] = [];
  let errors = 0;
  for await (const item of harvester.harvest(harvester.optionsFor(location), { sourceId: 'map', reader, logger: rootLogger, signal: new AbortController().signal })) {
    if (item instanceof ItemError) {
      errors++;
      process.stderr.write(`error: ${item.toString()}\n`);
      continue;
    }
    for (const warning of item.warnings) process.stderr.write(`warning: ${item.location}: ${warning}\n`);
    const id = mintId(identityKeys(item.material)[0] ?? `name:${item.material.name}`);
    const { '@context': _context, ...node } = materialToJsonLd(
      { id, material: item.material, provider: 'preview', provenance: [{ sourceId: 'map', sourceKind: kind, location: item.location, runId: 'map', harvestedAt: now }], version: 1, created: now, modified: now },
      iris,
    ) as Record<string, unknown>;
    graph.push(node);
  }
  process.stdout.write(`${JSON.stringify({ '@context': iris.context, '@graph': graph }, null, 2)}\n`);
  return errors > 0 && graph.length === 0 ? 1 : 0;
}
