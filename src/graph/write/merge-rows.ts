// Several articles' rows → one set of statement parameters, so a batch of articles is
// written with one UNWIND statement per label and relationship type. Rows for the same
// entity or fact are merged here, in article order, exactly as loading the articles one
// after the other would: first name wins, aliases unite; a fact lists every article with
// its confidence, and a later article's qualifier value wins.
import type { EntityType } from '../../domain/ontology.ts';
import type { ArticleRows, EntityRow, FactRow, SentenceRow } from './build-rows.ts';

export interface BatchRows {
  /** The Article nodes' properties. */
  articles: Array<Record<string, unknown>>;
  /** Every article's sentences, each with its mentions. */
  sentences: SentenceRow[];
  entities: Partial<Record<EntityType, EntityRow[]>>;
  facts: Partial<Record<string, FactRow[]>>;
  quantityFacts: FactRow[];
}

export function mergeRows(list: ArticleRows[]): BatchRows {
  // One article (the API's mutation): its rows are already one per entity and fact. Used as
  // they are, not copied: a 2 MB article has tens of thousands of them.
  if (list.length === 1) {
    const [rows] = list as [ArticleRows];
    return { articles: [rows.article], sentences: rows.sentences, entities: rows.entities, facts: rows.facts, quantityFacts: rows.quantityFacts };
  }
  const entities = new Map<string, EntityRow>();
  const facts = new Map<string, { type: string; row: FactRow }>();
  for (const rows of list) {
    for (const row of Object.values(rows.entities).flat()) {
      const seen = entities.get(row.id);
      if (!seen) entities.set(row.id, { ...row });
      else {
        seen.aliases = [...new Set([...seen.aliases, ...row.aliases])];
        seen.searchForms = [...new Set([...seen.searchForms, ...row.searchForms])];
      }
    }
    const typed = [...Object.entries(rows.facts), ['HAS_QUANTITY', rows.quantityFacts] as const];
    for (const [type, factRows] of typed) {
      for (const row of factRows ?? []) mergeFact(facts, type, row);
    }
  }
  const byType = <T>(items: T[], typeOf: (item: T) => string) => {
    const groups: Record<string, T[]> = {};
    for (const item of items) (groups[typeOf(item)] ??= []).push(item);
    return groups;
  };
  const entityGroups = byType([...entities.values()], (e) => e.type) as Partial<Record<EntityType, EntityRow[]>>;
  const factGroups = byType([...facts.values()], (f) => f.type);
  const factRows = Object.fromEntries(Object.entries(factGroups).map(([type, items]) => [type, items.map((f) => f.row)]));
  const { HAS_QUANTITY: quantityFacts = [], ...entityFacts } = factRows;
  return {
    articles: list.map((rows) => rows.article),
    sentences: list.flatMap((rows) => rows.sentences),
    entities: entityGroups,
    facts: entityFacts,
    quantityFacts,
  };
}

function mergeFact(facts: Map<string, { type: string; row: FactRow }>, type: string, row: FactRow): void {
  const key = `${row.subject}|${type}|${row.object}`;
  const seen = facts.get(key)?.row;
  if (!seen) {
    facts.set(key, { type, row: { ...row, articleIds: [...row.articleIds], confidences: [...row.confidences] } });
    return;
  }
  seen.articleIds.push(...row.articleIds);
  seen.confidences.push(...row.confidences);
  seen.evidence = [...new Set([...seen.evidence, ...row.evidence])];
  seen.qualifiers = { ...seen.qualifiers, ...row.qualifiers };
  seen.extractor = row.extractor;
}
