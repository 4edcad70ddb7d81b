import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FetchError } from '../../../src/harvest/fetchWithPolicy.js';
import { RobotsRules } from '../../../src/harvest/RobotsRules.js';

const UA = 'FAIRCat/0.1 (+https://example.org/faircat)';

describe('RobotsRules', () => {
  it('allows and disallows by the rules for our agent, and reads robots.txt once per site', async () => {
    const fetched: string[] = [];
    const rules = new RobotsRules(async (url) => {
      fetched.push(url);
      return 'User-agent: *\nDisallow: /private/\n\nUser-agent: FAIRCat\nDisallow: /no-catalogs/\n';
    }, UA);
    assert.equal(await rules.isAllowed('https://site.example/lessons/a.json'), true);
    assert.equal(await rules.isAllowed('https://site.example/no-catalogs/a.json'), false);
    assert.equal(await rules.isAllowed('https://site.example/private/a.json'), true, 'the FAIRCat group replaces the * group');
    assert.deepEqual(fetched, ['https://site.example/robots.txt']);
  });

  const unavailable: [string, () => Promise<string | undefined>, boolean][] = [
    ['allows everything when there is no robots.txt (404)', async () => undefined, true],
    ['allows everything when robots.txt is forbidden (4xx: "unavailable", RFC 9309 §2.3.1.3)', async () => { throw new FetchError('403', 'u', 403); }, true],
    ['disallows the site when robots.txt is unreachable (5xx, RFC 9309 §2.3.1.4)', async () => { throw new FetchError('503', 'u', 503); }, false],
    ['disallows the site when robots.txt cannot be fetched at all', async () => { throw new TypeError('fetch failed'); }, false],
  ];
  for (const [what, fetchText, allowed] of unavailable) {
    it(what, async () => {
      assert.equal(await new RobotsRules(fetchText, UA).isAllowed('https://site.example/a'), allowed);
    });
  }

  it('reports a Crawl-delay so that the host is slowed down', async () => {
    const delays: [string, number][] = [];
    const rules = new RobotsRules(async () => 'User-agent: *\nCrawl-delay: 3\n', UA, (host, ms) => delays.push([host, ms]));
    await rules.isAllowed('https://site.example/a');
    assert.deepEqual(delays, [['site.example', 3000]]);
  });
});
