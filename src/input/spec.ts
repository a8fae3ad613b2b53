/** What one command-line input names, decided from its spelling alone (no I/O). */
export type InputSpec =
  | { kind: 'stdin'; name: '-' }
  | { kind: 'url'; name: string }
  | { kind: 'path'; name: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export function classifyInput(arg: string): InputSpec {
  if (arg === '-') return { kind: 'stdin', name: '-' };
  if (SCHEME.test(arg)) return { kind: 'url', name: arg };
  return { kind: 'path', name: arg };
}
