// A worker of the pool: runs one job at a time and posts back its result.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobSettings } from './job.js';

const settings = workerData as JobSettings;
const port = parentPort!;
port.on('message', (job: Job) => port.postMessage(runJob(job, settings)));
