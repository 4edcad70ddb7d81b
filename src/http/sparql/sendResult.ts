import type { Response } from 'express';

/** Bytes per write: small enough that one large result never holds the socket buffer for long. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Writes a result body in chunks, waiting for `drain` whenever the socket buffer is full, so that a large result
 * is sent from the one copy we hold (the bytes the graph worker transferred) without a second copy in the
 * socket's buffers. HEAD gets the headers only (RFC 9110 §9.3.2).
 */
export async function sendResult(res: Response, mediaType: string, body: Uint8Array, isHead: boolean): Promise<void> {
  res.type(mediaType).set('Content-Length', String(body.byteLength));
  if (isHead) {
    res.end();
    return;
  }
  for (let offset = 0; offset < body.byteLength; offset += CHUNK_BYTES) {
    if (res.destroyed) return;
    const chunk = Buffer.from(body.buffer, body.byteOffset + offset, Math.min(CHUNK_BYTES, body.byteLength - offset));
    if (!res.write(chunk)) await new Promise<void>((resolve) => {
      const done = (): void => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  }
  res.end();
}
