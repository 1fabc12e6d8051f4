// One extraction worker thread (see extraction-pool.ts): receives {id, raw}, answers
// {id, result} or {id, failure}. An extractor that throws fails that article only.
import { parentPort } from 'node:worker_threads';
import type { RawArticle } from '../domain/article-input.ts';
import { extractorFailure } from './extract-in-order.ts';
import { extractRecord } from './extract-record.ts';

parentPort!.on('message', ({ id, raw }: { id: number; raw: RawArticle }) => {
  try {
    parentPort!.postMessage({ id, result: extractRecord(raw) });
  } catch (error) {
    parentPort!.postMessage({ id, ...extractorFailure(error) });
  }
});
parentPort!.postMessage({ ready: true });
