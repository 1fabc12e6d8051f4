// Other test files load the same real-world things under the same ids, and the loader keeps
// the first name it saw ("WB" or "Ngân hàng Thế giới"): compare on every name, folded.
import { foldKey } from '../../../src/domain/fold.ts';

export function hasName(entity: { name: string; aliases?: string[] } | null | undefined, wanted: string): boolean {
  if (!entity) return false;
  return [entity.name, ...(entity.aliases ?? [])].some((name) => foldKey(name) === foldKey(wanted));
}
