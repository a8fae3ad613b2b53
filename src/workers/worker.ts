// A worker thread's entry: cleans the documents the pool sends, one at a time, and answers each.
import { parentPort, workerData } from 'node:worker_threads';
import { asKlipingError } from '../errors.js';
import { extractTask } from './in-process.js';
import { type ReplyMessage, type TaskMessage, toWireError, unpackTask, type WorkerSetup } from './messages.js';

const port = parentPort!;
const { profile, removals, ...setup } = workerData as WorkerSetup;
const reply = (message: ReplyMessage): void => port.postMessage(message);

port.on('message', ({ name, task }: TaskMessage) => {
  // A worker has nothing else to do while its file is read: it reads with blocking calls.
  extractTask(unpackTask(task), { ...setup, name }, { profile, removals, blocking: true }).then(
    (extracted) => reply({ type: 'done', extracted }),
    (thrown: unknown) => reply({ type: 'failed', error: toWireError(asKlipingError(thrown, name)) }),
  );
});
// The stages are loaded by now (static imports): the pool starts a document's clock only from here.
reply({ type: 'ready' });
