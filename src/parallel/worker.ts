// A worker of the pool: runs one job at a time and posts back its result. A job read
// asynchronously (a PDF) holds the next one back: results go out in the order jobs came,
// which is how the pool matches them.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobResult, type JobSettings } from './job.js';

const settings = workerData as JobSettings;
const port = parentPort!;
let queue: Promise<void> = Promise.resolve();
port.on('message', (job: Job) => {
  queue = queue.then(async () => {
    const r: JobResult = await runJob(job, settings);
    port.postMessage(r);
  });
});
