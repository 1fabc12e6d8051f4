// Every relation rule family, compiled once at module load.
import { anchorOf, compilePattern, requiredCues } from './pattern.ts';
import type { CompiledRule, RuleDef } from './rule-types.ts';
import { AWARD_RULES } from './rules/award-rules.ts';
import { DEAL_RULES } from './rules/deal-rules.ts';
import { FUNDING_RULES } from './rules/funding-rules.ts';
import { ORGANIZE_RULES } from './rules/organize-rules.ts';
import { PLACE_RULES } from './rules/place-rules.ts';
import { POSITION_RULES } from './rules/position-rules.ts';

// A slot right after "(?:" is optional ("(?:{D:d} ~)?") and needs nothing.
const SLOT_LETTERS = /(?<!\(\?:)\{([A-Z*]+)\+?:\w+\}/gu;

/** "{OP+:s} … {A:a}" needs an A and one of O/P: the letters every slot class must find. */
function needs(pattern: string): string[] {
  return [...pattern.matchAll(SLOT_LETTERS)].map((m) => m[1] ?? '');
}

function compile(rule: RuleDef): CompiledRule {
  try {
    const anchor = anchorOf(rule.pattern);
    const re = compilePattern(rule.pattern, anchor ? 'ydu' : 'gdu');
    return { ...rule, re, anchor, needs: needs(rule.pattern), cues: requiredCues(rule.pattern) };
  } catch (error) {
    throw new Error(`relation rule ${rule.id}: ${(error as Error).message}`, { cause: error });
  }
}

export const RULES: readonly CompiledRule[] = [
  ...AWARD_RULES,
  ...FUNDING_RULES,
  ...ORGANIZE_RULES,
  ...PLACE_RULES,
  ...POSITION_RULES,
  ...DEAL_RULES,
].map(compile);
