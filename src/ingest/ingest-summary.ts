// What an ingest run reports: one line per article and the totals.
import type { LoadStatus } from '../graph/write/write-article.ts';

export interface ArticleReport {
  /** File path, "file.jsonl:12", or "graphql". */
  origin: string;
  articleId?: string;
  title?: string;
  status: LoadStatus | 'failed';
  /** Why it failed, in one sentence. */
  reason?: string;
  entitiesAdded: number;
  entitiesRemoved: number;
  factsAdded: number;
  factsRemoved: number;
}

export interface IngestSummary {
  articles: ArticleReport[];
  new: number;
  unchanged: number;
  updated: number;
  failed: number;
  entitiesAdded: number;
  entitiesRemoved: number;
  factsAdded: number;
  factsRemoved: number;
  elapsedMs: number;
}

export function summarize(articles: ArticleReport[], elapsedMs: number): IngestSummary {
  const count = (status: ArticleReport['status']) => articles.filter((a) => a.status === status).length;
  const sum = (key: 'entitiesAdded' | 'entitiesRemoved' | 'factsAdded' | 'factsRemoved') =>
    articles.reduce((n, a) => n + a[key], 0);
  return {
    articles,
    new: count('new'),
    unchanged: count('unchanged'),
    updated: count('updated'),
    failed: count('failed'),
    entitiesAdded: sum('entitiesAdded'),
    entitiesRemoved: sum('entitiesRemoved'),
    factsAdded: sum('factsAdded'),
    factsRemoved: sum('factsRemoved'),
    elapsedMs,
  };
}

/** "3 articles: 2 new, 1 unchanged, 0 updated, 0 failed · entities +12 −0 · facts +9 −0 · 1.4 s" */
export function formatSummary(s: IngestSummary): string {
  return (
    `${s.articles.length} articles: ${s.new} new, ${s.unchanged} unchanged, ${s.updated} updated, ${s.failed} failed` +
    ` · entities +${s.entitiesAdded} −${s.entitiesRemoved} · facts +${s.factsAdded} −${s.factsRemoved}` +
    ` · ${(s.elapsedMs / 1000).toFixed(1)} s`
  );
}
