// Back-references point to the nearest earlier entity of the same type: "Dự án trên" → the
// last Project, "Sở" → the last organization whose name starts with "Sở", "ông Hùng" → the last
// person whose given name is Hùng. No antecedent: the mention is dropped with a warning.
import { foldKey, foldText } from '../../domain/fold.ts';
import type { Mention } from '../../domain/pipeline.ts';
import type { Group } from './group-mentions.ts';

/** Sentences between an anaphor and its antecedent beyond which the link is flagged as doubtful. */
const FAR = 3;
/** How many mentions back an antecedent is looked for (keeps huge inputs linear). */
const LOOKBACK = 300;
/** Generic words for a business, folded: any of them refers back to a company named with another. */
const BUSINESS_HEADS = new Set(['cong ty', 'hang', 'doanh nghiep', 'tap doan', 'tong cong ty']);

export function resolveAnaphors(mentions: Mention[], groups: Group[], entityOf: number[], warnings: string[]): void {
  mentions.forEach((m, i) => {
    if (!m.anaphor) return;
    const target = antecedent(mentions, entityOf, i, m, groups);
    if (target === null) {
      warnings.push(`resolve: no earlier ${m.type} for the back-reference "${m.text}" (sentence ${m.sentence}); skipped`);
      return;
    }
    entityOf[i] = target.group;
    groups[target.group]!.members.push(i);
    if (m.sentence - target.sentence > FAR) {
      warnings.push(`resolve: "${m.text}" (sentence ${m.sentence}) linked to "${groups[target.group]!.canonical}" ${m.sentence - target.sentence} sentences back; low confidence`);
    }
  });
}

function antecedent(mentions: Mention[], entityOf: number[], i: number, m: Mention, groups: Group[]): { group: number; sentence: number } | null {
  const fits = matcher(m);
  return subjectAntecedent(mentions, entityOf, i, m, groups, fits) ?? nearestAntecedent(mentions, entityOf, i, m, groups, fits);
}

/**
 * A generic "Công ty này" / "Hãng này" prefers the organization that led a recent sentence over a
 * name met inside it: "Tại triển lãm, ⟨Chang'an⟩ trưng bày mẫu ⟨"Sturgeon"⟩. Công ty này …" → Chang'an.
 */
function subjectAntecedent(mentions: Mention[], entityOf: number[], i: number, m: Mention, groups: Group[], fits: Fits) {
  if (m.type !== 'Organization' || m.rule === 'org-bare-head') return null;
  for (let k = i - 1; k >= Math.max(0, i - LOOKBACK); k--) {
    const prev = mentions[k]!;
    if (m.sentence - prev.sentence > 1) break;
    const g = entityOf[k]!;
    if (prev.anaphor || g < 0 || prev.type !== m.type || prev.sentence === m.sentence) continue;
    const firstOfSentence = !mentions.slice(Math.max(0, k - 20), k).some((x) => x.sentence === prev.sentence && x.type === prev.type);
    if (firstOfSentence && fits(prev, groups[g]!)) return { group: g, sentence: prev.sentence };
  }
  return null;
}

type Fits = (prev: Mention, group: Group) => boolean;

function nearestAntecedent(mentions: Mention[], entityOf: number[], i: number, m: Mention, groups: Group[], fits: Fits) {
  for (let k = i - 1; k >= Math.max(0, i - LOOKBACK); k--) {
    const prev = mentions[k]!;
    const g = entityOf[k]!;
    if (prev.anaphor || g < 0 || prev.type !== m.type) continue;
    if (fits(prev, groups[g]!)) return { group: g, sentence: prev.sentence };
  }
  return null;
}

function matcher(m: Mention): (prev: Mention, group: Group) => boolean {
  const head = foldText(m.text.split(/\s+(này|trên|đó|nói trên|kể trên|ấy)$/u)[0] ?? m.text);
  if (m.type === 'Person') {
    const given = foldKey(m.name);
    return (prev) => foldText(prev.name).split(' ').pop() === given;
  }
  if (m.type === 'Organization' && m.rule === 'org-bare-head') return (prev) => foldText(prev.name).startsWith(`${head} `);
  if (m.type === 'Organization') {
    // "Ngân hàng này": prefer a bank, but a generic "tổ chức này" takes any organization.
    // "Công ty này" / "Hãng này" / "Doanh nghiệp này" may point back to any business: "Tập đoàn Lotte".
    const business = BUSINESS_HEADS.has(head);
    return (prev) =>
      head === 'to chuc' ||
      foldText(prev.name).startsWith(`${head} `) ||
      prev.rule !== 'org-head' ||
      (business && [...BUSINESS_HEADS].some((h) => foldText(prev.name).startsWith(`${h} `)));
  }
  return () => true;
}
