// The `kg` command loads only the subcommand it runs, so help and typo suggestions must still
// know every subcommand, and each subcommand's own help must work on its own.
import { describe, expect, it } from 'vitest';
import { runKg } from '../../support/run-kg.ts';

const SUBCOMMANDS = ['extract', 'ingest', 'load', 'cypher', 'serve', 'neo4j', 'up'];

describe('kg subcommands', () => {
  it('`kg --help` lists every subcommand', async () => {
    const run = await runKg(['--help']);
    expect(run.code).toBe(0);
    for (const name of SUBCOMMANDS) expect(run.stdout).toMatch(new RegExp(`^\\s+${name}\\b`, 'm'));
  }, 60_000);

  it('a misspelt subcommand is refused with a suggestion', async () => {
    const run = await runKg(['ingset', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'ingset'");
    expect(run.stderr).toContain('Did you mean ingest?');
  }, 60_000);

  it.each(SUBCOMMANDS)('`kg %s --help` describes that subcommand', async (name) => {
    const run = await runKg([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: kg ${name}\\b`, 'm'));
  }, 60_000);
});
