// Where the slow scenarios leave their measurements: .data/reliability/<scenario>.json
// (git-ignored), copied by hand into docs/RELIABILITY.md after a run.
import fs from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../../../../src/config.ts';

export async function recordFigures(scenario: string, figures: Record<string, unknown>): Promise<void> {
  const dir = path.join(REPO_ROOT, '.data', 'reliability');
  await fs.mkdir(dir, { recursive: true });
  const record = { scenario, at: new Date().toISOString(), ...figures };
  await fs.writeFile(path.join(dir, `${scenario}.json`), `${JSON.stringify(record, null, 2)}\n`);
  process.stderr.write(`[reliability] ${scenario}: ${JSON.stringify(figures)}\n`);
}
