import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { errorPage } from '../views/errorPage.js';
import { HttpError } from './errors/HttpError.js';
import { negotiate } from './negotiate.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  409: 'Conflict', 410: 'Gone', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/**
 * The one error handler (STYLE principle 5): renders any error as HTML, `application/problem+json`
 * (RFC 9457) or plain text, by the request's `Accept`. `HttpError`s and body-parser errors keep their status
 * and message; anything else is logged with its cause and answered with a masked 500.
 */
export function errorHandler(catalogTitle: string, logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const { status, message, headers } = describe(error);
    if (status >= 500) logger.error({ err: error, method: req.method, url: req.originalUrl }, 'request failed');
    else logger.debug({ status, url: req.originalUrl, message }, 'request rejected');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const title = TITLES[status] ?? 'Error';
    res.status(status).set(headers).set('Cache-Control', 'no-store');
    const type = negotiate(req.get('accept'), ['text/plain', 'application/problem+json', 'application/json', 'text/html']) ?? 'text/plain';
    if (type === 'text/html') res.type('text/html').send(errorPage(catalogTitle, status, title, message));
    else if (type.endsWith('json')) res.type('application/problem+json').send(JSON.stringify({ type: 'about:blank', title, status, detail: message }));
    else res.type('text/plain').send(`${status} ${title}: ${message}\n`);
  };
}

function describe(error: unknown): { status: number; message: string; headers: Record<string, string> } {
  if (error instanceof HttpError) {
    return { status: error.status, message: error.expose ? error.message : 'The server could not answer this request.', headers: error.headers };
  }
  const candidate = error as { status?: unknown; statusCode?: unknown; expose?: unknown; message?: unknown; type?: unknown };
  const status = Number(candidate.status ?? candidate.statusCode);
  if (Number.isInteger(status) && status >= 400 && status < 500 && candidate.expose === true) {
    const message = candidate.type === 'entity.too.large' ? 'The request body is larger than this server accepts.' : String(candidate.message);
    return { status, message, headers: {} };
  }
  return { status: 500, message: 'The server could not answer this request.', headers: {} };
}
