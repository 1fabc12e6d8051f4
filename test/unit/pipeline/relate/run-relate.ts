// Runs relate on an annotated text and prints each fact as "Subject -PREDICATE-> Object".
import type { FactOut } from '../../../../src/domain/extraction.ts';
import { relateFacts } from '../../../../src/pipeline/relate/relate-facts.ts';
import { annotate } from './annotate.ts';

export interface RelateCase {
  text: string;
  /** Facts that must come out, as "Subject -PREDICATE-> Object" ("… -HAS_QUANTITY-> 1800 máy tính"). */
  want: string[];
  /** Facts that must not; "*" as object means "no such fact with any object". */
  not?: string[];
  /** Qualifiers some wanted facts must carry. */
  q?: Record<string, Partial<FactOut['qualifiers']>>;
}

export interface RelateRun {
  lines: string[];
  byLine: Map<string, FactOut>;
  facts: FactOut[];
  warnings: string[];
  text: string;
}

export function runRelate(annotated: string): RelateRun {
  const input = annotate(annotated);
  const names = new Map(input.resolution.entities.map((e) => [e.id, e.name]));
  const { facts, warnings } = relateFacts(input);
  const byLine = new Map<string, FactOut>();
  for (const f of facts) {
    const object = typeof f.object === 'string' ? names.get(f.object) ?? f.object : `${f.object.value} ${f.object.unit}`;
    byLine.set(`${names.get(f.subject) ?? f.subject} -${f.predicate}-> ${object}`, f);
  }
  return { lines: [...byLine.keys()], byLine, facts, warnings, text: input.text };
}

/** Does a "not" pattern hit? "X -WON-> *" matches any object. */
export function hits(lines: string[], pattern: string): string[] {
  if (!pattern.endsWith('*')) return lines.filter((l) => l === pattern);
  const prefix = pattern.slice(0, -1);
  return lines.filter((l) => l.startsWith(prefix));
}

/** Assert one table row: every wanted fact (with its qualifiers) and none of the unwanted. */
export function checkCase(c: RelateCase, expect: (v: unknown) => { toEqual(x: unknown): void; toMatchObject(x: object): void }): void {
  const run = runRelate(c.text);
  const missing = c.want.filter((w) => !run.lines.includes(w));
  const unwanted = (c.not ?? []).flatMap((n) => hits(run.lines, n));
  expect({ missing, unwanted, got: run.lines }).toMatchObject({ missing: [], unwanted: [] });
  for (const [line, q] of Object.entries(c.q ?? {})) expect(run.byLine.get(line)?.qualifiers ?? {}).toMatchObject(q);
  for (const f of run.facts) {
    for (const e of f.evidence) expect(run.text.slice(e.start, e.end)).toEqual(e.quote);
  }
}
