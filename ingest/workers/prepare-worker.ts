/**
 * @module ingest/workers/prepare-worker
 * One ingestion worker: takes files' bytes from the pool (worker-pool.ts), prepares each
 * (prepare-file.ts: read, pipeline, rows) and posts the result back. Jobs run one at a time,
 * in the order sent, so the words a job carries are taught before its text is segmented.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isGazetteError } from '../../src/errors';
import { addWords, ensureSegmenter } from '../../src/text/segment';
import { createPipeline } from '../pipeline';
import { prepareFile } from '../prepare-file';
import { lowerThreadPriority, WORKER_NICENESS } from './thread-priority';
import type { PrepareJob, PrepareReply, WorkerOptions } from './worker-pool';

const port = parentPort;
if (!port) throw new Error('prepare-worker.ts runs as a worker thread (worker-pool.ts starts it)');
const options = workerData as WorkerOptions;
// The writer comes first when the cores are busy (thread-priority.ts).
lowerThreadPriority(WORKER_NICENESS);
const pipeline = createPipeline();
ensureSegmenter();

function failure(id: number, error: unknown): PrepareReply {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  return { id, error: { message, code: typeof code === 'string' ? code : undefined, known: isGazetteError(error) } };
}

async function run(job: PrepareJob): Promise<void> {
  addWords(job.words);
  let reply: PrepareReply;
  try {
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    reply = { id: job.id, prepared: await prepareFile(bytes, job.name, { ...options, pipeline }) };
  } catch (error) {
    reply = failure(job.id, error);
  }
  try {
    port!.postMessage(reply);
  } catch (error) {
    // A record that cannot be copied to the main thread fails its file, not the worker.
    port!.postMessage(failure(job.id, error));
  }
}

let queue = Promise.resolve();
port.on('message', (job: PrepareJob) => {
  queue = queue.then(() => run(job));
});
