// `kg delete ARTICLE_ID…`: take articles out of the graph (src/graph/write/delete-article.ts).
// One line per id; an id not in the graph is said so and is not an error (deleting twice
// is fine). Exit 0 when done, 2 on bad arguments or configuration, 1 when Neo4j refused.
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import { checkConnection, createDriver } from '../graph/driver.ts';
import { deleteArticles, type DeleteOutcome } from '../graph/write/delete-article.ts';

const ARTICLE_ID = /^art:[0-9a-f]{1,64}$|^art:[\w.:-]{1,200}$/;

export function registerDelete(program: Command): void {
  program
    .command('delete')
    .description('take articles out of the graph, with their sentences, mentions and the support they gave to facts')
    .argument('<articleIds...>', 'article ids as kg shows them, e.g. art:3f9c2a7d1e5b4c60')
    .action(async (ids: string[]) => {
      process.exitCode = await runDelete(ids);
    });
}

async function runDelete(ids: string[]): Promise<number> {
  let config: Config;
  try {
    const bad = ids.find((id) => !ARTICLE_ID.test(id));
    if (bad !== undefined) throw new Error(`${JSON.stringify(bad)} is not an article id (they look like art:3f9c2a7d1e5b4c60)`);
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`kg delete: ${(error as Error).message}\n`);
    return 2;
  }
  const driver = createDriver(config);
  try {
    await checkConnection(driver, config);
    const outcomes = await deleteArticles(driver, [...new Set(ids)], { database: config.neo4j.database });
    for (const outcome of outcomes) process.stdout.write(`${describe(outcome)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`kg delete: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await driver.close();
  }
}

function describe(outcome: DeleteOutcome): string {
  if (outcome.status === 'absent') return `${outcome.articleId}: not in the graph, nothing to delete`;
  const removed = `${outcome.articleId}: deleted (${outcome.factsRemoved} fact(s) and ${outcome.entitiesRemoved} entit${outcome.entitiesRemoved === 1 ? 'y' : 'ies'} left without support removed)`;
  return outcome.newOriginalId === null ? removed : `${removed}; ${promotion(outcome.newOriginalId, outcome.copiesRelinked)}`;
}

function promotion(newOriginalId: string, copiesRelinked: number): string {
  if (copiesRelinked === 0) return `its near-copy ${newOriginalId} is now the story's original`;
  return `${newOriginalId}, the earliest of its ${copiesRelinked + 1} near-copies, is now the story's original`;
}
