import * as errors from '../errors.js';
import type { ResolvedCleanOptions } from '../clean-options.js';
import type { FileRef, InputDocument } from '../input/index.js';
import type { StageMilliseconds } from '../profile.js';
import type { ArticleRecord, Removal } from '../record.js';

/** What cleaning one document gives the run: the record to write and, for `--debug`, what was removed (else none). */
export interface ExtractedArticle {
  article: ArticleRecord;
  removals: Removal[];
  /** Time per stage, when the run is profiled. */
  times?: StageMilliseconds;
}

/** Given to every worker once, as its `workerData`: the cleaning options, and what to send back besides the record. */
export type WorkerSetup = Omit<ResolvedCleanOptions, 'name'> & { profile: boolean; removals: boolean };

/** A document to clean: its bytes, or a local file that the cleaning thread reads itself. */
export type DocumentTask = { document: InputDocument } | { file: FileRef };

/** One document for a worker; a worker has one at a time, so its reply needs no id. */
export interface TaskMessage {
  name: string;
  task: DocumentTask;
}

export type ReplyMessage =
  | { type: 'ready' }
  | { type: 'done'; extracted: ExtractedArticle }
  | { type: 'failed'; error: WireError };

/** A KlipingError as it crosses between threads: classes do not survive structured cloning, their codes do. */
export interface WireError {
  code: string;
  message: string;
  input: string | undefined;
}

/**
 * The task with every byte array on its own ArrayBuffer, and those buffers, to be transferred
 * rather than copied. A small Buffer is a slice of Node's shared pool: transferring that would
 * detach the pool, so such bytes are copied once. A file goes as its name.
 */
export function packTask(task: DocumentTask): { task: DocumentTask; transfer: ArrayBuffer[] } {
  if ('file' in task) return { task, transfer: [] };
  const transfer: ArrayBuffer[] = [];
  const pack = (part: InputDocument): InputDocument => {
    const { bytes } = part;
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : Buffer.from(new Uint8Array(bytes).buffer);
    transfer.push(own.buffer as ArrayBuffer);
    return { ...part, bytes: own, ...(part.pages && { pages: part.pages.map(pack) }) };
  };
  return { task: { document: pack(task.document) }, transfer };
}

/** Structured cloning turns a Buffer into a plain Uint8Array: view the same memory as a Buffer again. */
export function unpackTask(task: DocumentTask): DocumentTask {
  return 'file' in task ? task : { document: unpackDocument(task.document) };
}

function unpackDocument(document: InputDocument): InputDocument {
  const { bytes } = document;
  return {
    ...document,
    bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    ...(document.pages && { pages: document.pages.map(unpackDocument) }),
  };
}

export function toWireError(error: errors.KlipingError): WireError {
  return { code: error.code, message: error.message, input: error.input };
}

type ErrorClass = new (message: string, options?: { input?: string }) => errors.KlipingError;

/** Every concrete error class by its code (abstract families have none). */
const CLASS_BY_CODE = new Map<string, ErrorClass>(
  (Object.values(errors) as unknown[])
    .filter((value): value is ErrorClass => typeof value === 'function' && value.prototype instanceof errors.KlipingError)
    .map((ErrorClass) => [new ErrorClass('', { failures: [] } as never).code, ErrorClass] as const)
    .filter(([code]) => code !== undefined),
);

/** The same class, code, message and input as the error thrown in the worker. */
export function fromWireError(wire: WireError): errors.KlipingError {
  const ErrorClass = CLASS_BY_CODE.get(wire.code) ?? errors.InternalError;
  return new ErrorClass(wire.message, { ...(wire.input !== undefined && { input: wire.input }) });
}
