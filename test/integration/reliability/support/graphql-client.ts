// Tiny GraphQL-over-HTTP client for the reliability tests: every call bounded in time.
export interface GraphQLResponse {
  status: number;
  /** Parsed JSON body; an array for batched requests; null when the body was not JSON. */
  body: any;
  text: string;
  ms: number;
}

export interface PostOptions {
  headers?: Record<string, string>;
  /** Abort the request after this long. @default 15000 */
  timeoutMs?: number;
  /** Extra query-string parameters (tokens in the wrong place). */
  search?: Record<string, string>;
}

export async function postGraphQL(url: string, payload: unknown, options: PostOptions = {}): Promise<GraphQLResponse> {
  const target = new URL(url);
  for (const [k, v] of Object.entries(options.search ?? {})) target.searchParams.set(k, v);
  const started = performance.now();
  const response = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options.headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, body, text, ms };
}

/** First error message of a single (non-batched) response, or null. */
export function firstError(response: GraphQLResponse): string | null {
  const errors = response.body?.errors as Array<{ message: string }> | undefined;
  return errors?.[0]?.message ?? null;
}

/** p-th percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** A message a client can act on: words, not a stack trace or an internal dump. */
export function isClearMessage(message: unknown): boolean {
  return (
    typeof message === 'string' &&
    message.trim().length >= 8 &&
    message.length < 2_000 &&
    !/\n\s+at\s|node_modules|\.ts:\d+|Neo4jError|TypeError|ReferenceError|undefined is not/.test(message)
  );
}
