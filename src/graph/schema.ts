// Applies cypher/schema.cypher (constraints and indexes, each `… IF NOT EXISTS`), one
// statement per auto-commit transaction: schema commands may not share a transaction with
// anything else. Safe to run at every start.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { REPO_ROOT } from '../config.ts';

export const SCHEMA_FILE = path.join(REPO_ROOT, 'cypher', 'schema.cypher');

/** Runs every statement of the schema file, then waits until the indexes are online. */
export async function applySchema(driver: Driver, database?: string, file = SCHEMA_FILE): Promise<number> {
  const statements = splitCypherStatements(await fs.readFile(file, 'utf8'));
  const session = driver.session({ database });
  try {
    for (const statement of statements) {
      await session.run(statement);
    }
    // A full-text query against an index still populating fails; tests query right away.
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return statements.length;
}

/**
 * Splits a Cypher script on `;`, dropping `//` and `/* … *\/` comments, and leaving quoted
 * text alone: `RETURN 'a;b'; // c\nRETURN 1;` → ["RETURN 'a;b'", "RETURN 1"].
 */
export function splitCypherStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < script.length) {
    const ch = script[i]!;
    const next = script[i + 1];
    if (ch === '/' && next === '/') {
      i = endOf(script, '\n', i + 2);
    } else if (ch === '/' && next === '*') {
      i = endOf(script, '*/', i + 2) + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const end = closingQuote(script, ch, i + 1);
      current += script.slice(i, end + 1);
      i = end + 1;
    } else if (ch === ';') {
      statements.push(current);
      current = '';
      i += 1;
    } else {
      current += ch;
      i += 1;
    }
  }
  statements.push(current);
  return statements.map((s) => s.trim()).filter((s) => s.length > 0);
}

function endOf(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from);
  return at < 0 ? text.length : at;
}

// 'it\'s' and 'it''s' style escapes both stay inside the literal.
function closingQuote(text: string, quote: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === quote) return i;
  }
  return text.length - 1;
}
