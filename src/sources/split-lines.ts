// Bytes → lines, in constant memory: a line is held only up to `maxBytes`; past that its
// bytes are counted and dropped until its end, and it is reported as too long. Line numbers
// start at 1; the "\n" (and a "\r" before it) is not part of the line.
export type Line = { number: number; bytes: Buffer } | { number: number; tooLong: number };

export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  const finish = (): Line => {
    const line: Line = size > maxBytes ? { number, tooLong: size } : { number, bytes: withoutCr(Buffer.concat(parts, size)) };
    parts = [];
    size = 0;
    number += 1;
    return line;
  };
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let at = bytes.indexOf(0x0a, from); at >= 0; at = bytes.indexOf(0x0a, from)) {
      keep(bytes.subarray(from, at));
      yield finish();
      from = at + 1;
    }
    keep(bytes.subarray(from));
  }
  if (size > 0) yield finish();

  function keep(piece: Buffer): void {
    size += piece.length;
    // Copied: a subarray would keep the whole chunk alive for as long as the line lives.
    if (size <= maxBytes && piece.length > 0) parts.push(Buffer.from(piece));
    else if (size > maxBytes) parts = [];
  }
}

function withoutCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}
