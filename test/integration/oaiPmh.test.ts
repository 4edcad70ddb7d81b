import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { DataFactory } from 'n3';
import { parseRdfXml } from '../helpers/parseRdfXml.js';
import { parseRdf, sameGraph } from '../helpers/rdf.js';
import { startCatalog, TEST_PID_BASE, type RunningCatalog } from '../helpers/startCatalog.js';
import { xmllintMissing, xmlSchemaErrors } from '../helpers/xmllint.js';

const COMMUNITY_FEED = 'snapshot/feeds/carpentries-community-lessons-2020-10-02.json';
const PAGE_SIZE = 7;

/** The parts of an OAI-PMH response a test reads. */
function read(xml: string) {
  const $ = cheerio.load(xml, { xml: true });
  return {
    $,
    error: $('error').attr('code'),
    headers: $('header').toArray().map((h) => ({ identifier: $(h).find('identifier').text(), deleted: $(h).attr('status') === 'deleted', datestamp: $(h).find('datestamp').text(), sets: $(h).find('setSpec').toArray().map((s) => $(s).text()) })),
    token: $('resumptionToken').text(),
    hasToken: $('resumptionToken').length > 0,
    completeListSize: Number($('resumptionToken').attr('completeListSize')),
  };
}

describe('the OAI-PMH 2.0 provider at /oai-pmh', () => {
  let root: string;
  let running: RunningCatalog;
  let withdrawnIri: string;
  const oai = async (query: string): Promise<string> => {
    const response = await fetch(`${running.url}oai-pmh?${query}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/xml/);
    const xml = await response.text();
    if (!xmllintMissing) assert.equal(xmlSchemaErrors(xml), undefined, `${query}:\n${xml.slice(0, 2000)}`);
    return xml;
  };

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'faircat-oai-'));
    cpSync('examples', root, { recursive: true });
    running = await startCatalog({
      configPath: join(root, 'demo.config.yaml'),
      configure: (raw) => {
        raw.harvest = { ...(raw.harvest as object), withdrawAfterMissingRuns: 1 };
        raw.oaiPmh = { pageSize: PAGE_SIZE, adminEmail: 'catalog@faircat.test' };
      },
    });
    // Withdraw one lesson: remove it from its source and harvest again.
    const feedPath = join(root, COMMUNITY_FEED);
    const entries = JSON.parse(readFileSync(feedPath, 'utf8')) as { repo: string }[];
    writeFileSync(feedPath, JSON.stringify(entries.filter((e) => e.repo !== 'shell-extras')));
    await running.catalog.runner.runAll(['carpentries-community-feed']);
    const withdrawn = running.catalog.journal.db.prepare("SELECT id FROM materials WHERE status = 'withdrawn' AND hash != ''").all() as { id: string }[];
    assert.equal(withdrawn.length, 1);
    withdrawnIri = `${TEST_PID_BASE}materials/${withdrawn[0]!.id}`;
  });
  after(async () => {
    await running?.stop({ removeData: true });
    rmSync(root, { recursive: true, force: true });
  });

  test('validates its responses with xmllint against the OAI-PMH 2.0 schema', { skip: xmllintMissing ?? false }, () => {
    assert.ok(xmlSchemaErrors('<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>today</responseDate></OAI-PMH>'), 'an invalid response is caught');
  });

  for (const prefix of ['oai_dc', 'rdf']) {
    test(`harvests the whole catalog with ListRecords (${prefix}) across resumption tokens, every material once and the withdrawn one as a deleted header`, async () => {
      const headers: ReturnType<typeof read>['headers'] = [];
      let xml = await oai(`verb=ListRecords&metadataPrefix=${prefix}`);
      let responses = 1;
      for (;;) {
        const page = read(xml);
        assert.equal(page.error, undefined);
        assert.ok(page.headers.length <= PAGE_SIZE);
        headers.push(...page.headers);
        for (const record of page.$('record').toArray()) {
          const deleted = page.$(record).find('header').attr('status') === 'deleted';
          assert.equal(page.$(record).find('metadata').length, deleted ? 0 : 1, 'deleted records carry no metadata');
        }
        if (!page.token) {
          if (responses > 1) assert.ok(page.hasToken, 'the last response of an incomplete list has an empty resumptionToken');
          break;
        }
        assert.equal(page.completeListSize, running.catalog.journal.countActive() + 1);
        xml = await oai(`verb=ListRecords&resumptionToken=${encodeURIComponent(page.token)}`);
        responses++;
      }
      assert.ok(responses > 1, 'the list took several responses');
      const active = running.catalog.journal.listActive({ limit: 10_000 }).map((r) => `${TEST_PID_BASE}materials/${r.id}`);
      assert.deepEqual(headers.filter((h) => !h.deleted).map((h) => h.identifier), active);
      assert.deepEqual(headers.filter((h) => h.deleted).map((h) => h.identifier), [withdrawnIri]);
      assert.ok(headers.every((h) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(h.datestamp) && h.sets.length === 1 && h.sets[0]!.startsWith('provider:')));
    });
  }

  test('disseminates each record as Bioschemas RDF/XML that an RDF/XML parser reads as the record graph', async () => {
    const [stored] = running.catalog.journal.listActive({ limit: 1 });
    const iri = `${TEST_PID_BASE}materials/${stored!.id}`;
    const { $ } = read(await oai(`verb=GetRecord&metadataPrefix=rdf&identifier=${encodeURIComponent(iri)}`));
    const rdf = $.xml($('metadata').children().first());
    const fromXml = await parseRdfXml(rdf);
    const expected = parseRdf(stored!.nquads, { format: 'N-Quads' }).map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
    assert.ok(sameGraph(fromXml, expected));
  });

  test('disseminates each record as oai_dc with its title, identifiers, subjects and publisher', async () => {
    const shell = running.catalog.journal.listActive({ limit: 10_000 }).find((r) => r.record.material.name === 'The Unix Shell');
    assert.ok(shell);
    const iri = `${TEST_PID_BASE}materials/${shell.id}`;
    const { $ } = read(await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(iri)}`));
    const dc = (name: string): string[] => $(`dc\\:${name}`).toArray().map((e) => $(e).text());
    assert.equal(dc('title')[0], 'The Unix Shell');
    assert.ok(dc('identifier').includes(iri) && dc('identifier').includes(shell.record.material.url));
    assert.deepEqual(dc('subject'), shell.record.material.keywords);
    assert.deepEqual(dc('publisher'), ['Software Carpentry']);
    assert.deepEqual(dc('rights'), ['https://spdx.org/licenses/CC-BY-4.0']);
    assert.ok(dc('creator').length > 0);
  });

  test('answers GetRecord for a withdrawn record with a deleted header', async () => {
    const page = read(await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(withdrawnIri)}`));
    assert.deepEqual(page.headers.map((h) => [h.identifier, h.deleted]), [[withdrawnIri, true]]);
  });

  test('names its formats, its sets (one per provider) and itself', async () => {
    const formats = read(await oai('verb=ListMetadataFormats')).$('metadataPrefix').toArray().map((e) => cheerio.load(e).text());
    assert.deepEqual(formats, ['oai_dc', 'rdf']);
    const sets = read(await oai('verb=ListSets')).$('setSpec').toArray().map((e) => cheerio.load(e).text());
    assert.ok(sets.includes('provider') && sets.includes('provider:software-carpentry'));
    const identify = read(await oai('verb=Identify')).$;
    assert.equal(identify('deletedRecord').text(), 'persistent');
    assert.equal(identify('adminEmail').text(), 'catalog@faircat.test');
    assert.equal(identify('granularity').text(), 'YYYY-MM-DDThh:mm:ssZ');
  });

  test('selects by set and by from/until', async () => {
    const inSet = read(await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&set=provider:hpc-carpentry'));
    const hpc = running.catalog.journal.listActive({ limit: 10_000 }).filter((r) => r.record.provider === 'hpc-carpentry');
    assert.ok(hpc.length > 0);
    assert.deepEqual(inSet.headers.slice(0, PAGE_SIZE).map((h) => h.identifier), hpc.slice(0, PAGE_SIZE).map((r) => `${TEST_PID_BASE}materials/${r.id}`));
    const future = read(await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&from=2999-01-01'));
    assert.equal(future.error, 'noRecordsMatch');
    const all = read(await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&from=2000-01-01T00:00:00Z&until=2999-12-31T23:59:59Z'));
    assert.equal(all.completeListSize, running.catalog.journal.countActive() + 1);
  });

  const errors: [string, string][] = [
    ['', 'badVerb'],
    ['verb=Harvest', 'badVerb'],
    ['verb=Identify&verb=Identify', 'badVerb'],
    ['verb=Identify&set=x', 'badArgument'],
    ['verb=ListRecords', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=rdf', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-02-01T00:00:00Z', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=yesterday', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-01&until=2024-01-01', 'badArgument'],
    ['verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc', 'badArgument'],
    ['verb=GetRecord&metadataPrefix=oai_dc', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=marcxml', 'cannotDisseminateFormat'],
    ['verb=GetRecord&metadataPrefix=oai_dc&identifier=https%3A%2F%2Fw3id.org%2Ffaircat-test%2Fmaterials%2F0000000000', 'idDoesNotExist'],
    ['verb=ListMetadataFormats&identifier=oai%3Aelsewhere%3A1', 'idDoesNotExist'],
    ['verb=ListRecords&resumptionToken=not-a-token', 'badResumptionToken'],
    ['verb=ListIdentifiers&resumptionToken=WzEsIkxpc3RSZWNvcmRzIix7Im1ldGFkYXRhUHJlZml4Ijoib2FpX2RjIn0sIiIsMF0', 'badResumptionToken'],
    ['verb=ListSets&resumptionToken=x', 'badResumptionToken'],
    ['verb=ListRecords&metadataPrefix=oai_dc&set=provider:nobody', 'noRecordsMatch'],
  ];
  for (const [query, code] of errors) {
    test(`answers ${code} to "${query}" in a valid response`, async () => {
      const xml = await oai(query);
      const page = read(xml);
      assert.equal(page.error, code, xml);
      if (code === 'badVerb' || code === 'badArgument') assert.equal(page.$('request')[0]?.attribs && Object.keys(page.$('request')[0]!.attribs).length, 0, 'no arguments echoed');
    });
  }

  test('takes its arguments by POST as well (OAI-PMH 2.0 §3.1.1.2)', async () => {
    const response = await fetch(`${running.url}oai-pmh`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'verb=ListIdentifiers&metadataPrefix=oai_dc' });
    const page = read(await response.text());
    assert.equal(page.headers.length, PAGE_SIZE);
    assert.ok(page.token);
  });
});
