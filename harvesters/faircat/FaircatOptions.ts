import { z } from 'zod';

/**
 * Options of a `faircat` source. Either `url`, the base URL of another FAIRCat to follow (its `/changes` from the
 * last position; the first run reads everything from its dump, or its feed), or `snapshot`, one JSON-LD dump
 * (`catalog.jsonld.gz`, a file or URL) or one feed URL (`…/materials`) read once without a position
 * (`faircat import`).
 */
export const faircatOptions = z
  .object({
    url: z.url({ protocol: /^https?$/ }).optional(),
    snapshot: z.string().min(1).optional(),
    /** Where a first run reads the whole catalog: the gzipped JSON-LD dump (falling back to the feed) or the feed. */
    initial: z.enum(['dump', 'feed']).default('dump'),
  })
  .refine((options) => (options.url === undefined) !== (options.snapshot === undefined), 'give either url (a FAIRCat to follow) or snapshot (a dump or feed to read once)');

export type FaircatOptions = z.infer<typeof faircatOptions>;
