import { readFileSync } from 'node:fs';
import express, { Router, type Request, type Response } from 'express';
import type { AppContext } from '../AppContext.js';
import { ontologyPath } from '../../model/ontologyPath.js';
import { oaiEnvelope } from '../oai-pmh/oaiEnvelope.js';
import { OaiError } from '../oai-pmh/OaiError.js';
import { OaiRepository } from '../oai-pmh/OaiRepository.js';
import { parseOaiRequest } from '../oai-pmh/parseOaiRequest.js';

/**
 * `GET` and `POST /oai-pmh` (DESIGN §4): an OAI-PMH 2.0 provider, so that catalogs such as TeSS ingest FAIRCat
 * with the harvesters they already run. Protocol errors are answered with HTTP 200 and `<error>` (§3.6); POST takes
 * `application/x-www-form-urlencoded` arguments (§3.1.1.2). Also serves `/oai-pmh/rdf.xsd`, the schema named for the
 * `rdf` format.
 */
export function oaiPmhRoute(context: AppContext): Router {
  const router = Router();
  const baseUrl = `${context.config.baseUrl}oai-pmh`;
  const repository = new OaiRepository({
    journal: context.journal,
    iris: context.iris,
    repositoryName: context.config.catalog.title,
    baseUrl,
    catalogBaseUrl: context.config.baseUrl,
    adminEmail: context.config.oaiPmh.adminEmail,
    pageSize: context.config.oaiPmh.pageSize,
    providerName: (id) => context.config.providers.find((p) => p.id === id)?.name ?? id,
    configuredProviders: context.config.providers.map((p) => p.id),
  });
  const rdfSchema = readFileSync(ontologyPath('oai-pmh/rdf.xsd'), 'utf8');

  const handle = (raw: Record<string, string[]>, res: Response): void => {
    const now = new Date();
    let body: string;
    try {
      const request = parseOaiRequest(raw);
      body = oaiEnvelope({ baseUrl, now, request: { verb: request.verb, ...request.args }, answer: repository.answer(request) });
    } catch (error) {
      if (!(error instanceof OaiError)) throw error;
      const echo = Object.fromEntries(Object.entries(raw).filter(([, values]) => values.length === 1).map(([name, values]) => [name, values[0]!]));
      body = oaiEnvelope({ baseUrl, now, request: echo, error });
    }
    res.set('Access-Control-Allow-Origin', '*').type('text/xml; charset=utf-8').send(body);
  };
  router.get('/oai-pmh', (req, res) => handle(argumentsOf(req.originalUrl.split('?')[1] ?? ''), res));
  router.post('/oai-pmh', express.text({ type: 'application/x-www-form-urlencoded', limit: '64kb' }), (req: Request, res) => {
    handle(argumentsOf(typeof req.body === 'string' ? req.body : ''), res);
  });
  router.get('/oai-pmh/rdf.xsd', (_req, res) => {
    res.type('application/xml').set('Cache-Control', 'public, max-age=86400').send(rdfSchema);
  });
  return router;
}

/** Every argument with all its values, from a query string or form body (names and values percent-decoded). */
function argumentsOf(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) (out[name] ??= []).push(value);
  return out;
}
