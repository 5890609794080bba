import {Worker} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {createPool, isTaskError, type PoolOptions} from '@/lib/tasks/pool';

// A worker of the pool's protocol: `echo` answers its data and how many tasks its thread has run,
// `spin` keeps its thread busy for `ms`, `forever` never ends, `throw` fails.
const code = `
const {parentPort} = require('node:worker_threads');
let runs = 0;
parentPort.on('message', ({id, task, data}) => {
  runs++;
  if (task === 'forever') for (;;);
  if (task === 'throw') return parentPort.postMessage({id, ok: false, error: 'boom'});
  if (task === 'spin') for (const end = Date.now() + data.ms; Date.now() < end; );
  parentPort.postMessage({id, ok: true, value: {runs, data}});
});`;

const pool = (options: Partial<PoolOptions> = {}) =>
  createPool(() => new Worker(code, {eval: true}), {size: 1, queue: 1, timeoutMs: 5000, memo: 8, ...options});

const reason = (promise: Promise<unknown>) => promise.then(() => 'done', (error: unknown) => (isTaskError(error) ? error.reason : String(error)));

describe('the pool of worker threads', () => {
  it('runs a task off the calling thread, which stays free meanwhile', async () => {
    const tasks = pool();
    const started = performance.now();
    const task = tasks.run('spin', {ms: 600});
    // A timer of the calling thread fires on time while the task keeps its thread busy.
    const late = await new Promise<number>((resolve) => setTimeout(() => resolve(performance.now() - started), 100));
    expect(late).toBeLessThan(400);
    expect(await task).toEqual({runs: 1, data: {ms: 600}});
    expect(performance.now() - started).toBeGreaterThanOrEqual(600);
  });

  it('shares one result between the same task with the same data, keys in any order', async () => {
    const tasks = pool({queue: 4});
    const [a, b] = await Promise.all([tasks.run('echo', {x: 1, y: 2}), tasks.run('echo', {y: 2, x: 1})]);
    expect(a).toBe(b);
    expect(await tasks.run('echo', {x: 1, y: 2})).toEqual({runs: 1, data: {x: 1, y: 2}});
    expect(await tasks.run('echo', {x: 2})).toEqual({runs: 2, data: {x: 2}});
  });

  it('keeps no result of a task run with keep: false, for callers that keep their own', async () => {
    const tasks = pool();
    expect(await tasks.run('echo', {a: 1}, {keep: false})).toEqual({runs: 1, data: {a: 1}});
    expect(await tasks.run('echo', {a: 1})).toEqual({runs: 2, data: {a: 1}});
  });

  it('refuses a task at once when every thread works and the queue is full', async () => {
    const tasks = pool({size: 1, queue: 1});
    const running = tasks.run('spin', {ms: 300});
    const waiting = tasks.run('spin', {ms: 1});
    const started = performance.now();
    expect(await reason(tasks.run('spin', {ms: 2}))).toBe('busy');
    expect(performance.now() - started).toBeLessThan(100);
    expect([await reason(running), await reason(waiting)]).toEqual(['done', 'done']);
    // Refused is not remembered: asked again once there is room, it runs.
    expect(await reason(tasks.run('spin', {ms: 2}))).toBe('done');
  });

  it('stops a task at its deadline, and the next one runs on a new thread', async () => {
    const tasks = pool({timeoutMs: 300});
    const started = performance.now();
    expect(await reason(tasks.run('forever', {}))).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(await tasks.run('echo', {after: true})).toEqual({runs: 1, data: {after: true}});
  });

  it('reports a task that fails, and does not keep the failure', async () => {
    const tasks = pool();
    expect(await reason(tasks.run('throw', {}))).toBe('failed');
    expect(await reason(tasks.run('throw', {}))).toBe('failed');
    expect(await tasks.run('echo', {})).toEqual({runs: 3, data: {}});
  });

  it('never refuses background work, and runs a visitor’s task before it', async () => {
    const tasks = pool({size: 1, queue: 1});
    const order: string[] = [];
    const note = (name: string, promise: Promise<unknown>) => promise.then(() => order.push(name));
    const running = note('running', tasks.run('spin', {ms: 300}));
    // Three regenerations in the background: more than the queue holds, none refused.
    const background = [1, 2, 3].map((n) => note(`background ${n}`, tasks.run('spin', {ms: 10 + n}, {wait: true})));
    // A visitor arrives after them, and is served first; a second visitor fills the queue.
    const visitor = note('visitor', tasks.run('spin', {ms: 5}));
    expect(await reason(tasks.run('spin', {ms: 6}))).toBe('busy');
    await Promise.all([running, ...background, visitor]);
    expect(order).toEqual(['running', 'visitor', 'background 1', 'background 2', 'background 3']);
  });
});
