// Which named (non-anaphor) mentions are one real thing: same type and same folded key, an
// acronym that one of them states ("Ngân hàng Thế giới (WB)" … "WB"), or a shorter name that
// is the longer one minus a place ("Tổng cục Du lịch" / "Tổng cục Du lịch VN") or minus a
// year ("Giải … năm 2011"), when only one longer name fits.
import { foldKey } from '../../domain/fold.ts';
import type { Mention } from '../../domain/pipeline.ts';
import { PLACES } from '../lexicon/gazetteer.ts';
import { tokenize } from '../lexicon/tokens.ts';
import { canonicalName } from './canonical-name.ts';
import { debugResolve } from './debug.ts';

export interface Group {
  type: Mention['type'];
  /** Named by a type noun ("Công ty …", "Sở …"): a place after it is part of the same thing. */
  headed: boolean;
  canonical: string;
  key: string;
  members: number[];
}

export function groupMentions(mentions: Mention[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  mentions.forEach((m, i) => {
    if (m.anaphor) return;
    const canonical = canonicalName(m);
    const key = `${m.type}|${foldKey(canonical)}`;
    const aliasGroup = byKey.get(key) ?? m.aliases.map((a) => byKey.get(`${m.type}|${foldKey(a)}`)).find((g) => g !== undefined);
    const group = aliasGroup ?? { type: m.type, headed: false, canonical, key, members: [] };
    if (m.rule === 'org-head' || m.rule === 'org-known') group.headed = true;
    if (!aliasGroup) groups.push(group);
    else if (group.key !== key) debugResolve('merge %j into %j (alias)', m.text, group.canonical);
    group.members.push(i);
    byKey.set(key, group);
    for (const a of m.aliases) if (!byKey.has(`${m.type}|${foldKey(a)}`)) byKey.set(`${m.type}|${foldKey(a)}`, group);
  });
  return mergeShorter(groups);
}

/** Fold the shorter group into the one longer group that extends it by a place or a year. */
function mergeShorter(groups: Group[]): Group[] {
  const merged = new Set<Group>();
  const keys = new Map(groups.map((g) => [g, `${g.type}|${foldKey(g.canonical)}`]));
  // Sorted keys: the groups whose key starts with a given key are one contiguous run.
  const sorted = [...groups].sort((a, b) => (keys.get(a)! < keys.get(b)! ? -1 : keys.get(a)! > keys.get(b)! ? 1 : 0));
  for (const short of groups) {
    const typedKey = keys.get(short)!;
    const shortKey = typedKey.slice(short.type.length + 1);
    const longer: Group[] = [];
    for (let k = lowerBound(sorted, keys, typedKey); k < sorted.length && keys.get(sorted[k]!)!.startsWith(typedKey); k++) {
      const g = sorted[k]!;
      if (g !== short && !merged.has(g) && keys.get(g)!.length > typedKey.length && extendsBy(short, g, shortKey)) longer.push(g);
    }
    if (longer.length !== 1) {
      if (longer.length > 1) debugResolve('keep %j apart: it fits %d longer names', short.canonical, longer.length);
      continue;
    }
    const target = longer[0]!;
    debugResolve('merge %j into %j (shorter form)', short.canonical, target.canonical);
    target.members.push(...short.members);
    merged.add(short);
  }
  return groups.filter((g) => !merged.has(g));
}

function extendsBy(short: Group, long: Group, shortKey: string): boolean {
  const longKey = foldKey(long.canonical);
  if (longKey.length <= shortKey.length || !longKey.startsWith(shortKey)) return false;
  const rest = restAfterPrefix(long.canonical, shortKey);
  if (rest === null) return false;
  if (short.type === 'Place') return false;
  // "Tổng cục Du lịch" = "Tổng cục Du lịch VN"; but "Intel" ≠ "Intel Việt Nam" (a national branch).
  if (short.type === 'Organization') return short.headed && long.headed && isPlace(rest);
  if (short.type === 'Person') return false;
  return /^(năm\s+)?(19|20)\d\d$/u.test(rest) || (short.type !== 'Project' && isPlace(rest)) || rest.startsWith('của ');
}

/** The words of `name` after the ones whose folded form is `prefixKey`, or null if it cuts a word. */
function restAfterPrefix(name: string, prefixKey: string): string | null {
  const tokens = tokenize(name, 0, name.length);
  let acc = '';
  for (let i = 0; i < tokens.length; i++) {
    acc += tokens[i]!.fold;
    if (acc === prefixKey) {
      const next = tokens[i + 1];
      return next ? name.slice(next.start).trim() : '';
    }
    if (acc.length > prefixKey.length) return null;
  }
  return null;
}

function isPlace(rest: string): boolean {
  const tokens = tokenize(rest, 0, rest.length);
  const m = PLACES.match(tokens, 0, () => true);
  if (m && m.end === tokens.length) return true;
  const first = tokens[0];
  return !!first && /^(tp|tinh|thanhpho)$/.test(first.fold) && tokens.length > 1;
}

function lowerBound(sorted: Group[], keys: Map<Group, string>, key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys.get(sorted[mid]!)! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
