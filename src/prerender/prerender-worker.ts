// Entry of a prerender worker thread: renders its share of the pages and reports what it wrote.
import { parentPort, workerData } from 'node:worker_threads';
import { prerenderPages, type PrerenderJob } from './prerender-pages.ts';

parentPort?.postMessage(await prerenderPages(workerData as PrerenderJob));
