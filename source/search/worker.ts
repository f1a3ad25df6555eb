// Search worker entry: builds the index once from the statements it is sent, then
// answers { id, query, limit } messages with { id, hits }. Bundled as its own file
// (see worker-client.ts for how the main thread finds it).
import { parentPort, workerData } from 'node:worker_threads';
import { SearchIndex, type SearchDoc } from './index.ts';
import type { Statement } from '../types.ts';

interface Init { statements: Statement[]; docs: SearchDoc[] }

if (parentPort) {
  const port = parentPort;
  const { statements, docs } = workerData as Init;
  const index = new SearchIndex(statements, docs);
  const position = new Map(statements.map((s, i) => [s, i]));
  port.postMessage({ ready: true });
  port.on('message', (m: { id: number; query: string; limit: number }) => {
    try {
      // Hits go back as statement indexes; the main thread holds the statements.
      const hits = index.search(m.query, m.limit).map((h) => ({ i: position.get(h.statement)!, score: h.score, matches: h.matches }));
      port.postMessage({ id: m.id, hits });
    } catch (e) {
      port.postMessage({ id: m.id, error: String((e as Error)?.message ?? e) });
    }
  });
}
