// Resolve: one entity per real thing. Named mentions are grouped by a folded identity key
// (./group-mentions.ts, ./canonical-name.ts), back-references joined to their antecedent
// (./resolve-anaphors.ts). Ids are `${ID_PREFIX[type]}:${slugify(canonical)}`: the same in any article.
import { foldKey, slugify } from '../../domain/fold.ts';
import { ID_PREFIX } from '../../domain/ontology.ts';
import type { Mention, Resolution, ResolvedEntity } from '../../domain/pipeline.ts';
import { canonicalName } from './canonical-name.ts';
import { groupMentions, type Group } from './group-mentions.ts';
import { resolveAnaphors } from './resolve-anaphors.ts';

export function resolveEntities(mentions: Mention[]): Resolution {
  const warnings: string[] = [];
  const groups = groupMentions(mentions);
  const entityOf = mentions.map(() => -1);
  groups.forEach((g, gi) => {
    for (const i of g.members) entityOf[i] = gi;
  });
  resolveAnaphors(mentions, groups, entityOf, warnings);
  const entities = groups.map((g) => toEntity(g, mentions));
  return { entities, entityOfMention: entityOf, warnings };
}

function toEntity(g: Group, mentions: Mention[]): ResolvedEntity {
  const members = [...g.members].sort((a, b) => a - b);
  const named = members.map((i) => mentions[i]!).filter((m) => !m.anaphor);
  // The fullest name among those that spell the canonical one ("Sở TT&TT Bình Định" over a bare "Sở TT&TT").
  const key = foldKey(g.canonical);
  const exact = named.filter((m) => foldKey(canonicalName(m)) === key);
  const name = g.type === 'Place' ? g.canonical : fullest((exact.length > 0 ? exact : named).map((m) => m.name));
  const aliases = new Set<string>();
  for (const m of named) for (const a of [m.text, m.name, ...m.aliases]) if (a !== name) aliases.add(a);
  if (g.canonical !== name) aliases.add(g.canonical);
  return {
    id: `${ID_PREFIX[g.type]}:${slugify(g.canonical)}`,
    type: g.type,
    name,
    aliases: [...aliases],
    nameKey: foldKey(g.canonical),
    mentionIndexes: members,
  };
}

/** The longest name, the first one seen on a tie. */
function fullest(names: string[]): string {
  return names.reduce((best, n) => (n.length > best.length ? n : best), names[0] ?? '');
}
