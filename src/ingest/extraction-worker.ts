// One extraction worker thread (see extraction-pool.ts): receives {id, raw, prepare}, answers
// {id, result} or {id, failure}; with `prepare`, {id, packed}: the article validated and its
// rows built here too (prepare-article.ts), in parts (prepared-transfer.ts), so that the
// thread that writes has only to send them. An extractor that throws fails that article only.
import { parentPort } from 'node:worker_threads';
import type { RawArticle } from '../domain/article-input.ts';
import { extractorFailure } from './extractor-failure.ts';
import { extractRecord } from './extract-record.ts';
import { prepareArticle } from './prepare-article.ts';
import { packPrepared } from './prepared-transfer.ts';

parentPort!.on('message', ({ id, raw, prepare }: { id: number; raw: RawArticle; prepare?: boolean }) => {
  let result;
  try {
    result = extractRecord(raw);
  } catch (error) {
    parentPort!.postMessage({ id, ...extractorFailure(error) });
    return;
  }
  if (!prepare) {
    parentPort!.postMessage({ id, result });
    return;
  }
  const packed = packPrepared(prepareArticle(raw.origin, result));
  const transfer = 'parts' in packed ? packed.parts.map((part) => part.buffer as ArrayBuffer) : [];
  parentPort!.postMessage({ id, packed }, transfer);
});
parentPort!.postMessage({ ready: true });
