import { z } from 'zod';

/**
 * How a `carpentries-feed` source enriches its entries with the lessons themselves: `true` reads each entry's
 * GitHub repository (`raw.githubusercontent.com`), `{ mirror }` reads `<mirror>/<owner>/<repo>/` instead (local
 * copies: offline snapshots, air-gapped catalogs, tests), `false` reads the feed only.
 */
export const feedEnrichment = z.union([z.boolean(), z.object({ mirror: z.string().trim().min(1) }).strict()]);

/** Options of a `carpentries-feed` source: the feeds to read, as URLs or local paths, and whether to read the lessons too. */
export const carpentriesFeedOptions = z.object({
  feeds: z.array(z.string().min(1)).min(1),
  /** Absent or `false`: the feed only. */
  enrich: feedEnrichment.optional(),
});

export type CarpentriesFeedOptions = z.infer<typeof carpentriesFeedOptions>;
export type FeedEnrichment = z.infer<typeof feedEnrichment>;
