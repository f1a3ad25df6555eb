// Worker entry when whosaid runs from source: registers the tsx loader inside the worker
// (Node 20 does not apply a parent's --import loader to workers), then loads the .ts entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
