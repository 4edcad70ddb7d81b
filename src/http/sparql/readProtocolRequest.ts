import type { Request } from 'express';
import { BadRequest } from '../errors/BadRequest.js';
import { Forbidden } from '../errors/Forbidden.js';
import { UnsupportedMediaType } from '../errors/UnsupportedMediaType.js';
import type { ProtocolRequest } from './ProtocolRequest.js';

const READ_ONLY = 'This endpoint is read-only: SPARQL Update operations are not accepted.';
const FORMAT_PARAMETERS = ['format', 'output', 'results'] as const;

/**
 * Reads a SPARQL 1.1 Protocol query request (§2.1): `query` from the URL for GET (§2.1.1), from the form body
 * for a URL-encoded POST (§2.1.2), or the whole body for an `application/sparql-query` POST (§2.1.3, dataset
 * parameters in the URL). Refuses what §2.1.1–2.1.3 rule out with 400 (`query` twice, or both in the URL and
 * the body), a body in another media type or charset with 415, and any update (§2.2) with 403. Format
 * parameters may come from the URL or a form body, any number of times (SPARQLWrapper repeats them).
 */
export function readProtocolRequest(req: Request): ProtocolRequest {
  const url = req.query as Record<string, unknown>;
  let query: string | undefined;
  let defaultGraphs = values(url['default-graph-uri']);
  let namedGraphs = values(url['named-graph-uri']);
  let formats = FORMAT_PARAMETERS.flatMap((name) => values(url[name]));
  if (url.update !== undefined) throw new Forbidden(READ_ONLY);
  if (req.method === 'POST') {
    const contentType = req.get('content-type') ?? '';
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    const charset = /charset\s*=\s*"?([^";]+)/i.exec(contentType)?.[1]?.trim().toLowerCase();
    if (mediaType === 'application/sparql-update') throw new Forbidden(READ_ONLY);
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') throw new UnsupportedMediaType('Queries must be sent in UTF-8 (SPARQL 1.1 Protocol §2.1.2, §2.1.3).');
    if (mediaType === 'application/x-www-form-urlencoded') {
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (body.update !== undefined) throw new Forbidden(READ_ONLY);
      if (url.query !== undefined) throw new BadRequest('A form POST carries the query in its body, not in the URL (SPARQL 1.1 Protocol §2.1.2).');
      query = single('query', body.query);
      defaultGraphs = [...defaultGraphs, ...values(body['default-graph-uri'])];
      namedGraphs = [...namedGraphs, ...values(body['named-graph-uri'])];
      formats = [...formats, ...FORMAT_PARAMETERS.flatMap((name) => values(body[name]))];
    } else if (mediaType === 'application/sparql-query') {
      if (url.query !== undefined) throw new BadRequest('A direct POST carries the query in its body, not in the URL (SPARQL 1.1 Protocol §2.1.3).');
      query = typeof req.body === 'string' ? req.body : '';
    } else {
      throw new UnsupportedMediaType('POST a query as application/x-www-form-urlencoded or application/sparql-query (SPARQL 1.1 Protocol §2.1.2, §2.1.3).');
    }
  } else {
    query = single('query', url.query);
  }
  return { ...(query === undefined ? {} : { query }), defaultGraphs, namedGraphs, formats: formats.filter((format) => format !== '') };
}

function values(value: unknown): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

function single(name: string, value: unknown): string | undefined {
  const given = values(value);
  if (given.length > 1) throw new BadRequest(`The parameter ${name} may be given only once (SPARQL 1.1 Protocol §2.1).`);
  return given[0];
}
