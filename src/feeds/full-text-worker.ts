/**
 * Runs in a worker thread of the full-text pool (full-text-pool.ts): the
 * page's limits check and Readability, away from the event loop that answers
 * /healthz, Slack and cron.
 */
import type { MessagePort } from 'node:worker_threads';
import { extractPage, type FullTextLimits, type PageExtraction } from './full-text.js';

export interface PageTask {
  html: string;
  url: string;
  limits: FullTextLimits;
  /** Told when this thread starts on the page: the time limit counts from here, not from the queue or the thread's start-up. */
  started: MessagePort;
}

export default function extractInWorker(task: PageTask): PageExtraction {
  task.started.postMessage('started');
  task.started.close();
  return extractPage(task.html, task.url, task.limits);
}
