import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROVIDER_WEIGHTS, SYNTHETIC_PROVIDERS } from '../../../../bench/synthetic/providers.js';
import { providerSchema } from '../../../../src/config/configSchema.js';

describe('SYNTHETIC_PROVIDERS', () => {
  it('are 40 providers with distinct ids that a config accepts', () => {
    assert.equal(SYNTHETIC_PROVIDERS.length, 40);
    assert.equal(new Set(SYNTHETIC_PROVIDERS.map((p) => p.id)).size, 40);
    for (const provider of SYNTHETIC_PROVIDERS) assert.equal(providerSchema.safeParse(provider).success, true, provider.id);
  });

  it('have rising cumulative Zipf weights, one per provider', () => {
    assert.equal(PROVIDER_WEIGHTS.length, 40);
    assert.equal(PROVIDER_WEIGHTS[0], 1);
    assert.ok(PROVIDER_WEIGHTS.every((w, i) => i === 0 || w > PROVIDER_WEIGHTS[i - 1]!));
  });
});
