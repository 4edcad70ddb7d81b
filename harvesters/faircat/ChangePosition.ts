/**
 * How far a `faircat` source has read another FAIRCat's change stream: the stream's IRI (a different one means the
 * origin was replaced) and how many activities were applied (the index of the next one, AS2 `startIndex` counting).
 */
export interface ChangePosition {
  collection: string;
  index: number;
}

export function formatPosition(position: ChangePosition): string {
  return JSON.stringify(position);
}

/** The stored position, or `undefined` when there is none or it is not one of ours. Pure. */
export function parsePosition(text: string | undefined): ChangePosition | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<ChangePosition>;
    return typeof value.collection === 'string' && Number.isSafeInteger(value.index) && value.index! >= 0
      ? { collection: value.collection, index: value.index! }
      : undefined;
  } catch {
    return undefined;
  }
}
