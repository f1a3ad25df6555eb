// Worker thread entry: receives batches of files (bytes + cache key), answers one message
// per file, then a 'done' for the batch so the pool can hand out the next one.
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job.ts';

export interface BatchMessage {
  jobs: Job[];
  cacheDir: string | null;
}

const port = parentPort;
if (port) {
  port.on('message', (msg: BatchMessage) => {
    for (const job of msg.jobs) port.postMessage({ type: 'result', result: runJob(job, msg.cacheDir) });
    port.postMessage({ type: 'done' });
  });
}
