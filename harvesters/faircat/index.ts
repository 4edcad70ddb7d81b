import type { HarvestContext, Harvester } from '../Harvester.js';
import type { HarvestedMaterial } from '../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../src/model/ItemError.js';
import { formatPosition, parsePosition } from './ChangePosition.js';
import { dumpRecordNodes } from './dumpRecordNodes.js';
import { faircatOptions, type FaircatOptions } from './FaircatOptions.js';
import { FaircatFormatError } from './FaircatFormatError.js';
import { feedRecordNodes } from './feedRecordNodes.js';
import { onOrigin, originBase } from './onOrigin.js';
import { readChangesSince } from './readChangesSince.js';
import { readJson } from './readJson.js';
import { recordNodeToMaterial } from './recordNodeToMaterial.js';

export { faircatOptions, type FaircatOptions } from './FaircatOptions.js';
export { recordNodeToMaterial } from './recordNodeToMaterial.js';

type Item = HarvestedMaterial | ItemError;

/**
 * The `faircat` harvester: mirrors another FAIRCat (DESIGN §5 kind `faircat`). The first run reads the whole catalog
 * from its JSON-LD dump (or its feed) and records how far its `/changes` stream had got; every later run reads the
 * stream from there (IIIF Change Discovery 1.0), withdraws what was deleted and re-reads what was created or updated
 * from the feed (`modifiedSince` the oldest such change). Each material keeps the origin's record IRI in `sameAs`
 * and as its location (so `prov:wasDerivedFrom` in our record); the provider is the source's, i.e. the origin.
 * With `snapshot`, reads one dump or feed once (`faircat import`).
 */
export const faircat: Harvester<FaircatOptions> = {
  kind: 'faircat',
  summary: "another FAIRCat: its dump or feed first, then its /changes stream (creates, updates and deletes)",
  options: faircatOptions,
  optionsFor: (location) => ({ snapshot: location, initial: 'dump' }),
  async *harvest(options, context): AsyncIterable<Item> {
    if (options.snapshot !== undefined) {
      yield* readSnapshot(options.snapshot, context);
      context.incremental?.advance(`snapshot ${options.snapshot}`, { partial: true });
      return;
    }
    const origin = originBase(options.url!);
    const entryUrl = onOrigin('changes', origin);
    // Read the stream's length before anything else: whatever changes while the catalog is read is read again next time.
    const entry = await readJson(context.reader, entryUrl);
    const total = entry.totalItems;
    const collection = typeof entry.id === 'string' ? entry.id : entryUrl;
    if (entry.type !== 'OrderedCollection' || typeof total !== 'number') throw new FaircatFormatError('not an OrderedCollection with totalItems', entryUrl);
    const position = parsePosition(context.incremental?.position);

    if (position === undefined || position.collection !== collection || position.index > total) {
      if (position !== undefined) context.logger.warn({ position, collection, total }, 'the origin change stream is not the one followed before: reading the whole catalog again');
      yield* readWholeCatalog(origin, options.initial, context);
      context.incremental?.advance(formatPosition({ collection, index: total }), { partial: false });
      return;
    }
    if (position.index === total) {
      context.incremental?.advance(formatPosition(position), { partial: true });
      return;
    }
    const { activities, end } = await readChangesSince(context.reader, entry, position.index, origin);
    const last = new Map<string, (typeof activities)[number]>();
    for (const activity of activities) last.set(activity.object, activity);
    const upserts = [...last.values()].filter((activity) => activity.type !== 'Delete');
    for (const activity of last.values()) {
      if (activity.type === 'Delete') context.incremental?.withdraw(activity.object, `deleted at the origin ${origin} on ${activity.endTime}`);
    }
    if (upserts.length > 0) {
      // Every record the origin changed since the oldest pending create or update, in their current state. Records
      // changed after the stream was read come too: a newer state is harmless, and is seen again next run.
      const since = upserts.map((activity) => activity.endTime).sort()[0]!;
      const firstPage = `${onOrigin('materials', origin)}?${new URLSearchParams({ modifiedSince: since, limit: '200' }).toString()}`;
      for await (const { node, location } of feedRecordNodes(context.reader, firstPage, origin, context.signal)) yield toItem(node, location);
    }
    context.incremental?.advance(formatPosition({ collection, index: end }), { partial: true });
    context.logger.debug({ origin, from: position.index, to: end, deletes: last.size - upserts.length, upserts: upserts.length }, 'followed the origin change stream');
  },
};

async function* readWholeCatalog(origin: string, initial: FaircatOptions['initial'], context: HarvestContext): AsyncIterable<Item> {
  if (initial === 'dump') {
    const dumpUrl = onOrigin('dumps/catalog.jsonld.gz', origin);
    const bytes = await context.reader.readBytes(dumpUrl);
    if (bytes !== undefined) {
      for (const node of dumpRecordNodes(bytes, dumpUrl)) yield toItem(node, dumpUrl);
      return;
    }
    context.logger.info({ dumpUrl }, 'the origin has no dump: reading its feed');
  }
  for await (const { node, location } of feedRecordNodes(context.reader, `${onOrigin('materials', origin)}?limit=200`, origin, context.signal)) yield toItem(node, location);
}

async function* readSnapshot(location: string, context: HarvestContext): AsyncIterable<Item> {
  if (/^https?:\/\//.test(location) && !/\.json(ld)?(\.gz)?$/.test(new URL(location).pathname)) {
    for await (const { node, location: page } of feedRecordNodes(context.reader, location, location, context.signal)) yield toItem(node, page);
    return;
  }
  const bytes = await context.reader.readBytes(location);
  if (bytes === undefined) throw new FaircatFormatError('not found', location);
  for (const node of dumpRecordNodes(bytes, location)) yield toItem(node, location);
}

/** A harvested material located at the origin's record IRI, or an item error located where the node was read. */
function toItem(node: unknown, readFrom: string): Item {
  const mapped = recordNodeToMaterial(node);
  if (typeof mapped === 'string') return new ItemError(`not a FAIRCat record: ${mapped}`, readFrom);
  return { material: mapped.material, location: mapped.origin, warnings: [] };
}
