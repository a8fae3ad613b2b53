import { readdirSync, readFileSync } from 'node:fs';

// A process started with `detached: true` leads a process group of its own: it and everything it
// starts (a Dask worker's kliping processes) can then be found, and killed together as a machine
// going down would kill them.

/** The living processes of process group `pgid` (Linux: from /proc), zombies left out. */
export function groupMembers(pgid: number): { pid: number; command: string }[] {
  const members: { pid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended while we looked
    }
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
    const close = stat.lastIndexOf(')');
    const [state, , pgrp] = stat.slice(close + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') members.push({ pid: Number(entry), command: stat.slice(stat.indexOf('(') + 1, close) });
  }
  return members;
}

/** Sends `signal` to group `pgid` and waits until none of it is alive; SIGKILL for what outlives `graceMs`. */
export async function killGroup(pgid: number, signal: NodeJS.Signals, graceMs = 5000): Promise<void> {
  const send = (which: NodeJS.Signals): void => {
    try {
      process.kill(-pgid, which);
    } catch {
      // the group is gone already
    }
  };
  send(signal);
  const deadline = Date.now() + graceMs;
  while (groupMembers(pgid).length > 0) {
    if (Date.now() > deadline + 2000) throw new Error(`process group ${pgid} outlived SIGKILL: ${JSON.stringify(groupMembers(pgid))}`);
    if (Date.now() > deadline) send('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
