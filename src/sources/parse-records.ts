// JSON and JSON Lines inputs: each record {title, text, publishedAt?, source?, url?} → a
// RawArticle, or an InputError naming the record ("feed.jsonl:12"). One bad record never
// hides the others. Records of news corpora are understood too: `id` (the archive's own id)
// → externalId, `outlet` → source when there is no `source`, `topic` kept; other fields
// (e.g. `corpus`) are ignored.
import { type RawArticle, InputError } from '../domain/article-input.ts';

export function parseJsonArticles(text: string, origin: string): Array<RawArticle | InputError> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [new InputError(origin, 'not-an-article', `not valid JSON (${(error as Error).message})`)];
  }
  if (Array.isArray(data)) {
    if (data.length === 0) return [new InputError(origin, 'empty', 'the JSON array holds no records')];
    return data.map((record, i) => recordToArticle(record, `${origin}[${i}]`));
  }
  return [recordToArticle(data, origin)];
}

/** One JSON Lines record; `where` names it ("feed.jsonl:12"). */
export function parseJsonLine<T = RawArticle>(
  line: string,
  where: string,
  convert: (record: unknown, where: string) => T | InputError = recordToArticle as (record: unknown, where: string) => T | InputError,
): T | InputError {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return new InputError(where, 'not-an-article', `not valid JSON (${(error as Error).message})`);
  }
  return convert(record, where);
}

const OPTIONAL_FIELDS = ['title', 'publishedAt', 'source', 'url', 'topic'] as const;

export function recordToArticle(record: unknown, origin: string): RawArticle | InputError {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return new InputError(origin, 'not-an-article', 'a record must be a JSON object {title, text, publishedAt?, source?, url?}');
  }
  const fields = record as Record<string, unknown>;
  // Invisible format characters (U+200B, U+FEFF, bidi marks) are no text either.
  if (typeof fields.text !== 'string' || fields.text.replace(/[\p{White_Space}\p{Cf}]/gu, '') === '') {
    return new InputError(origin, 'not-an-article', 'the record has no "text" (a non-empty string is required)');
  }
  const article: RawArticle = { origin, text: fields.text };
  for (const key of OPTIONAL_FIELDS) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      return new InputError(origin, 'not-an-article', `the record's "${key}" must be a string`);
    }
    article[key] = value;
  }
  const { id, outlet } = fields;
  if (id !== undefined && id !== null) {
    if (typeof id !== 'string' && typeof id !== 'number') return new InputError(origin, 'not-an-article', 'the record\'s "id" must be a string or a number');
    article.externalId = String(id);
  }
  if (typeof outlet === 'string' && outlet.trim() !== '' && !article.source) article.source = outlet;
  return article;
}
