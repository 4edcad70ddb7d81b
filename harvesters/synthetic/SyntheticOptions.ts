import { z } from 'zod';

/** Options of a `synthetic` source: lesson lists to read, each an NDJSON file or a directory of `*.ndjson` files. */
export const syntheticOptions = z.object({
  lists: z.array(z.string().min(1)).min(1),
});

export type SyntheticOptions = z.infer<typeof syntheticOptions>;
