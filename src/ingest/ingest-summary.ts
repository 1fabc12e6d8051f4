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
  /** Every article's report, in input order; only the failed ones when reports were not kept. */
  articles: ArticleReport[];
  /** Articles seen (equals articles.length when every report was kept). */
  total: number;
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

const COUNTED = ['entitiesAdded', 'entitiesRemoved', 'factsAdded', 'factsRemoved'] as const;

/**
 * Totals kept as reports arrive, so that a run over an archive of 90,000 articles need not
 * hold 90,000 reports: with keepAll false only the failed ones are kept (to be listed).
 */
export class SummaryBuilder {
  private readonly summary: Omit<IngestSummary, 'elapsedMs'> = {
    articles: [],
    total: 0,
    new: 0,
    unchanged: 0,
    updated: 0,
    failed: 0,
    entitiesAdded: 0,
    entitiesRemoved: 0,
    factsAdded: 0,
    factsRemoved: 0,
  };

  constructor(private readonly keepAll = true) {}

  add(report: ArticleReport): void {
    const s = this.summary;
    s.total += 1;
    s[report.status] += 1;
    for (const key of COUNTED) s[key] += report[key];
    if (this.keepAll || report.status === 'failed') s.articles.push(report);
  }

  finish(elapsedMs: number): IngestSummary {
    return { ...this.summary, elapsedMs };
  }
}

export function summarize(articles: ArticleReport[], elapsedMs: number): IngestSummary {
  const builder = new SummaryBuilder();
  for (const report of articles) builder.add(report);
  return builder.finish(elapsedMs);
}

/** "3 articles: 2 new, 1 unchanged, 0 updated, 0 failed · entities +12 −0 · facts +9 −0 · 1.4 s" */
export function formatSummary(s: IngestSummary): string {
  return (
    `${s.total} articles: ${s.new} new, ${s.unchanged} unchanged, ${s.updated} updated, ${s.failed} failed` +
    ` · entities +${s.entitiesAdded} −${s.entitiesRemoved} · facts +${s.factsAdded} −${s.factsRemoved}` +
    ` · ${(s.elapsedMs / 1000).toFixed(1)} s`
  );
}
