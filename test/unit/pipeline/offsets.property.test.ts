// Properties over every output on real articles (the samples; the dev set too under
// `npm run eval`): each span slices exactly to its text, and NFD or Ð input changes nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../src/domain/extraction.ts';
import { extractArticle } from '../../../src/pipeline/extract.ts';
import { realArticles } from '../../support/articles.ts';

const ARTICLES = realArticles();

function extract(path: string, transform: (text: string) => string = (t) => t): ExtractResult {
  return extractArticle({ origin: path, text: transform(readFileSync(path, 'utf8')) });
}

/** Entities and facts as comparable values: ids, names, spans. */
function summary(result: ExtractResult) {
  return {
    text: result.text,
    entities: result.entities.map((e) => [e.id, e.type, e.name, e.mentions.map((m) => [m.start, m.end])]),
    facts: result.facts.map((f) => [f.subject, f.predicate, typeof f.object === 'string' ? f.object : f.object.value, f.evidence.map((e) => [e.start, e.end])]),
    quantities: result.quantities.map((q) => [q.kind, q.value, q.unit, q.start, q.end]),
  };
}

describe.each(ARTICLES.map((p) => [p.split('/').pop() ?? p, p]))('%s', (_name, path) => {
  const result = extract(path);
  const { text, sentences } = result;

  it('sentences slice to their text, are trimmed, ordered and do not overlap', () => {
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(sentences[i - 1]?.end ?? 0);
    });
  });

  it('every mention, evidence and quantity slices to its text and lies in its sentence', () => {
    const within = (sentence: number, start: number, end: number) => {
      const s = sentences[sentence];
      expect(s, `sentence ${sentence}`).toBeDefined();
      expect(start).toBeGreaterThanOrEqual(s?.start ?? 0);
      expect(end).toBeLessThanOrEqual(s?.end ?? 0);
    };
    for (const entity of result.entities) {
      for (const m of entity.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        within(m.sentence, m.start, m.end);
      }
    }
    for (const fact of result.facts) {
      expect(fact.evidence.length).toBeGreaterThan(0);
      for (const e of fact.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
    for (const q of result.quantities) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      within(q.sentence, q.start, q.end);
    }
  });

  it('gives the same entities, facts and quantities for NFD input', () => {
    expect(summary(extract(path, (t) => t.normalize('NFD')))).toEqual(summary(result));
  });

  it('gives the same output when Đ is typed as Ð (U+00D0)', () => {
    expect(summary(extract(path, (t) => t.replace(/Đ/g, '\u00d0')))).toEqual(summary(result));
  });
});
