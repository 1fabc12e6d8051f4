// Total size of the inputs on disk, for the progress bar's percentage and time left; null
// when unknown (standard input) or unreadable (the reader reports that path itself).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inputFormat } from '../sources/read-articles.ts';

export async function inputBytes(paths: string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return null;
    total += await sizeOf(path);
  }
  return total;
}

async function sizeOf(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return info.size;
    let total = 0;
    for (const entry of await readdir(path, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) total += await sizeOf(full);
      else if (inputFormat(entry.name)) total += (await stat(full)).size;
    }
    return total;
  } catch {
    return 0;
  }
}
