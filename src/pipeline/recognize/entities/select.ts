// Settles overlapping candidates: a higher tier wins, then the longer span, then the earlier one.
// "Sở Thông tin … TP Đà Nẵng" (headed org) beats the Place "Đà Nẵng" inside it.
import type { Candidate } from './candidate.ts';

export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.tier - a.tier || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of ordered) {
    if (chosen.some((k) => c.start < k.end && k.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
