import { resolve } from 'node:path';
import { loadConfig } from '../config/loadConfig.js';
import { sourceSchema } from '../config/configSchema.js';
import type { ResolvedConfig } from '../config/ResolvedConfig.js';
import { rootLogger } from '../log/logger.js';
import { formatReports } from './harvestCommand.js';
import { openCatalog } from './openCatalog.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { UsageError } from './UsageError.js';

/**
 * `faircat import <dump file | feed URL> --provider ID [--source ID]` (DESIGN §5): reads another FAIRCat's JSON-LD
 * dump (`catalog.jsonld.gz`, a file or URL) or feed (`…/materials`) once and applies it as a run of a `faircat`
 * source (validation, identity, merge, provenance: the same as federation), without withdrawing anything. The
 * provider must be one of the config's; the source id defaults to `import`.
 */
export async function importCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { provider: { type: 'string' }, source: { type: 'string', default: 'import' } }, true);
  const [location] = positionals;
  if (location === undefined || positionals.length > 1) throw new UsageError('import needs one dump file or feed URL');
  const config = loadConfig();
  const provider = values.provider ?? (config.providers.length === 1 ? config.providers[0]!.id : undefined);
  if (provider === undefined || !config.providers.some((p) => p.id === provider)) {
    throw new UsageError(`import needs --provider, one of the config's providers: ${config.providers.map((p) => p.id).join(', ') || 'none defined'}`);
  }
  if (config.sources.some((s) => s.id === values.source && s.kind !== 'faircat')) throw new UsageError(`the source "${values.source}" exists and is not of kind faircat; choose another --source`);
  const snapshot = /^[a-z][a-z0-9+.-]*:/i.test(location) ? location : resolve(location);
  const source = sourceSchema.parse({ id: values.source, kind: 'faircat', provider, options: { snapshot } });
  const withImport: ResolvedConfig = { ...config, sources: [...config.sources.filter((s) => s.id !== source.id), source] };
  const catalog = await openCatalog(withImport, rootLogger, { withGraph: false });
  try {
    const report = await catalog.runner.runSource(source.id);
    process.stdout.write(formatReports([report]));
    return report.status === 'applied' ? 0 : 1;
  } finally {
    await catalog.close();
  }
}
