// Every fact relate states on real articles (the samples; the dev set too under `npm run eval`)
// keeps the contract of docs/extract-json.md: ends are
// entity ids of the same output, evidence quotes are the text at their offsets and lie in the
// sentence they name, confidence is in (0, 1]; and NFD input states the same facts as NFC.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../../src/domain/extraction.ts';
import { EXTRACTOR_VERSION, extractArticle } from '../../../../src/pipeline/extract.ts';
import { realArticles } from '../../../support/articles.ts';

const files = realArticles();

const run = (file: string, form: 'NFC' | 'NFD' = 'NFC'): ExtractResult =>
  extractArticle({ origin: file, text: readFileSync(file, 'utf8').normalize(form) });

/** Facts as comparable strings: "subject PREDICATE object {qualifiers}". */
const factKeys = (r: ExtractResult) =>
  r.facts.map((f) => `${f.subject} ${f.predicate} ${JSON.stringify(f.object)} ${JSON.stringify(f.qualifiers)}`).sort();

describe.each(files.map((f) => [path.basename(f), f] as const))('facts of %s', (_name, file) => {
  const result = run(file);

  it('keep the output contract', () => {
    const ids = new Set(result.entities.map((e) => e.id));
    for (const f of result.facts) {
      expect(ids.has(f.subject)).toBe(true);
      if (typeof f.object === 'string') expect(ids.has(f.object)).toBe(true);
      if (f.qualifiers.via !== undefined) expect(ids.has(f.qualifiers.via)).toBe(true);
      expect(f.subject).not.toBe(f.object);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(f.extractor).toBe(EXTRACTOR_VERSION);
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) {
        expect(result.text.slice(e.start, e.end)).toBe(e.quote);
        const s = result.sentences[e.sentence];
        expect(s && s.start <= e.start && e.end <= s.end).toBe(true);
      }
    }
  });

  it('are the same for NFD input', () => {
    expect(factKeys(run(file, 'NFD'))).toEqual(factKeys(result));
  });
});
