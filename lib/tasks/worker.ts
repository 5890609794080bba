// The entry of every thread of the pool (lib/tasks/index.ts): runs the task it is sent by name and
// answers with its result. A task is a function of plain data to plain data; add one here to run it
// off the request thread.
import {parentPort} from 'node:worker_threads';
import {compareVersions} from '../comparison';
import {renderVersionPdf} from '../pdf/render';

const tasks = {compare: compareVersions, pdf: renderVersionPdf};

export type Tasks = typeof tasks;

parentPort?.on('message', async ({id, task, data}: {id: number; task: keyof Tasks; data: never}) => {
  try {
    parentPort?.postMessage({id, ok: true, value: await tasks[task](data)});
  } catch (error) {
    parentPort?.postMessage({id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error)});
  }
});
