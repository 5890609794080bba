// A small pool of worker threads for work too heavy for the thread that answers every request: a
// task's name and data go in, plain data comes out. Bounded in every way: at most `size` threads, at
// most `queue` tasks waiting for one, and every task has a deadline counted from when it was asked
// for; a task still running at its deadline has its thread stopped (the only way to stop work that
// never yields), and a new thread takes its place. Tasks are pure functions, so the same task asked
// with the same data shares one result: asked twice at once it runs once, and the last
// `memo` results are kept.
import {createHash} from 'node:crypto';
import type {Worker} from 'node:worker_threads';

/** `timeoutMs` null: no deadline. */
export type PoolOptions = {size: number; queue: number; timeoutMs: number | null; memo: number};

/** Why a task was not done: too many waiting (`busy`), not done by its deadline (`timeout`), or it threw (`failed`). */
export class TaskError extends Error {
  override name = 'TaskError';
  constructor(
    readonly reason: 'busy' | 'timeout' | 'failed',
    message: string
  ) {
    super(message);
  }
}

/** A TaskError, whichever copy of this module made it (the proxy and the pages are bundled apart). */
export const isTaskError = (error: unknown): error is TaskError => error instanceof Error && error.name === 'TaskError' && 'reason' in error;

/**
 * For one task: `wait` marks work done in the background (a page regenerated, a build, every PDF of
 * versions.json): it is never refused, and waits behind every task a visitor is waiting for, which
 * alone count against `queue`. `timeoutMs` is its own deadline. `keep: false` leaves the result out
 * of the pool's memo, for a caller that keeps its results itself.
 */
export type RunOptions = {wait?: boolean; timeoutMs?: number | null; keep?: boolean};

export type Pool = {
  run(task: string, data: unknown, options?: RunOptions): Promise<unknown>;
  /** Starts every thread now rather than on the first task, so the first visitor does not wait for it. */
  warm(): void;
};

/** Data as JSON with every object's keys in order, so that the same data always makes the same key. */
const canonical = (data: unknown) =>
  JSON.stringify(data, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value
  );

type Job = {id: number; task: string; data: unknown; wait: boolean; resolve: (value: unknown) => void; reject: (error: Error) => void; timer?: NodeJS.Timeout};
type Slot = {worker: Worker; job: Job | null};
type Reply = {id: number; ok: true; value: unknown} | {id: number; ok: false; error: string};

export function createPool(spawn: () => Worker, {size, queue, timeoutMs, memo}: PoolOptions): Pool {
  const slots: Slot[] = [];
  const waiting: Job[] = [];
  const results = new Map<string, Promise<unknown>>();
  let ids = 0;

  const idle = () => slots.find((slot) => slot.job === null);

  function remove(slot: Slot) {
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
  }

  function settle(job: Job, error: Error | null, value?: unknown) {
    clearTimeout(job.timer);
    if (error) job.reject(error);
    else job.resolve(value);
  }

  function start(): Slot {
    const slot: Slot = {worker: spawn(), job: null};
    // An idle thread does not keep the process alive (a build, a test, a server that is stopping).
    slot.worker.unref();
    slot.worker.on('message', (reply: Reply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = null;
      slot.worker.unref();
      settle(job, reply.ok ? null : new TaskError('failed', `task "${job.task}" failed: ${reply.error}`), reply.ok ? reply.value : undefined);
      dispatch();
    });
    const lost = (why: string) => {
      remove(slot);
      const job = slot.job;
      slot.job = null;
      if (job) settle(job, new TaskError('failed', `task "${job.task}" failed: ${why}`));
      dispatch();
    };
    slot.worker.on('error', (error) => lost(error.stack ?? String(error)));
    slot.worker.on('exit', (code) => lost(`its thread exited (${code})`));
    slots.push(slot);
    return slot;
  }

  function dispatch() {
    while (waiting.length > 0) {
      const slot = idle() ?? (slots.length < size ? start() : null);
      if (!slot) return;
      const job = waiting.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({id: job.id, task: job.task, data: job.data});
    }
  }

  function expire(job: Job, deadline: number) {
    const queued = waiting.indexOf(job);
    if (queued >= 0) waiting.splice(queued, 1);
    const slot = slots.find((candidate) => candidate.job === job);
    if (slot) {
      slot.job = null;
      remove(slot);
      void slot.worker.terminate();
    }
    settle(job, new TaskError('timeout', `task "${job.task}" was not done within ${deadline} ms`));
    dispatch();
  }

  function submit(task: string, data: unknown, {wait = false, timeoutMs: deadline = timeoutMs}: RunOptions): Promise<unknown> {
    const visitors = waiting.filter((job) => !job.wait).length;
    if (!wait && !idle() && slots.length >= size && visitors >= queue) {
      return Promise.reject(new TaskError('busy', `task "${task}" refused: ${size} running and ${queue} waiting`));
    }
    return new Promise((resolve, reject) => {
      const job: Job = {id: ++ids, task, data, wait, resolve, reject};
      if (deadline !== null) job.timer = setTimeout(() => expire(job, deadline), deadline).unref();
      // A visitor's task goes before the background work: after the other visitors' tasks.
      if (wait) waiting.push(job);
      else waiting.splice(visitors, 0, job);
      dispatch();
    });
  }

  return {
    warm() {
      while (slots.length < size) start();
    },
    run(task, data, options = {}) {
      if (options.keep === false) return submit(task, data, options);
      const key = createHash('sha256').update(task).update('\0').update(canonical(data)).digest('hex');
      let result = results.get(key);
      if (result) {
        // Most recently used last: the first key is the one to forget.
        results.delete(key);
      } else {
        result = submit(task, data, options);
        // A refusal or a failure is not kept: the next visitor asks again.
        result.catch(() => results.get(key) === result && results.delete(key));
      }
      results.set(key, result);
      if (results.size > memo) results.delete(results.keys().next().value!);
      return result;
    }
  };
}

// The proxy, the pages and the start-up are bundled apart, each with its own copy of this module;
// the process has one pool all the same.
const POOL = Symbol.for('infermesh.pool');
const shared = globalThis as {[POOL]?: Pool};

/** The process's pool, made by `create` the first time it is asked for. */
export const sharedPool = (create: () => Pool): Pool => (shared[POOL] ??= create());
