// Near-duplicate articles (syndicated copies, re-posts under another slug, a story with a
// line changed): a 64-bit SimHash (Charikar 2002) over word 3-shingles of the folded text.
// Similar texts get fingerprints that differ in few bits; two articles are near-copies when
// their fingerprints differ in at most MAX_DISTANCE bits (Manku, Jain & Das Sarma 2007 use 3
// of 64 for web pages). Finding such pairs needs no scan: split the 64 bits into 4 bands of
// 16; by the pigeonhole principle two fingerprints within 3 bits agree on at least one band,
// so a lookup by each band's value finds every candidate.
//
// Written here (about 60 lines) rather than taken from npm: the packages that exist
// (simhash-js, minhash) are unmaintained, 32-bit, or without a band index.
import { foldText } from '../domain/fold.ts';

export const MAX_DISTANCE = 3;
export const BANDS = 4;
const SHINGLE = 3;
/** Fewer shingles than this and the fingerprint says little: such an article is never linked. */
export const MIN_SHINGLES = 24;

/** "3f1a…" (16 hex digits), or null for a text too short to compare. */
export function simhash(text: string): string | null {
  const words = foldText(text).split(' ');
  const shingles = words.length - SHINGLE + 1;
  if (shingles < MIN_SHINGLES) return null;
  // Each word is hashed once; a shingle's two 32-bit halves mix its three word hashes.
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = fnv1a(words[i]!);
  const ones = new Int32Array(64);
  for (let i = 0; i < shingles; i++) {
    const [a, b, c] = [wordHashes[i]!, wordHashes[i + 1]!, wordHashes[i + 2]!];
    countOnes(ones, 0, mix(a, b, c, 0x9e3779b9));
    countOnes(ones, 32, mix(c, b, a, 0x85ebca6b));
  }
  let hex = '';
  for (let half = 0; half < 2; half++) {
    let bits = 0;
    for (let b = 0; b < 32; b++) if (ones[half * 32 + b]! * 2 > shingles) bits |= 1 << b;
    hex += (bits >>> 0).toString(16).padStart(8, '0');
  }
  return hex;
}

/** The fingerprint's 4 bands of 16 bits ("0:3f1a", "1:…"): the keys a lookup matches on. */
export function bandsOf(hash: string): string[] {
  return Array.from({ length: BANDS }, (_, i) => `${i}:${hash.slice(i * 4, i * 4 + 4)}`);
}

/** Bits in which two fingerprints differ. */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x !== 0) {
      x &= x - 1;
      distance++;
    }
  }
  return distance;
}

/** Adds each set bit of `hash` to its counter: a bit set in most shingles is set in the fingerprint. */
function countOnes(ones: Int32Array, offset: number, hash: number): void {
  for (let x = hash >>> 0; x !== 0; x &= x - 1) ones[offset + 31 - Math.clz32(x & -x)]! += 1;
}

/** Three word hashes → one well-mixed 32-bit hash (order matters: "a b c" ≠ "c b a"). */
function mix(a: number, b: number, c: number, seed: number): number {
  let h = Math.imul(a ^ seed, 0xcc9e2d51);
  h = Math.imul((h << 15) | (h >>> 17), 0x1b873593) ^ b;
  h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  h = Math.imul(h ^ c, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
