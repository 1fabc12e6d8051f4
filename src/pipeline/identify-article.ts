// An article's identity: its id and content hash, from the normalized article. The
// extractor writes them into every extraction; a re-ingest computes them alone (normalizing
// costs about a tenth of an extraction) to skip an article stored in this very version.
import { createHash } from 'node:crypto';
import type { RawArticle } from '../domain/article-input.ts';
import type { ExtractResult } from '../domain/extraction.ts';
import type { NormalizedArticle } from '../domain/pipeline.ts';
import { normalizeArticle } from './normalize/normalize-article.ts';

export function identifyArticle(raw: RawArticle): Pick<ExtractResult['article'], 'id' | 'contentHash' | 'title'> {
  const { id, contentHash, title } = articleMeta(normalizeArticle(raw));
  return { id, contentHash, title };
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Same URL → same id (so a corrected article replaces its old version); else same content → same id. */
export function articleMeta(article: NormalizedArticle): ExtractResult['article'] {
  const contentHash = sha256(`${article.title}\n${article.publishedAt ?? ''}\n${article.source ?? ''}\n${article.text}`);
  const idBasis = article.url ? `url:${article.url}` : `text:${sha256(article.text)}`;
  return {
    id: `art:${sha256(idBasis).slice(0, 16)}`,
    title: article.title,
    publishedAt: article.publishedAt,
    source: article.source,
    url: article.url,
    language: 'vi',
    contentHash,
  };
}
