// `kg extract --format table`: one article's extraction for a person to read, with the ids
// that `kg cypher` queries and GraphQL take (article id on the second line, entity ids in the
// entity list).
//   Sở Thông tin và Truyền thông TP Đà Nẵng —WON→ Tổ chức thuộc khu vực công… (year 2011) 0.90
//       "Sở Thông tin và Truyền thông Đà Nẵng vừa được tổ chức Future Gov trao giải thưởng…"
import type { ExtractResult, FactOut, QuantityValue } from '../domain/extraction.ts';

const QUOTE_MAX = 220;

export function formatTable(result: ExtractResult, origin: string): string {
  const { article } = result;
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const head = [`== ${origin}`, `"${article.title}"`, article.publishedAt ?? 'no date', article.source ?? 'no source'].join(' · ');
  const lines = [head, `article id: ${article.id}`, `facts (${result.facts.length}):`];
  for (const fact of result.facts) lines.push(...factLines(fact, names));
  lines.push(`quantities (${result.quantities.length}):`);
  for (const q of result.quantities) lines.push(`  ${quantityLabel(q)}  [sentence ${q.sentence}]`);
  lines.push(`entities (${result.entities.length}):`);
  for (const [type, list] of groupByType(result)) lines.push(`  ${type}:`, ...list.map((entry) => `    ${entry}`));
  lines.push(`warnings (${result.warnings.length}):`);
  for (const warning of result.warnings) lines.push(`  - ${warning}`);
  return `${lines.join('\n')}\n`;
}

function factLines(fact: FactOut, names: Map<string, string>): string[] {
  const subject = names.get(fact.subject) ?? fact.subject;
  const object = typeof fact.object === 'string' ? (names.get(fact.object) ?? fact.object) : quantityLabel(fact.object);
  const qualifiers = Object.entries(fact.qualifiers)
    .map(([k, v]) => `${k} ${typeof v === 'string' ? (names.get(v) ?? v) : String(v)}`)
    .join(', ');
  const line = `  ${subject} —${fact.predicate}→ ${object}${qualifiers ? ` (${qualifiers})` : ''} ${fact.confidence.toFixed(2)}`;
  return [line, ...fact.evidence.map((e) => `      "${shorten(e.quote)}"`)];
}

function quantityLabel(q: QuantityValue): string {
  const measure = q.measure ? `, ${q.measure}` : '';
  return `${q.text} = ${q.value} ${q.unit}${measure}`;
}

function groupByType(result: ExtractResult): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const entity of result.entities) {
    const list = groups.get(entity.type) ?? [];
    const aliases = entity.aliases.filter((a) => a !== entity.name);
    list.push(`${entity.id}  ${entity.name}${aliases.length > 0 ? ` (${aliases.join(', ')})` : ''}`);
    groups.set(entity.type, list);
  }
  return groups;
}

function shorten(quote: string): string {
  return quote.length <= QUOTE_MAX ? quote : `${quote.slice(0, QUOTE_MAX - 1)}…`;
}
