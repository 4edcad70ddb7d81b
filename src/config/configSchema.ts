import { z } from 'zod';

/**
 * The whole configuration of a FAIRCat instance, with every default in this one place (STYLE principle 7).
 * The YAML config file is validated against it at start-up; environment variables override it
 * (`applyEnvironment`). Each source's `options` are validated by its harvester kind.
 */
const idPattern = /^[a-z0-9][a-z0-9._-]*$/;

export const providerSchema = z.object({
  id: z.string().regex(idPattern, 'a provider id is lower-case letters, digits, ".", "_" or "-"'),
  name: z.string().min(1),
  url: z.url().optional(),
  description: z.string().optional(),
});

export const sourceSchema = z.object({
  id: z.string().regex(idPattern, 'a source id is lower-case letters, digits, ".", "_" or "-"'),
  kind: z.string().min(1),
  /** Id of the provider (training project) the materials of this source come from. */
  provider: z.string().regex(idPattern),
  name: z.string().optional(),
  enabled: z.boolean().default(true),
  /** Cron expression (croner syntax) for scheduled runs; none means only on demand. */
  schedule: z.string().optional(),
  /** Merge precedence when several sources describe one material: lower wins. */
  priority: z.number().int().default(100),
  politeness: z
    .object({
      concurrency: z.number().int().min(1).max(16).default(2),
      delayMs: z.number().int().min(0).default(250),
      timeoutMs: z.number().int().min(100).default(30_000),
      /** Ask each site's robots.txt before fetching from it (RFC 9309); turn off only for APIs made to be read. */
      robotsTxt: z.boolean().default(true),
      /** Attempts per request for 5xx, 429, timeouts and network errors (backoff with jitter between them). */
      attempts: z.number().int().min(1).max(10).default(3),
    })
    .prefault({}),
  /** Name of an environment variable holding an `Authorization` header value for this source. */
  authEnv: z.string().optional(),
  options: z.record(z.string(), z.unknown()).default({}),
});

export const configSchema = z.object({
  catalog: z
    .object({
      title: z.string().default('FAIRCat'),
      description: z.string().default('A federated linked-data catalog of FAIR training materials for research software engineering and HPC.'),
      publisher: z.string().default('FAIRCat'),
      license: z.url().default('https://creativecommons.org/publicdomain/zero/1.0/'),
    })
    .prefault({}),
  server: z
    .object({
      port: z.number().int().min(0).max(65535).default(3000),
      host: z.string().default('0.0.0.0'),
      /** Public base URL ending in `/`; default `http://localhost:<port>/`. */
      baseUrl: z.url().optional(),
      /** Base of persistent identifiers ending in `/` (e.g. `https://w3id.org/faircat/`); default the base URL. */
      pidBase: z.url().optional(),
      /** Bearer token for admin routes; admin routes are disabled without one. */
      adminToken: z.string().min(16).optional(),
      /** Test hooks (dataset load for the W3C suites). Never enable in production. */
      enableTestHooks: z.boolean().default(false),
    })
    .prefault({}),
  /** Journal, dumps and caches. Relative paths are resolved against the working directory. */
  dataDir: z.string().default('./data'),
  sparql: z
    .object({
      timeoutMs: z.number().int().min(10).default(10_000),
      maxRows: z.number().int().min(1).default(10_000),
      maxQueryBytes: z.number().int().min(100).default(100_000),
      maxConcurrent: z.number().int().min(1).default(8),
      /** Queries that wait (first come, first served, at most the time limit) when `maxConcurrent` run; more get 503. */
      maxQueued: z.number().int().min(0).default(64),
      workers: z.number().int().min(1).max(8).default(2),
      /** Endpoints that `SERVICE` may call; empty means no federated query ever leaves the server. */
      serviceAllowList: z.array(z.url()).default([]),
    })
    .prefault({}),
  harvest: z
    .object({
      /** When `faircat serve` harvests at start: only into an empty journal, always, or never. */
      onStart: z.enum(['if-empty', 'always', 'never']).default('if-empty'),
      /** A record is withdrawn after being absent from this many consecutive applied runs of its source. */
      withdrawAfterMissingRuns: z.number().int().min(1).default(2),
      /** A run that would drop more than this share of a source's records is not applied. */
      maxDropShare: z.number().min(0).max(1).default(0.3),
      userAgent: z.string().default('FAIRCat/0.1 (+https://github.com/faircat/faircat; training-material catalog harvester)'),
      maxResponseBytes: z.number().int().min(1024).default(20 * 1024 * 1024),
      /** Lease of a source's harvest lock; renewed while the run goes on, taken over once it expires. */
      lockLeaseMs: z.number().int().min(1000).default(10 * 60_000),
    })
    .prefault({}),
  /** The OAI-PMH 2.0 provider at `/oai-pmh` (issue 6). */
  oaiPmh: z
    .object({
      /** Records or headers per ListRecords/ListIdentifiers response; the rest follows by resumption token. */
      pageSize: z.number().int().min(1).max(1000).default(100),
      /** `adminEmail` of the Identify response (OAI-PMH 2.0 §4.2): set it to a real address. */
      adminEmail: z.email().default('faircat-admin@example.org'),
    })
    .prefault({}),
  /** The response cache of records, feeds and SPARQL GET results, emptied when a harvest is applied (issue 9). */
  cache: z
    .object({
      /** Bytes of responses kept in memory (least recently used dropped first); 0 turns the cache off. */
      maxBytes: z.number().int().min(0).default(64 * 1024 * 1024),
      /** Responses larger than this are not kept. */
      maxEntryBytes: z.number().int().min(1).default(2 * 1024 * 1024),
      /** SPARQL results are kept only for a catalog version this old, so that the graph index has caught up with it. */
      sparqlSettleMs: z.number().int().min(0).default(30_000),
    })
    .prefault({}),
  providers: z.array(providerSchema).default([]),
  sources: z.array(sourceSchema).default([]),
});

export type Config = z.infer<typeof configSchema>;
export type SourceConfig = z.infer<typeof sourceSchema>;
export type ProviderConfig = z.infer<typeof providerSchema>;
