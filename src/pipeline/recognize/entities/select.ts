// Settles overlapping candidates: a higher tier wins, then the longer span, then the earlier one.
// "Sở Thông tin … TP Đà Nẵng" (headed org) beats the Place "Đà Nẵng" inside it.
import type { Candidate } from './candidate.ts';

export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.tier - a.tier || b.end - b.start - (a.end - a.start) || a.start - b.start);
  let chosen: Candidate[] = [];
  for (const c of ordered) {
    const clashes = chosen.filter((k) => c.start < k.end && k.start < c.end);
    if (clashes.length === 0) chosen.push(c);
    // "Công Ty Cổ Phần Viễn Thông FPT" (headed) swallows the known "FPT" inside it.
    else if (c.tier >= 2 && clashes.every((k) => k.tier >= 2 && contains(c, k))) {
      chosen = chosen.filter((k) => !clashes.includes(k));
      chosen.push(c);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function contains(outer: Candidate, inner: Candidate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}
