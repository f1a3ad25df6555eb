// Search worker entry when whosaid runs from source: Node 20 does not hand the parent's
// --import tsx loader to workers, so register it here, then load the .ts worker.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
