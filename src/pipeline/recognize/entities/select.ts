// Settles overlapping candidates: a higher tier wins, then the longer span, then the earlier one.
// "Sở Thông tin … TP Đà Nẵng" (headed org) beats the Place "Đà Nẵng" inside it; a longer
// name of tier ≥ 2 swallows the shorter ones it contains ("Công Ty … FPT" over "FPT").
// The chosen spans never overlap, so they stay sorted by start and clashes are found by
// binary search (linear-logarithmic even for a huge unpunctuated "sentence").
import type { Candidate } from './candidate.ts';

export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.tier - a.tier || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of ordered) {
    const from = firstEndingAfter(chosen, c.start);
    let to = from;
    while (to < chosen.length && chosen[to]!.start < c.end) to++;
    const clashes = chosen.slice(from, to);
    if (clashes.length === 0 || (c.tier >= 2 && clashes.every((k) => k.tier >= 2 && contains(c, k)))) chosen.splice(from, to - from, c);
  }
  return chosen;
}

/** Index of the first chosen span whose end is after `at` (ends are sorted too). */
function firstEndingAfter(chosen: Candidate[], at: number): number {
  let lo = 0;
  let hi = chosen.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (chosen[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function contains(outer: Candidate, inner: Candidate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}
