import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { loadConfig } from '../config/loadConfig.js';
import { DUMP_FORMATS, type DumpFormat } from '../dumps/DumpFormat.js';
import { writeDump } from '../dumps/writeDump.js';
import { rootLogger } from '../log/logger.js';
import { openCatalog } from './openCatalog.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { UsageError } from './UsageError.js';

/**
 * `faircat export --format nq|ttl|jsonld [--output FILE]` (DESIGN §5): writes the whole catalog (every record graph
 * plus the providers and provenance graphs) to standard output or a file, as N-Quads, Turtle or JSON-LD, the same
 * content as the `/dumps/…` files.
 */
export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { format: { type: 'string', default: 'nq' }, output: { type: 'string' } });
  const format = values.format as DumpFormat;
  if (!(DUMP_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${DUMP_FORMATS.join(', ')}`);
  const config = loadConfig();
  const catalog = await openCatalog(config, rootLogger, { withGraph: false });
  try {
    const sink: Writable = values.output === undefined ? process.stdout : createWriteStream(values.output);
    const records = await writeDump({ journal: catalog.journal, iris: catalog.iris, providers: config.providers }, format, sink);
    if (sink !== process.stdout) {
      sink.end();
      await once(sink, 'finish');
    }
    process.stderr.write(`exported ${records} records as ${format}${values.output === undefined ? '' : ` to ${values.output}`}\n`);
    return 0;
  } finally {
    await catalog.close();
  }
}
