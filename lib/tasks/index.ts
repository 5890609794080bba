// The site's worker threads: heavy work (comparing two long versions, laying out a PDF) runs here,
// never on the thread that answers every request, so no visitor waits for another's page. See
// lib/tasks/pool.ts.
import {Worker} from 'node:worker_threads';
import {workerThreads as size} from '../site';
import {createPool, sharedPool, type RunOptions} from './pool';
import type {Tasks} from './worker';

export {isTaskError} from './pool';

// Two tasks may wait for each thread; past that, a comparison is answered "busy, try again" at once
// rather than queued behind work that would outlast its visitor's patience. 10 s is several times
// the longest comparison the content allows (two versions of 200 KiB, every paragraph changed:
// 1.1–2.3 s on a busy two-core machine).
// While `next build` prerenders, every consecutive comparison is asked for at once: they all wait
// their turn, with no deadline.
const building = process.env.NEXT_PHASE === 'phase-production-build';
const limits = building ? {queue: Infinity, timeoutMs: null} : {queue: 2 * size, timeoutMs: 10_000};
const pool = () => sharedPool(() => createPool(() => new Worker(new URL('./worker.ts', import.meta.url)), {size, memo: 32, ...limits}));

/** Runs a task of lib/tasks/worker.ts in a worker thread; rejects with a TaskError when busy, too slow or failed. */
export function runTask<K extends keyof Tasks>(task: K, data: Parameters<Tasks[K]>[0], options?: RunOptions): Promise<Awaited<ReturnType<Tasks[K]>>> {
  return pool().run(task, data, options) as Promise<Awaited<ReturnType<Tasks[K]>>>;
}

/** Starts the threads before the first task needs them. */
export const warmTasks = () => pool().warm();
