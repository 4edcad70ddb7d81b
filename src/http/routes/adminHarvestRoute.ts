import { timingSafeEqual } from 'node:crypto';
import express, { Router, type Request } from 'express';
import type { AppContext } from '../AppContext.js';
import { BadRequest } from '../errors/BadRequest.js';
import { Conflict } from '../errors/Conflict.js';
import { Forbidden } from '../errors/Forbidden.js';
import { NotFound } from '../errors/NotFound.js';
import { ServiceUnavailable } from '../errors/ServiceUnavailable.js';
import { Unauthorized } from '../errors/Unauthorized.js';
import { SourceBusyError } from '../../harvest/SourceLock.js';
import type { StartedRun } from '../../harvest/HarvestRunner.js';

/**
 * `POST /admin/harvest` (DESIGN §4): starts harvests now and answers `202 Accepted` with the runs' report URLs
 * (`Location`: the first). Sources: `source` (repeatable) in the query, a form or a JSON body, or every enabled
 * source; `force=true` applies runs the guards call suspicious. Authorisation is a bearer token (RFC 6750 §2.1)
 * equal to the config's `server.adminToken`: without a configured token the route does not exist (404); a
 * request without credentials gets 401 with `WWW-Authenticate: Bearer`; a wrong token 403. A source already
 * being harvested gives 409.
 */
export function adminHarvestRoute(context: AppContext): Router {
  const router = Router();
  router.post('/admin/harvest', authorise(context.config.server.adminToken), express.json({ limit: '10kb' }), express.urlencoded({ extended: false, limit: '10kb' }), (req, res) => {
    const runner = context.runner;
    if (!runner) throw new ServiceUnavailable('This server does not run harvests.');
    const { sources, force } = requested(req);
    const unknown = sources.filter((id) => !context.config.sources.some((s) => s.id === id));
    if (unknown.length > 0) throw new BadRequest(`Unknown source ${unknown.join(', ')}; sources: ${context.config.sources.map((s) => s.id).join(', ')}.`);
    const ids = sources.length > 0 ? sources : context.config.sources.filter((s) => s.enabled).map((s) => s.id);
    const started: StartedRun[] = [];
    const busy: string[] = [];
    for (const id of ids) {
      try {
        const run = runner.start(id, { force });
        run.done.catch((error: unknown) => context.logger.error({ err: error, source: id, runId: run.runId }, 'harvest started by POST /admin/harvest failed'));
        started.push(run);
      } catch (error) {
        if (!(error instanceof SourceBusyError)) throw error;
        busy.push(error.message);
      }
    }
    if (started.length === 0 && busy.length > 0) throw new Conflict(busy.join('; '));
    const runs = started.map((run) => ({ source: run.sourceId, run: run.runId, report: context.iris.run(run.runId) }));
    if (runs[0]) res.location(runs[0].report);
    res.status(202).set('Cache-Control', 'no-store').json({ runs, ...(busy.length > 0 ? { busy } : {}) });
  });
  return router;
}

function authorise(token: string | undefined): express.RequestHandler {
  return (req, _res, next) => {
    if (token === undefined) throw new NotFound('Admin routes are disabled: the server has no admin token (FAIRCAT_ADMIN_TOKEN).');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    if (!match) throw new Unauthorized('This route needs a bearer token.', { headers: { 'WWW-Authenticate': 'Bearer realm="FAIRCat admin"' } });
    const given = Buffer.from(match[1]!);
    const expected = Buffer.from(token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Forbidden('The bearer token is not the admin token.');
    next();
  };
}

function requested(req: Request): { sources: string[]; force: boolean } {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const list = (value: unknown): string[] => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String));
  const sources = [...new Set([...list(req.query.source), ...list(body.source), ...list(body.sources)])];
  const forceValue = body.force ?? req.query.force;
  return { sources, force: forceValue === true || forceValue === 'true' || forceValue === '1' };
}
