// Bytes of one input file → text, or an InputError a person can act on.
// UTF-8 (BOM stripped) and UTF-16 with a BOM are read; everything else is refused with
// the reason: empty, binary, legacy Vietnamese encoding (Windows-1258, TCVN3), invalid UTF-8.
import iconv from 'iconv-lite';
import { InputError } from '../domain/article-input.ts';
import { guessLegacyEncoding } from './legacy-encoding.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array, origin: string): string | InputError {
  if (bytes.length === 0) return new InputError(origin, 'empty', 'the file is empty: nothing to extract');
  const text = decodeByBom(bytes, origin);
  if (text instanceof InputError) return text;
  return checkArticleText(text, origin) ?? text;
}

/**
 * Decoded text that still is no article: binary, or nothing but whitespace. Also for text
 * that arrives as a string (the API's ingestArticle), which never went through decodeText.
 */
export function checkArticleText(text: string, origin: string): InputError | null {
  if (looksBinary(text)) {
    return new InputError(origin, 'binary', 'this looks like binary data (NUL bytes or control characters), not a text article');
  }
  // trim() keeps zero-width and other invisible format characters (U+200B, U+FEFF, bidi marks).
  if (text.replace(/[\p{White_Space}\p{Cf}]/gu, '') === '') {
    return new InputError(origin, 'empty', 'the text holds only whitespace: nothing to extract');
  }
  return null;
}

function decodeByBom(bytes: Uint8Array, origin: string): string | InputError {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf16be');
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? buf.subarray(3) : buf;
  const utf16 = utf16WithoutBom(body);
  if (utf16) return iconv.decode(body, utf16);
  if (body.includes(0)) {
    return new InputError(origin, 'binary', 'this looks like a binary file (it contains NUL bytes), not a text article');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return notUtf8(body, origin);
  }
}

function notUtf8(body: Buffer, origin: string): InputError {
  const legacy = guessLegacyEncoding(body);
  if (legacy) {
    return new InputError(
      origin,
      'encoding',
      `not UTF-8: this looks like legacy ${legacy.name} Vietnamese text. Convert it first, e.g. ` +
        `\`iconv -f ${legacy.iconvName} -t UTF-8 "${origin}" > converted.txt\``,
    );
  }
  return new InputError(
    origin,
    'encoding',
    'not valid UTF-8 text. Save it as UTF-8 (legacy Vietnamese files convert with ' +
      '`iconv -f WINDOWS-1258 -t UTF-8`, or a TCVN3 converter)',
  );
}

/**
 * UTF-16 saved without a BOM: text is mostly Latin letters, so every other byte is 0
 * ("S\0ở\x1e…" little-endian). Binary files have NULs scattered, not in such a pattern.
 */
function utf16WithoutBom(body: Buffer): 'utf16le' | 'utf16be' | null {
  if (body.length < 4 || body.length % 2 !== 0) return null;
  const sample = Math.min(body.length, 4000);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (body[i] === 0) evenZero++;
    if (body[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.02) return 'utf16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.02) return 'utf16be';
  return null;
}

// Control characters other than tab, line feed, form feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** A few stray control characters pass (normalize removes them); many mean binary. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 8 && controls / text.length > 0.01;
}
