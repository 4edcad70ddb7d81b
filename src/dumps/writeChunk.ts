import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes a chunk and waits for `drain` when the stream asks for it (backpressure). */
export async function writeChunk(sink: Writable, chunk: string): Promise<void> {
  if (!sink.write(chunk)) await once(sink, 'drain');
}
