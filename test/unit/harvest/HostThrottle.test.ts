import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HostThrottle } from '../../../src/harvest/HostThrottle.js';

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('HostThrottle', () => {
  it('never runs more than `concurrency` requests to one host at a time', async () => {
    const throttle = new HostThrottle({ concurrency: 2, delayMs: 0 });
    let active = 0;
    let most = 0;
    await Promise.all(Array.from({ length: 8 }, () => throttle.run('https://a.example/x', async () => {
      active++;
      most = Math.max(most, active);
      await tick(5);
      active--;
    })));
    assert.equal(most, 2);
  });

  it('spaces the starts of requests to one host by the delay', async () => {
    const throttle = new HostThrottle({ concurrency: 4, delayMs: 40 });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 3 }, () => throttle.run('https://a.example/x', async () => {
      starts.push(performance.now());
    })));
    assert.ok(starts[1]! - starts[0]! >= 30 && starts[2]! - starts[0]! >= 70, `starts ${starts.map((s) => Math.round(s - starts[0]!)).join(', ')}`);
  });

  it('does not make requests to different hosts wait for each other', async () => {
    const throttle = new HostThrottle({ concurrency: 1, delayMs: 200 });
    const started = performance.now();
    await Promise.all(['https://a.example/', 'https://b.example/', 'https://c.example/'].map((url) => throttle.run(url, async () => undefined)));
    assert.ok(performance.now() - started < 150);
  });

  it('slows a host down when it asks for a longer delay (robots.txt Crawl-delay)', async () => {
    const throttle = new HostThrottle({ concurrency: 1, delayMs: 0 });
    throttle.slowDown('a.example', 60);
    const starts: number[] = [];
    for (let i = 0; i < 2; i++) await throttle.run('https://a.example/', async () => starts.push(performance.now()));
    assert.ok(starts[1]! - starts[0]! >= 55);
  });
});
