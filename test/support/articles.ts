// Real articles for property tests. `npm test` uses only what the repository holds
// (samples/articles). `npm run eval` sets KG_EVAL_SHARED to the team's fixtures folder, and the
// same tests then also run over its dev articles: the repository never needs that folder.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const SAMPLES_DIR = path.join(REPO_ROOT, 'samples/articles');
/** The seed article: an award, the project it was given for, and the project's funder. */
export const SEED_ARTICLE = path.join(SAMPLES_DIR, 'danang-futuregov.txt');

const textFiles = (dir: string) =>
  readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));

/** The evaluation's fixtures folder (set by `npm run eval` only), or undefined. */
export function evalSharedDir(): string | undefined {
  const dir = process.env.KG_EVAL_SHARED;
  return dir && existsSync(dir) ? dir : undefined;
}

/** The dev articles under `npm run eval`; none under `npm test`. */
export function evalDevArticles(): string[] {
  const shared = evalSharedDir();
  return shared ? textFiles(path.join(shared, 'fixtures/dev/articles')) : [];
}

/** The repository's sample articles, plus the dev articles when run by `npm run eval`. */
export function realArticles(): string[] {
  return [...textFiles(SAMPLES_DIR), ...evalDevArticles()];
}
