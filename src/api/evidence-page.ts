// `Fact.evidence(first:, skip:)`: a window of a fact's evidence sentences in their stored
// order. A hub's facts have hundreds of sentences each, and a page of 50 facts with all of
// them was most of what the entity view cost (bench/RESULTS.md); without `first` the list is
// whole, as before the arguments existed.
import { GraphQLError } from 'graphql';
import type { EvidencePage } from '../graph/read/models.ts';

export interface EvidenceArgs {
  first?: number | null;
  skip?: number | null;
}

/** The window the arguments ask for; a negative value or a `first` over the page size limit is the client's error. */
export function evidencePage(args: EvidenceArgs, maxPageSize: number): EvidencePage {
  const skip = args.skip ?? 0;
  const first = args.first ?? null;
  if (skip < 0) throw badInput(`Argument "skip" of evidence is ${skip}; it cannot be negative.`);
  if (first !== null && first < 0) throw badInput(`Argument "first" of evidence is ${first}; it cannot be negative.`);
  if (first !== null && first > maxPageSize) {
    throw new GraphQLError(`Argument "first" of evidence is ${first}, above the maximum page size of ${maxPageSize}.`, {
      extensions: { code: 'PAGE_SIZE_LIMIT_EXCEEDED', maxPageSize },
    });
  }
  return { skip, limit: first };
}

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

const endOf = (page: EvidencePage) => (page.limit === null ? null : page.skip + page.limit);

/** The smallest window holding all of `pages` (two aliases of `evidence` asking different windows). */
export function unionOfPages(pages: readonly EvidencePage[]): EvidencePage {
  if (pages.length === 0) return { skip: 0, limit: 0 };
  const skip = Math.min(...pages.map((page) => page.skip));
  const ends = pages.map(endOf);
  const end = ends.includes(null) ? null : Math.max(...(ends as number[]));
  return { skip, limit: end === null ? null : end - skip };
}

/**
 * The `wanted` window out of the rows read for the `loaded` one (null: all of them). The
 * reads fetch a window holding every one the query asks (lookahead.ts), so a window not
 * held is a bug, and fails loudly rather than answering a wrong list.
 */
export function pageOfEvidence<T>(rows: readonly T[], loaded: EvidencePage | null, wanted: EvidencePage): T[] {
  const from = loaded?.skip ?? 0;
  const loadedEnd = loaded ? endOf(loaded) : null;
  const wantedEnd = endOf(wanted);
  const held = wanted.skip >= from && (loadedEnd === null || (wantedEnd !== null && wantedEnd <= loadedEnd));
  if (!held) throw new Error(`evidence window ${JSON.stringify(wanted)} asked, ${JSON.stringify(loaded)} read`);
  return rows.slice(wanted.skip - from, wantedEnd === null ? undefined : wantedEnd - from);
}
