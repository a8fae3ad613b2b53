import { type ResourceLimits, Worker } from 'node:worker_threads';
import { asKlipingError, DocMemoryError, InternalError, type KlipingError } from '../errors.js';
import { WORKER_OLD_HEAP_MB, WORKER_YOUNG_HEAP_MB } from '../settings.js';
import { docTimeoutError } from './budget.js';
import type { Extractor } from './index.js';
import { type DocumentTask, type ExtractedArticle, fromWireError, packTask, type ReplyMessage, type TaskMessage, type WorkerSetup } from './messages.js';

export interface PoolOptions {
  /** Workers at most; they are started as documents come, so a short batch starts fewer. */
  size: number;
  /** Wall-clock budget per document, counted from when a ready worker takes it. */
  docTimeoutMs: number;
  setup: WorkerSetup;
  /** The worker's script (tests name the built one, since they run the sources). */
  script?: URL;
  resourceLimits?: ResourceLimits;
}

interface Job {
  name: string;
  task: DocumentTask;
  resolve: (extracted: ExtractedArticle) => void;
  reject: (error: KlipingError) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded the stages and may be given a document. */
  ready: boolean;
  job: Job | null;
  timer?: NodeJS.Timeout;
  /** What killed the worker, when it died on its own. */
  crash?: Error;
}

/**
 * Worker threads cleaning documents, one each at a time. A document over its budget has its worker
 * terminated; a worker that crashes (an uncaught error, its heap limit) fails only its document.
 * Either way a fresh worker takes the next document. Call `close()` once every `extract` has settled.
 */
export class WorkerPool implements Extractor {
  private readonly queue: Job[] = [];
  private readonly slots = new Set<Slot>();
  private readonly resourceLimits: ResourceLimits;

  constructor(private readonly options: PoolOptions) {
    this.resourceLimits = options.resourceLimits ?? { maxOldGenerationSizeMb: WORKER_OLD_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_HEAP_MB };
  }

  extract(task: DocumentTask, name: string): Promise<ExtractedArticle> {
    return new Promise((resolve, reject) => {
      this.queue.push({ name, task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const slots = [...this.slots];
    this.slots.clear();
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    for (let idle = this.idleSlot(); idle && this.queue.length > 0; idle = this.idleSlot()) this.start(idle, this.queue.shift()!);
    let starting = [...this.slots].filter((slot) => !slot.ready).length;
    for (; this.slots.size < this.options.size && starting < this.queue.length; starting += 1) this.spawn();
  }

  private idleSlot(): Slot | undefined {
    return [...this.slots].find((slot) => slot.ready && !slot.job);
  }

  private start(slot: Slot, job: Job): void {
    try {
      const packed = packTask(job.task);
      const message: TaskMessage = { name: job.name, task: packed.task };
      slot.worker.postMessage(message, packed.transfer);
    } catch (error) {
      job.reject(asKlipingError(error, job.name)); // a document that cannot be sent fails alone
      return;
    }
    slot.job = job;
    slot.timer = setTimeout(() => this.timeOut(slot), this.options.docTimeoutMs);
  }

  private spawn(): void {
    const worker = new Worker(this.options.script ?? new URL('./worker.js', import.meta.url), {
      workerData: this.options.setup,
      resourceLimits: this.resourceLimits,
    });
    const slot: Slot = { worker, ready: false, job: null };
    this.slots.add(slot);
    worker.on('message', (reply: ReplyMessage) => this.receive(slot, reply));
    worker.on('error', (error) => {
      slot.crash = error;
    });
    worker.on('exit', () => this.exited(slot));
  }

  private receive(slot: Slot, reply: ReplyMessage): void {
    if (reply.type === 'ready') {
      slot.ready = true;
    } else {
      const job = this.finish(slot);
      if (reply.type === 'done') job?.resolve(reply.extracted);
      else job?.reject(fromWireError(reply.error));
    }
    this.dispatch();
  }

  private finish(slot: Slot): Job | null {
    clearTimeout(slot.timer);
    const { job } = slot;
    slot.job = null;
    return job;
  }

  private timeOut(slot: Slot): void {
    const job = this.finish(slot);
    this.slots.delete(slot);
    void slot.worker.terminate();
    if (job) job.reject(docTimeoutError(job.name, this.options.docTimeoutMs));
    this.dispatch();
  }

  private exited(slot: Slot): void {
    if (!this.slots.delete(slot)) return; // stopped on purpose (over budget, or closing)
    // A worker that dies before it is ready fails the next document: a worker that cannot start
    // at all then fails the batch document by document instead of being restarted forever.
    const job = this.finish(slot) ?? (slot.ready ? undefined : this.queue.shift());
    if (job) job.reject(this.crashError(job.name, slot.crash));
    this.dispatch();
  }

  private crashError(input: string, crash: Error | undefined): KlipingError {
    if ((crash as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      const limit = this.resourceLimits.maxOldGenerationSizeMb;
      return new DocMemoryError(`extraction needed more memory than a worker thread may use (${limit} MB)`, { input, cause: crash });
    }
    return new InternalError(`worker thread crashed: ${crash?.message ?? 'it exited'}`, { input, ...(crash && { cause: crash }) });
  }
}
