// Option values shared by several commands, checked the same way in each.
import { UsageError } from './exit-codes.ts';

/** A whole number of at least `min`, or a UsageError naming the option; undefined when not given. */
export function wholeNumber(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} must be a whole number of at least ${min}`);
  return n;
}
