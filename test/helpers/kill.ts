import { spawn } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { watch } from 'node:fs';
import { ROOT } from './cli.js';

/**
 * When a run gets its SIGKILL: after a delay; when a test server is asked for `url` (the run
 * is then waiting for that page: mid-fetch); or at the `nth` change to a file in `folder` whose
 * name matches (the output growing by a line, the state store's log taking a transaction's
 * pages, a temporary file appearing).
 */
export type KillTrigger =
  | { kind: 'delay'; ms: number }
  | { kind: 'request'; url: string }
  | { kind: 'change'; folder: string; name: RegExp; nth: number };

export interface KillOutcome {
  /** False when the run ended by itself before its trigger fired. */
  killed: boolean;
  code: number | null;
  stderr: string;
  ms: number;
}

export function describeTrigger(trigger: KillTrigger): string {
  if (trigger.kind === 'delay') return `after ${trigger.ms} ms`;
  if (trigger.kind === 'request') return `on the request for ${trigger.url}`;
  return `on change ${trigger.nth} of ${trigger.name}`;
}

/**
 * Runs bin/kliping.js with `args` in `cwd` and kills it with SIGKILL when `trigger` fires.
 * `requests` emits `request` with each URL the test servers are asked for.
 */
export function runUntilKilled(args: string[], cwd: string, trigger: KillTrigger | null, requests?: EventEmitter): Promise<KillOutcome> {
  const started = Date.now();
  const child = spawn(process.execPath, [`${ROOT}bin/kliping.js`, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const kill = (): void => {
    child.kill('SIGKILL');
  };
  const onRequest = (url: string): void => {
    if (trigger?.kind === 'request' && url === trigger.url) kill();
  };
  let changes = 0;
  const watcher =
    trigger?.kind === 'change'
      ? watch(trigger.folder, (_event, name) => {
          if (name !== null && trigger.name.test(name) && (changes += 1) === trigger.nth) kill();
        })
      : null;
  const timer = trigger?.kind === 'delay' ? setTimeout(kill, trigger.ms) : null;
  requests?.on('request', onRequest);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      requests?.off('request', onRequest);
      watcher?.close();
      if (timer) clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code, stderr, ms: Date.now() - started });
    });
  });
}
