import { z } from 'zod';

/** Options of a `carpentries-feed` source: the feeds to read, as URLs or local paths. */
export const carpentriesFeedOptions = z.object({
  feeds: z.array(z.string().min(1)).min(1),
});

export type CarpentriesFeedOptions = z.infer<typeof carpentriesFeedOptions>;
