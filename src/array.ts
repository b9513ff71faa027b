/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an
 * argument, and past about a hundred thousand items that exceeds the call stack (a chart that
 * renders 130k documents crashed the scan so): every append of a list of unbounded length goes
 * through here.
 */
export const pushAll = <T>(target: T[], items: Iterable<T>): void => {
  for (const item of items) target.push(item);
};

/** The largest of `values` (`-Infinity` for none), without spreading them into arguments. */
export const maxOf = (values: Iterable<number>): number => {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max;
};
