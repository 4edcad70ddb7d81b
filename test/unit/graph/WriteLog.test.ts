import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WriteLog } from '../../../src/graph/WriteLog.js';
import type { GraphWrite } from '../../../src/graph/GraphWrite.js';
import type { LoggedWrite } from '../../../src/graph/WriteLog.js';

function replace(graph: string): GraphWrite {
  return { kind: 'replace-graphs', graphs: [{ graph, nquads: '' }] };
}

function graphsOf(entries: readonly LoggedWrite[]): string[] {
  return entries.flatMap(({ write }) => (write.kind === 'replace-graphs' ? write.graphs.map(({ graph }) => graph) : []));
}

describe('WriteLog', () => {
  it('keeps nothing while no worker is being rebuilt', () => {
    const log = new WriteLog();
    log.sending(log.record(replace('g1')));
    assert.equal(log.held, 0);
  });

  it('replays the writes sent after the mark, in order, and not those still waiting to be sent', () => {
    const log = new WriteLog();
    log.sending(log.record(replace('before')));
    const mark = log.mark();
    log.sending(log.record(replace('first')));
    log.sending(log.record(replace('second')));
    log.record(replace('not sent yet'));
    assert.deepEqual(graphsOf(log.sentAfter(mark)), ['first', 'second']);
  });

  it('does not replay a write invoked before the mark, even if it was sent after it', () => {
    const log = new WriteLog();
    const seq = log.record(replace('in reload'));
    const mark = log.mark();
    log.sending(seq);
    assert.deepEqual(log.sentAfter(mark), []);
  });

  it('keeps writes for the oldest rebuild still under way and drops them when the last one ends', () => {
    const log = new WriteLog();
    const first = log.mark();
    log.sending(log.record(replace('a')));
    const second = log.mark();
    log.sending(log.record(replace('b')));
    log.release(second);
    assert.deepEqual(graphsOf(log.sentAfter(first)), ['a', 'b']);
    log.release(first);
    assert.equal(log.held, 0);
  });
});
