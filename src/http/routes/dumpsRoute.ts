import { join } from 'node:path';
import { Router } from 'express';
import type { AppContext } from '../AppContext.js';
import { DUMP_FILES } from '../../dumps/DumpFormat.js';
import { DumpService } from '../../dumps/DumpService.js';

const FILES = new Set<string>(Object.values(DUMP_FILES));

/**
 * `GET /dumps/catalog.nq.gz` and `/dumps/catalog.jsonld.gz` (DESIGN §4): the whole catalog, gzipped. Served as
 * `application/gzip` files (not `Content-Encoding`, so that clients keep the file as published: N-Quads and JSON-LD
 * inside); regenerated first when missing or older than the catalog.
 */
export function dumpsRoute(context: AppContext): Router {
  const router = Router();
  const dumps = new DumpService(
    { journal: context.journal, iris: context.iris, providers: context.config.providers },
    context.config.dataDir,
    context.logger.child({ component: 'dumps' }),
  );
  router.get('/dumps/:file', async (req, res, next) => {
    const file = req.params.file;
    if (!FILES.has(file)) {
      next();
      return;
    }
    const info = await dumps.current();
    res.set({
      'Access-Control-Allow-Origin': '*',
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': 'no-cache',
    });
    res.sendFile(join(dumps.directory, file), { headers: { 'Content-Type': 'application/gzip' }, lastModified: true, etag: true }, (error) => {
      if (error) next(error);
    });
    context.logger.debug({ file, records: info.records }, 'dump served');
  });
  return router;
}
