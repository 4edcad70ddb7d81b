/** Drops the keys whose value is `undefined`, so that parsed results compare cleanly with `deepEqual`. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
