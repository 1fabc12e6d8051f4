// The header comment of a research question in cypher/queries/ describes its parameters:
//
//   // Parameters:
//   //   $limit     how many rows at most. Default: 25
//   //   $entityId  the entity's id. Example: "org:ngan-hang-the-gioi"
//
// `kg cypher FILE` fills in a parameter the user did not give from its `Default:` (so a file
// with defaults runs as it is), and a missing parameter without one is reported with its
// description, which says what to give. The value after `Default:` is read like `--param`.

export interface HeaderParameter {
  name: string;
  /** The header's words about it, continuation lines included. */
  description: string;
  /** The raw text after "Default:", or undefined when the parameter is required. */
  defaultValue: string | undefined;
}

const PARAMETER_LINE = /^\/\/\s+\$([A-Za-z_][A-Za-z0-9_]*)\s+(.*)$/;
const CONTINUATION_LINE = /^\/\/\s{4,}(\S.*)$/;
const DEFAULT_VALUE = /\bDefault:\s*("(?:[^"\\]|\\.)*"|\S+)/;

/** The parameters listed in the leading comment block of a query file (in order). */
export function parseQueryHeader(query: string): HeaderParameter[] {
  const parameters: HeaderParameter[] = [];
  for (const line of leadingComment(query)) {
    const parameter = PARAMETER_LINE.exec(line);
    if (parameter) {
      parameters.push({ name: parameter[1]!, description: parameter[2]!.trim(), defaultValue: undefined });
      continue;
    }
    const continuation = CONTINUATION_LINE.exec(line);
    const last = parameters.at(-1);
    if (continuation && last && !/^(Run|Returns|Parameters)\b/.test(continuation[1]!)) last.description += ` ${continuation[1]!.trim()}`;
  }
  for (const parameter of parameters) parameter.defaultValue = defaultOf(parameter.description);
  return parameters;
}

function leadingComment(query: string): string[] {
  const lines: string[] = [];
  for (const line of query.split(/\r?\n/)) {
    if (!line.startsWith('//')) break;
    lines.push(line);
  }
  return lines;
}

/** `Default: 25` → "25"; `Default: "da nang"` → "da nang" (quotes removed, as a shell would). */
function defaultOf(description: string): string | undefined {
  const match = DEFAULT_VALUE.exec(description);
  if (!match) return undefined;
  const raw = match[1]!.replace(/[.,;]$/, '');
  return raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
}
