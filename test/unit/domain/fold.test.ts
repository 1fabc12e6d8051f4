// foldText/foldKey/slugify define entity ids and search keys: their output must never change.
// The fast paths in src/domain/fold.ts are checked against the plain definition below on a
// table, on every line of real articles (the samples; the dev set too under `npm run eval`)
// and on random Unicode strings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldKey, foldText, slugify } from '../../../src/domain/fold.ts';
import { realArticles } from '../../support/articles.ts';

/** The definition (the implementation before the fast paths). */
function reference(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐÐð]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}


describe('foldText', () => {
  it.each([
    ['Sở Thông tin  và Truyền thông TP Ðà Nẵng', 'so thong tin va truyen thong tp da nang'],
    ['Đà Nẵng', 'da nang'],
    ['ĐÀ NẴNG', 'da nang'],
    ['Ðà Nẵng', 'da nang'],
    ['Đà Nẵng'.normalize('NFD'), 'da nang'],
    ['Hoà Bình', 'hoa binh'],
    ['Hòa Bình', 'hoa binh'],
    ['Future Gov', 'future gov'],
    ['TP.HCM', 'tp hcm'],
    ['  "Ngân hàng Thế giới (WB)"  ', 'ngan hang the gioi wb'],
    ['29,3 triệu USD', '29 3 trieu usd'],
    ['Quyết định số 2534/QĐ-BCT', 'quyet dinh so 2534 qd bct'],
    ['châu Á - Thái Bình Dương', 'chau a thai binh duong'],
    ['FutureGov—Asia\u00a0Pacific', 'futuregov asia pacific'],
    ['Zero\u200bwidth', 'zero width'],
    ['Straße København Łódź', 'straße københavn łodz'],
    ['北京 Москва', '北京 москва'],
    ['İstanbul', 'istanbul'],
    ['x² ½ Ⅻ', 'x² ½ ⅻ'],
    ['', ''],
    ['...', ''],
  ])('%j → %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
    expect(foldText(input)).toBe(reference(input));
  });

  it('agrees with the definition on every line and word of real articles, NFC and NFD', () => {
    const lines = realArticles().flatMap((f) => readFileSync(f, 'utf8').split('\n'));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      for (const s of [line, line.normalize('NFD'), ...line.split(' ')]) expect(foldText(s)).toBe(reference(s));
    }
  });

  it('agrees with the definition on every character of U+2000–U+2BFF, alone and between words', () => {
    // The table covers punctuation and symbols (U+2000–U+2BFF) too: news text is full of
    // dashes, curly quotes and ellipses; each must fold as the definition folds it.
    for (let code = 0x2000; code < 0x2c00; code++) {
      const c = String.fromCharCode(code);
      for (const s of [c, `Đà${c}Nẵng`, `ÂU ${c}Σ`, `x${c}\u0301`]) expect(foldText(s)).toBe(reference(s));
    }
  }, 60_000);

  it('agrees with the definition on random Unicode strings', () => {
    let seed = 42;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const ranges = [[0x20, 0x7f], [0xa0, 0x250], [0x300, 0x370], [0x1e00, 0x1f00], [0x2000, 0x2c00], [0x400, 0x500], [0x900, 0x980], [0x4e00, 0x4e80]] as const;
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let n = rand(12); n >= 0; n--) {
        const [lo, hi] = ranges[rand(ranges.length)]!;
        s += String.fromCodePoint(lo + rand(hi - lo));
      }
      expect(foldText(s)).toBe(reference(s));
    }
  });
});

describe('foldKey and slugify', () => {
  it.each([
    ['Future Gov', 'futuregov', 'future-gov'],
    ['FutureGov', 'futuregov', 'futuregov'],
    ['Ngân hàng Thế giới', 'nganhangthegioi', 'ngan-hang-the-gioi'],
    ['Sở TT&TT TP. Đà Nẵng', 'sotttttpdanang', 'so-tt-tt-tp-da-nang'],
  ])('%j → %j, %j', (input, key, slug) => {
    expect(foldKey(input)).toBe(key);
    expect(slugify(input)).toBe(slug);
  });
});
