import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sourceHealth, type SourceHealth } from '../../../src/model/SourceHealth.js';
import type { HarvestRunReport } from '../../../src/model/HarvestRunReport.js';

describe('sourceHealth', () => {
  const table: [boolean, HarvestRunReport['status'] | undefined, SourceHealth][] = [
    [true, 'applied', 'healthy'],
    [true, 'suspicious', 'suspicious'],
    [true, 'failed', 'failing'],
    [true, 'interrupted', 'failing'],
    [true, undefined, 'never-run'],
    [false, 'failed', 'disabled'],
  ];
  for (const [enabled, status, health] of table) {
    it(`is ${health} for an ${enabled ? 'enabled' : 'disabled'} source whose last run is ${status ?? 'none'}`, () => {
      assert.equal(sourceHealth(enabled, status === undefined ? undefined : { status }), health);
    });
  }
});
