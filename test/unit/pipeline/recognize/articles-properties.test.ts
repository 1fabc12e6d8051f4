// Properties over real articles (the samples; the dev set too under `npm run eval`):
// every mention slices to its text, NFD input gives the same entities as NFC, ids are stable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/pipeline/extract.ts';
import { realArticles } from '../../../support/articles.ts';

const files = realArticles();

const entitySet = (text: string) =>
  extractArticle({ origin: 'test', text })
    .entities.map((e) => `${e.id}|${e.mentions.length}`)
    .sort();

describe.skipIf(files.length === 0)('entities over real articles', () => {
  it.each(files)('%s: mentions slice to their text; names have letters', (file) => {
    const result = extractArticle({ origin: file, text: readFileSync(file, 'utf8') });
    for (const e of result.entities) {
      expect(e.name).toMatch(/\p{L}/u);
      expect(e.id.startsWith(`${e.id.split(':')[0]}:`)).toBe(true);
      for (const m of e.mentions) expect(result.text.slice(m.start, m.end)).toBe(m.text);
    }
    const ids = result.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(files)('%s: NFD and Ð spellings give the same entities as NFC', (file) => {
    const text = readFileSync(file, 'utf8');
    const nfc = entitySet(text.normalize('NFC'));
    expect(entitySet(text.normalize('NFD'))).toEqual(nfc);
    expect(entitySet(text.normalize('NFC').replace(/Đ/g, 'Ð'))).toEqual(nfc);
  });
});
