// Progress of a long ingest, per article: how many are done, the rate over the last few
// seconds (not since the start, so it follows the machine as it is now), and the time left,
// estimated from the input bytes still to read (the number of articles in an archive is not
// known before it is read). A bar on a terminal; a line per article in plain logs.
import cliProgress from 'cli-progress';
import type { ArticleReport } from '../ingest/ingest-summary.ts';

export interface Progress {
  bytesRead(bytes: number): void;
  extracted(): void;
  loaded(report: ArticleReport): void;
  stop(): void;
}

const WINDOW_MS = 10_000;

/** Rates over a sliding window of samples, e.g. 231 articles/s over the last 10 s. */
export class RateMeter {
  private samples: Array<{ at: number; articles: number; bytes: number }> = [];

  constructor(private readonly now: () => number = () => performance.now()) {
    this.samples.push({ at: this.now(), articles: 0, bytes: 0 });
  }

  record(articles: number, bytes: number): void {
    const at = this.now();
    const last = this.samples[this.samples.length - 1]!;
    if (at - last.at < 200) {
      last.articles = articles;
      last.bytes = bytes;
    } else this.samples.push({ at, articles, bytes });
    while (this.samples.length > 2 && at - this.samples[1]!.at > WINDOW_MS) this.samples.shift();
  }

  /** Articles and bytes per second over the window; null until a second has passed. */
  rates(): { articles: number; bytes: number } | null {
    const first = this.samples[0]!;
    const last = this.samples[this.samples.length - 1]!;
    const seconds = (last.at - first.at) / 1000;
    if (seconds < 1) return null;
    return { articles: (last.articles - first.articles) / seconds, bytes: (last.bytes - first.bytes) / seconds };
  }
}

/** 252 → "4m12s", 3725 → "1h02m", null → "?" */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The shared arithmetic of both displays. */
class Tally {
  articles = 0;
  loaded = 0;
  failed = 0;
  bytes = 0;
  readonly meter: RateMeter;

  constructor(
    readonly totalBytes: number | null,
    now?: () => number,
  ) {
    this.meter = new RateMeter(now);
  }

  /** The rate counts extracted articles on the bar (it moves with each), loaded ones in log lines. */
  status(counted = this.articles): { rate: string; percent: number | null; eta: string } {
    this.meter.record(counted, this.bytes);
    const rates = this.meter.rates();
    const percent = this.totalBytes ? Math.min(100, (100 * this.bytes) / this.totalBytes) : null;
    const left = this.totalBytes && rates && rates.bytes > 0 ? (this.totalBytes - this.bytes) / rates.bytes : null;
    return { rate: rates ? rates.articles.toFixed(1) : '…', percent, eta: formatDuration(left) };
  }
}

/**
 * "████░░ 43% | 12,345 articles (12,200 loaded, 3 failed) | 231.4/s | ETA 4m12s" on stderr.
 * `now`: the clock of the rates (tests).
 */
export function progressBar(totalBytes: number | null, stream: NodeJS.WritableStream = process.stderr, now?: () => number): Progress {
  const tally = new Tally(totalBytes, now);
  const bar = new cliProgress.SingleBar(
    {
      // {timeLeft}, not {eta}: cli-progress fills {eta} (and {percentage}, {value}) itself,
      // over its own payload, with its estimate from the bar's value.
      format: `{bar} {percent} | {articles} articles ({loaded} loaded, {failed} failed) | {rate}/s | ETA {timeLeft}`,
      hideCursor: true,
      stream,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = () => {
    const { rate, percent, eta } = tally.status();
    return {
      percent: percent === null ? '?%' : `${percent.toFixed(0)}%`,
      articles: tally.articles.toLocaleString('en'),
      loaded: tally.loaded.toLocaleString('en'),
      failed: tally.failed.toLocaleString('en'),
      rate,
      timeLeft: eta,
      value: percent ?? 0,
    };
  };
  bar.start(100, 0, payload());
  const update = () => {
    const p = payload();
    bar.update(p.value, p);
  };
  return {
    bytesRead: (bytes) => void (tally.bytes += bytes),
    extracted: () => {
      tally.articles += 1;
      update();
    },
    loaded: (report) => {
      tally.loaded += 1;
      if (report.status === 'failed') tally.failed += 1;
      update();
    },
    stop: () => {
      update();
      bar.stop();
    },
  };
}

/** "[12,345 · 231.4/s · 43% · ETA 4m12s] new feed.jsonl:12 (+3 entities, +2 facts)" per article, for logs and CI. */
export function progressLines(totalBytes: number | null, stream: NodeJS.WritableStream = process.stderr, now?: () => number): Progress {
  const tally = new Tally(totalBytes, now);
  return {
    bytesRead: (bytes) => void (tally.bytes += bytes),
    extracted: () => void (tally.articles += 1),
    loaded: (r) => {
      tally.loaded += 1;
      const { rate, percent, eta } = tally.status(tally.loaded);
      const detail = r.status === 'failed' ? r.reason : `+${r.entitiesAdded} entities, +${r.factsAdded} facts`;
      const where = percent === null ? '' : ` · ${percent.toFixed(0)}% · ETA ${eta}`;
      stream.write(`[${tally.loaded.toLocaleString('en')} · ${rate}/s${where}] ${r.status} ${r.origin} (${detail})\n`);
    },
    stop: () => {},
  };
}
