// Near-copies of an article (syndicated re-posts, another slug, a line changed) are linked
// to the first article of their story: (copy)-[:DUPLICATE_OF {distance}]->(original). The
// original is an article with no DUPLICATE_OF of its own, so every story has one original
// and its copies point straight at it; a fact's distinct stories are then its articles
// counted by `coalesce(original, article)` (src/graph/read/fact-reads.ts).
// Runs inside the batch's write transaction: the links are all-or-nothing with the articles.
// When an original is deleted, its copies stay one story: the earliest published of them
// becomes the original and the others copy it (promoteEarliest), in the delete's transaction.
import type { ManagedTransaction } from 'neo4j-driver';
import { bandsOf, hammingDistance, MAX_DISTANCE } from '../../dedupe/simhash.ts';
import type { ArticleRows } from './build-rows.ts';

export interface Fingerprinted {
  id: string;
  simhash: string;
}

export interface DuplicateLink {
  copy: string;
  original: string;
  /** Bits in which the two fingerprints differ (0 … MAX_DISTANCE). */
  distance: number;
}

/**
 * Stored originals that share a band with one of the batch's fingerprints. Four index seeks
 * per article; run before the batch is written, so its own articles are not among them.
 */
const STORED_CANDIDATES = /* cypher */ `
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Article) WHERE a.simhash0 = row.bands[0] RETURN a
  UNION MATCH (a:Article) WHERE a.simhash1 = row.bands[1] RETURN a
  UNION MATCH (a:Article) WHERE a.simhash2 = row.bands[2] RETURN a
  UNION MATCH (a:Article) WHERE a.simhash3 = row.bands[3] RETURN a
}
WITH row, a WHERE a.id <> row.id AND NOT EXISTS { (a)-[:DUPLICATE_OF]->() }
RETURN row.id AS id, collect({id: a.id, simhash: a.simhash}) AS candidates`;

/** An updated article's old link goes: its new text may be another story. */
const UNLINK = /* cypher */ `
UNWIND $ids AS id
MATCH (:Article {id: id})-[d:DUPLICATE_OF]->()
DELETE d`;

const LINK = /* cypher */ `
UNWIND $links AS link
MATCH (c:Article {id: link.copy})
MATCH (o:Article {id: link.original})
MERGE (c)-[d:DUPLICATE_OF]->(o)
SET d.distance = link.distance`;

/**
 * A deleted original's copies, their links to it gone (publishedAt as "2022-01-24").
 * Copies are never originals themselves, so no other article links to them.
 */
const UNLINK_COPIES_OF = /* cypher */ `
MATCH (c:Article)-[d:DUPLICATE_OF]->(:Article {id: $articleId})
DELETE d
RETURN c.id AS id, c.simhash AS simhash, toString(c.publishedAt) AS publishedAt`;

/** Step 1, before the batch's articles are written: which of them copy which original. */
export async function findDuplicateLinks(tx: ManagedTransaction, batch: ArticleRows[]): Promise<DuplicateLink[]> {
  const fingerprinted = batch.flatMap((rows) => (rows.simhash ? [{ id: rows.articleId, simhash: rows.simhash }] : []));
  if (fingerprinted.length === 0) return [];
  const result = await tx.run(STORED_CANDIDATES, { rows: fingerprinted.map((f) => ({ id: f.id, bands: bandsOf(f.simhash) })) });
  const stored = new Map(result.records.map((r) => [r.get('id') as string, r.get('candidates') as Fingerprinted[]]));
  return chooseOriginals(fingerprinted, stored);
}

/** Step 2, after the articles are written: updated articles lose their old link, copies get theirs. */
export async function writeDuplicateLinks(tx: ManagedTransaction, links: DuplicateLink[], updatedIds: string[]): Promise<void> {
  if (updatedIds.length > 0) await tx.run(UNLINK, { ids: updatedIds });
  if (links.length > 0) await tx.run(LINK, { links });
}

/**
 * For each article in batch order: the nearest original within MAX_DISTANCE bits, among the
 * stored ones and the batch's earlier articles that are originals themselves. Ties go to a
 * stored article (it came first), then to the earlier one. Pure, for the unit tests.
 */
export function chooseOriginals(batch: Fingerprinted[], stored: Map<string, Fingerprinted[]>): DuplicateLink[] {
  const links: DuplicateLink[] = [];
  const earlier = new Map<string, Fingerprinted[]>();
  for (const article of batch) {
    const candidates = [...(stored.get(article.id) ?? []), ...bandsOf(article.simhash).flatMap((band) => earlier.get(band) ?? [])];
    let best: DuplicateLink | null = null;
    for (const candidate of candidates) {
      if (candidate.id === article.id || typeof candidate.simhash !== 'string') continue;
      const distance = hammingDistance(article.simhash, candidate.simhash);
      if (distance <= MAX_DISTANCE && (!best || distance < best.distance)) best = { copy: article.id, original: candidate.id, distance };
    }
    if (best) {
      links.push(best);
      continue;
    }
    for (const band of bandsOf(article.simhash)) earlier.set(band, [...(earlier.get(band) ?? []), article]);
  }
  return links;
}

export interface StoredCopy extends Fingerprinted {
  /** "2022-01-24", or null when the article has no date. */
  publishedAt: string | null;
}

/**
 * Before an original is deleted (in the delete's transaction): its copies are linked to the
 * earliest of them, which becomes the story's original. Returns that article's id (null when
 * there were no copies) and how many copies now point at it.
 */
export async function promoteCopiesOf(tx: ManagedTransaction, articleId: string): Promise<{ newOriginalId: string | null; copiesRelinked: number }> {
  const result = await tx.run(UNLINK_COPIES_OF, { articleId });
  const promoted = promoteEarliest(result.records.map((r) => ({ id: r.get('id'), simhash: r.get('simhash'), publishedAt: r.get('publishedAt') })));
  if (!promoted) return { newOriginalId: null, copiesRelinked: 0 };
  await writeDuplicateLinks(tx, promoted.links, []);
  return { newOriginalId: promoted.original, copiesRelinked: promoted.links.length };
}

/**
 * The copies of a deleted original stay one story, so that deleting an article never raises
 * a fact's count of distinct stories: the earliest published copy (undated ones last, then
 * the lowest id: kg keeps no order of loading) becomes the original, and every other copy is
 * linked to it, at the distance between their fingerprints. That distance may exceed
 * MAX_DISTANCE (up to twice it: both were within it of the deleted original). Pure, for the
 * unit tests.
 */
export function promoteEarliest(copies: StoredCopy[]): { original: string; links: DuplicateLink[] } | null {
  const [original, ...others] = [...copies].sort(byPublication);
  if (!original) return null;
  const links = others.map((copy) => ({ copy: copy.id, original: original.id, distance: hammingDistance(copy.simhash, original.simhash) }));
  return { original: original.id, links };
}

function byPublication(a: StoredCopy, b: StoredCopy): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
