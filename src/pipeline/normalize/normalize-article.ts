// normalize: raw article → the text every offset points into, plus its metadata.
// Layout handled (as news pages are copied): a date line ("Thứ hai, 24/01/2022"), the
// title line (or a headline glued to the lead), the body, a source line ("Theo Nhandan")
// or byline ("H.Vân") at the end, and a lead paragraph repeated. The title stays the first
// line of `text`, so names in it get spans too; date and source lines leave the text.
import type { RawArticle } from '../../domain/article-input.ts';
import type { NormalizedArticle } from '../../domain/pipeline.ts';
import { foldKey } from '../../domain/fold.ts';
import { cleanLine, cleanText, toParagraphs, wellFormed } from './clean-text.ts';
import { dedupeParagraphs } from './dedupe-paragraphs.ts';
import { outletName } from './outlets.ts';
import { matchDateLine, parseDateValue } from './parse-date.ts';
import { findOutletTag, parseEditorialNote, parseSourceLine } from './source-line.ts';
import { findHeadlineSeam } from './split-headline.ts';

const TRAILING_ATTRIBUTION = /\s*\((?:theo|nguồn)\s*:?\s*([^()]{2,40})\)\s*$/iu;

interface Draft {
  paragraphs: string[];
  publishedAt: string | null;
  source: string | null;
  warnings: string[];
}

export function normalizeArticle(raw: RawArticle): NormalizedArticle {
  const draft: Draft = { paragraphs: toParagraphs(cleanText(raw.text)), publishedAt: null, source: null, warnings: [] };
  if (raw.publishedAt) {
    draft.publishedAt = parseDateValue(raw.publishedAt);
    if (!draft.publishedAt) draft.warnings.push(`publishedAt "${raw.publishedAt}" is not a valid date: ignored`);
  }
  if (raw.source?.trim()) draft.source = outletName(cleanLine(raw.source));
  takeDateLines(draft);
  takeSourceLines(draft);
  const { kept, dropped } = dedupeParagraphs(draft.paragraphs);
  if (dropped > 0) draft.warnings.push(`${dropped} repeated paragraph(s) kept once`);
  draft.paragraphs = kept;
  const title = placeTitle(draft, raw.title ? cleanLine(raw.title) : null);
  if (draft.paragraphs.length === 0) draft.warnings.push('no article text: only date, source or byline lines');
  return {
    text: draft.paragraphs.join('\n'),
    title,
    publishedAt: draft.publishedAt,
    source: draft.source,
    url: wellFormed(raw.url?.trim() ?? '') || null,
    warnings: draft.warnings,
  };
}

/** Date-only lines near the top or bottom: the first valid one is the publication date. */
function takeDateLines(draft: Draft): void {
  const n = draft.paragraphs.length;
  draft.paragraphs = draft.paragraphs.filter((line, i) => {
    if (i >= 3 && i < n - 3) return true;
    const date = matchDateLine(line);
    if (!date) return true;
    if (!date.iso) draft.warnings.push(`date line "${line}" names no real day: publication date unknown`);
    draft.publishedAt ??= date.iso;
    return false;
  });
}

/** Up to three trailing lines that name the outlet or the author, and editorial notes anywhere. */
function takeSourceLines(draft: Draft): void {
  draft.paragraphs = draft.paragraphs.filter((line) => {
    const outlet = line.length <= 80 ? parseEditorialNote(line) : null;
    if (outlet) draft.source ??= outlet;
    return !outlet;
  });
  for (let taken = 0; taken < 3 && draft.paragraphs.length > 1; taken++) {
    const last = draft.paragraphs[draft.paragraphs.length - 1] ?? '';
    const tail = TRAILING_ATTRIBUTION.exec(last);
    if (tail?.[1] && tail.index > 0) {
      // "… trong khu vực. (Theo VnExpress)": the attribution leaves the paragraph.
      draft.source ??= outletName(tail[1].trim());
      draft.paragraphs[draft.paragraphs.length - 1] = last.slice(0, tail.index);
      return;
    }
    const line = parseSourceLine(last);
    if (!line) return;
    draft.paragraphs.pop();
    if (line.kind === 'source') draft.source ??= line.source;
  }
}

/**
 * The title: given (JSON), or the first line; a headline glued to its lead is cut off
 * onto its own line ("Tiêu đề (NLĐ)- Nội dung" → "Tiêu đề" / "Nội dung").
 */
function placeTitle(draft: Draft, given: string | null): string {
  const first = draft.paragraphs[0] ?? '';
  if (given) {
    // "Tin A" must not cut "Tin Anh Quốc…": the title is the paragraph's start only at a word end.
    const continues = /^[\p{L}\p{M}\p{N}]/u.test(first.slice(given.length));
    if (foldKey(first).startsWith(foldKey(given)) && !continues) splitFirst(draft, given.length, given.length);
    else if (foldKey(first) !== foldKey(given)) draft.paragraphs.unshift(given);
    return given;
  }
  const tag = findOutletTag(first);
  if (tag && tag.start > 0) {
    draft.source ??= tag.source;
    splitFirst(draft, tag.start, tag.end);
    return draft.paragraphs[0] ?? '';
  }
  const seam = first.length > 160 || /[.!?]$/u.test(first) ? findHeadlineSeam(first) : null;
  if (seam !== null) splitFirst(draft, seam - 1, seam);
  return titleOf(draft.paragraphs[0] ?? '');
}

/** first[0, cut) becomes the title line; first[resume…] the next line. */
function splitFirst(draft: Draft, cut: number, resume: number): void {
  const first = draft.paragraphs[0] ?? '';
  const head = first.slice(0, cut).trim();
  const rest = first.slice(resume).replace(/^[\s\-–:.]+/u, '').trim();
  draft.paragraphs.splice(0, 1, ...[head, rest].filter((p) => p !== ''));
}

/** A long first line with no seam: its first sentence stands for the title. */
function titleOf(line: string): string {
  if (line.length <= 250) return line;
  const end = line.search(/[.!?](?=\s+\p{Lu})/u);
  const cut = end > 0 && end < 250 ? end : line.lastIndexOf(' ', 200);
  return line.slice(0, cut > 0 ? cut : 200).trim();
}
