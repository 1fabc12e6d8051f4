// What a Cypher plan (EXPLAIN) says a query would do, for kg cypher's read-only guard
// (src/graph/read-only-cypher.ts). The decision is made from the plan the server built, never
// from the query text: comments, strings, backticks, case and spacing cannot hide anything.
import type { ProfiledPlan, Plan } from 'neo4j-driver';

/**
 * Procedures a researcher may CALL: they read the graph or its schema and nothing else.
 * Everything else is refused: db.stats.* (other clients' queries and parameters),
 * dbms.* (the server), db.createLabel and the like (changes), db.awaitIndex* (stalls).
 */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.fulltext.listAvailableAnalyzers',
  'db.ping',
]);

/** SHOW commands that only describe the graph's own schema; every other SHOW is refused. */
const ALLOWED_SHOW_OPERATORS: ReadonlySet<string> = new Set(['ShowIndexes', 'ShowConstraints']);

/** Why a plan is refused, in words that end "…: nothing was changed." elsewhere. */
export function refusalOf(queryType: string | undefined, plan: Plan | ProfiledPlan | false | undefined): string | null {
  if (queryType !== 'r') {
    return queryType === 's' ? 'this one is a schema or administration command' : `this one writes to the graph (query type "${queryType}")`;
  }
  if (!plan) return 'the server gave no plan to check';
  for (const operator of operators(plan)) {
    const name = operatorName(operator);
    if (name === 'LoadCSV') return 'LOAD CSV reads files and URLs and is not allowed';
    if (name === 'ProcedureCall') {
      const procedure = procedureName(operator);
      if (procedure === null || !ALLOWED_PROCEDURES.has(procedure)) {
        return `the procedure ${procedure ?? '(unnamed)'} is not on the allow-list (${[...ALLOWED_PROCEDURES].join(', ')})`;
      }
    } else if (/^(Show|Terminate)/.test(name) && !ALLOWED_SHOW_OPERATORS.has(name)) {
      return `${commandWords(name)} reaches beyond the graph (other sessions, the server's settings) and is not allowed; SHOW INDEXES and SHOW CONSTRAINTS are`;
    } else if (/Command|Administration|SystemProcedure/.test(name)) {
      return `${name} is an administration command`;
    }
  }
  return null;
}

/** Every operator of the plan, root first. */
export function* operators(plan: Plan | ProfiledPlan): Generator<Plan | ProfiledPlan> {
  yield plan;
  for (const child of plan.children ?? []) yield* operators(child);
}

/** "ProcedureCall@neo4j" → "ProcedureCall". */
export function operatorName(plan: Plan | ProfiledPlan): string {
  return plan.operatorType.split('@')[0] ?? plan.operatorType;
}

/** The ProcedureCall operator's details start with the signature: "db.labels() :: (label :: STRING)". */
function procedureName(plan: Plan | ProfiledPlan): string | null {
  const details = plan.arguments?.['Details'] ?? plan.arguments?.['Signature'];
  const match = typeof details === 'string' ? /^\s*`?([A-Za-z_][\w.`]*?)`?\s*\(/.exec(details) : null;
  return match ? match[1]!.replace(/`/g, '') : null;
}

/** "TerminateTransactions" → "TERMINATE TRANSACTIONS". */
function commandWords(operator: string): string {
  return operator.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}
