import { GraphIndexLoadingError } from '../../graph/GraphIndexLoadingError.js';
import { GraphWorkerError } from '../../graph/GraphWorkerError.js';
import { QueryEvaluationError } from '../../graph/QueryEvaluationError.js';
import { QueryTimeoutError } from '../../graph/QueryTimeoutError.js';
import { UnsupportedResultFormatError } from '../../graph/UnsupportedResultFormatError.js';
import { FederatedQueryError } from '../../sparql/federation/FederatedQueryError.js';
import { QuerySyntaxError } from '../../sparql/QuerySyntaxError.js';
import { QueryTooLargeError } from '../../sparql/QueryTooLargeError.js';
import { ServiceNotAllowedError } from '../../sparql/ServiceNotAllowedError.js';
import { UpdateNotAllowedError } from '../../sparql/UpdateNotAllowedError.js';
import { BadGateway } from '../errors/BadGateway.js';
import { BadRequest } from '../errors/BadRequest.js';
import { Forbidden } from '../errors/Forbidden.js';
import type { HttpError } from '../errors/HttpError.js';
import { NotAcceptable } from '../errors/NotAcceptable.js';
import { PayloadTooLarge } from '../errors/PayloadTooLarge.js';
import { ServiceUnavailable } from '../errors/ServiceUnavailable.js';

/**
 * Translates the typed errors of the SPARQL engine and the graph index into HTTP errors (SPARQL 1.1 Protocol
 * §2.1.4: a malformed query is 400, a refused one a 4xx, a server failure 5xx). A query stopped at its time limit
 * answers 503 without `Retry-After` (running it again would time out again); a lost graph worker answers 503
 * with `Retry-After` (the pool is already starting a new one), and so does a query sent while the graph index is
 * still loading after start-up (records and feeds are served from the journal meanwhile); a federated query that failed at Comunica or a
 * remote endpoint answers 502 with the reason. Anything else is not ours to translate.
 */
export function sparqlHttpError(error: unknown): HttpError | undefined {
  if (error instanceof QuerySyntaxError) return new BadRequest(`Syntax error in the query: ${error.message}`, { cause: error });
  if (error instanceof QueryTooLargeError) return new PayloadTooLarge(error.message, { cause: error });
  if (error instanceof UpdateNotAllowedError || error instanceof ServiceNotAllowedError) return new Forbidden(error.message, { cause: error });
  if (error instanceof QueryEvaluationError) return new BadRequest(`The query could not be evaluated: ${error.message}`, { cause: error });
  if (error instanceof QueryTimeoutError) return new ServiceUnavailable(`The query ran longer than the time limit of ${error.timeoutMs} ms and was stopped. Narrow it down (fewer patterns, a LIMIT, more selective filters) and try again.`, { cause: error });
  if (error instanceof UnsupportedResultFormatError) return new NotAcceptable(`${error.message}`, { cause: error });
  if (error instanceof FederatedQueryError) return new BadGateway(`The federated query failed: ${error.message}`, { cause: error });
  if (error instanceof GraphIndexLoadingError) return new ServiceUnavailable('The SPARQL endpoint is starting: the graph index is loading the catalog from the journal. Records, feeds and search are served meanwhile; try the query again shortly.', { cause: error, headers: { 'Retry-After': '5' } });
  if (error instanceof GraphWorkerError) return new ServiceUnavailable('The query engine is restarting; try again shortly.', { cause: error, headers: { 'Retry-After': '1' } });
  return undefined;
}
