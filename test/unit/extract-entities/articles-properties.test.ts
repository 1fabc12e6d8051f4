// Properties over real articles (read from ../shared at test time, never copied here):
// every mention slices to its text, NFD input gives the same entities as NFC, ids are stable.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/pipeline/extract.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const devDir = resolve(repoRoot, '../shared/fixtures/dev/articles');
const seed = resolve(repoRoot, '../shared/fixtures/articles/danang-futuregov.txt');
const files = [seed, ...(existsSync(devDir) ? readdirSync(devDir).filter((f) => f.endsWith('.txt')).map((f) => resolve(devDir, f)) : [])].filter(existsSync);

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
