// The trigger phrases of src/pipeline/lexicon/data/relation-cues.json, read once at module load
// and turned into regex alternations: ["nhận giải", "nhận"] → "(?:nhận\s+giải|nhận)".
import { loadLexicon } from '../lexicon/load-lexicon.ts';

type CueLists = Record<string, string[]>;

const CUES: CueLists = loadCues();

function loadCues(): CueLists {
  const raw = loadLexicon<Record<string, unknown>>('relation-cues');
  const out: CueLists = {};
  for (const [key, value] of Object.entries(raw)) {
    if (Array.isArray(value)) out[key] = value.map((v) => String(v).normalize('NFC').toLowerCase());
  }
  return out;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A cue list as an alternation, longest phrase first so "nhận giải" wins over "nhận". */
export function cueAlternation(name: string): string {
  const list = CUES[name];
  if (!list || list.length === 0) throw new Error(`relation-cues.json has no list "${name}"`);
  const phrases = [...new Set(list)].sort((a, b) => b.length - a.length);
  return `(?:${phrases.map((p) => escapeRegex(p).replace(/ +/g, '\\s+')).join('|')})`;
}

export function cueList(name: string): readonly string[] {
  return CUES[name] ?? [];
}

const probes = new Map<string, RegExp>();
const finders = new Map<string, RegExp>();

/** Start offsets of every phrase of a cue list in a lower-case text. */
export function cueStarts(name: string, lowerText: string): number[] {
  let finder = finders.get(name);
  if (!finder) {
    finder = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${cueAlternation(name)}`, 'gu');
    finders.set(name, finder);
  }
  return [...lowerText.matchAll(finder)].map((m) => m.index);
}

/** Does any phrase of the cue list occur in this lower-case text? (a cheap pre-test) */
export function cueOccurs(name: string, lowerText: string): boolean {
  let probe = probes.get(name);
  if (!probe) {
    probe = new RegExp(cueAlternation(name), 'u');
    probes.set(name, probe);
  }
  return probe.test(lowerText);
}
