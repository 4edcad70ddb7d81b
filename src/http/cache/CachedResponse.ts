import type { OutgoingHttpHeaders } from 'node:http';

/** A `200` answer kept by the response cache: its headers as the route set them, and its body bytes. */
export interface CachedResponse {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** Bytes this entry is charged for (body, headers and key). */
  bytes: number;
}
