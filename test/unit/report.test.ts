import { describe, expect, it } from 'vitest';
import { printable } from '../../src/cli/report.js';

describe('stderr messages', () => {
  it('show control characters as \\xNN, so a name with a newline or an escape sequence stays one harmless line', () => {
    expect(printable('saved/a\nb.html: \x1b[2Jgone')).toBe('saved/a\\x0ab.html: \\x1b[2Jgone');
    expect(printable('Berita hari ini — “kutipan”')).toBe('Berita hari ini — “kutipan”');
  });
});
