// Worker thread entry: receives batches of files (bytes + cache key), answers one message
// per file, then a 'done' for the batch so the pool can hand out the next one. It also
// compares articles and looks for spun copies (steps that need only ids and story texts), so
// those can run beside statement linking on the main thread.
import { parentPort } from 'node:worker_threads';
import { compareArticles } from '../link/links.ts';
import { detectRewrites } from '../link/rewrites.ts';
import type { AnalyzedArticle } from '../types.ts';
import { runJob, type Job } from './job.ts';

export interface BatchMessage {
  jobs: Job[];
  cacheDir: string | null;
}

/** Articles reduced to what compareArticles and detectRewrites read: id and story text (no blocks, so storyText is the text). */
export interface SimilarityMessage {
  similarity: { id: string; text: string }[];
}

const port = parentPort;
if (port) {
  port.on('message', (msg: BatchMessage | SimilarityMessage) => {
    if ('similarity' in msg) {
      const docs = msg.similarity.map((d) => ({ ...d, blocks: [] }) as unknown as AnalyzedArticle);
      port.postMessage({ type: 'similarity', result: { similarity: compareArticles(docs), rewrites: detectRewrites(docs) } });
      return;
    }
    for (const job of msg.jobs) port.postMessage({ type: 'result', result: runJob(job, msg.cacheDir) });
    port.postMessage({ type: 'done' });
  });
}
