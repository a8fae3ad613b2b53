import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { storyPage } from '../helpers/stories.js';

// Record mode's promise to the engines that pipe through it: whatever the lines hold, exactly one
// output line per input line, in order, and a valid record's own fields back untouched.

/** A line: a record (with fields of any JSON shape, the page in html or text) or anything else at all. */
const line = fc.oneof(
  fc.record({ fields: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 }), page: fc.oneof(fc.constant('html'), fc.constant('text')), n: fc.nat(50) }).map(({ fields, page, n }) => {
    const record = { ...fields, [page]: page === 'html' ? storyPage(n) : `Judul ${n}\n${storyPage(n).replace(/<[^>]+>/g, '\n')}` };
    return JSON.stringify(record);
  }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom('', ' ', '\r', '{', '}', '{"html": 1}', '{"html": "<p>x</p>"', '\u2028', '\0', '{"__proto__": {"html": "x"}}', '{"a":1,"a":2,"text":"x"}'),
).map((text) => text.replace(/\n/g, ' '));

describe('--records on generated lines', () => {
  it('answers one line per line, in order, fields untouched', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 40 }), async (lines) => {
        const run = await runCli(['--records', '-q'], { stdin: `${lines.join('\n')}\n` });
        expect([0, 1]).toContain(run.code);
        const out = run.stdout.split('\n');
        expect(out.pop()).toBe('');
        expect(out).toHaveLength(lines.length);
        out.forEach((text, index) => {
          const answer = JSON.parse(text) as Record<string, unknown> & { kliping: { input: string } };
          expect(answer.kliping.input).toBe(`-:${index + 1}`);
          let input: unknown;
          try {
            input = JSON.parse(lines[index]!.replace(/\r$/, ''));
          } catch {
            return;
          }
          if (typeof input !== 'object' || input === null || Array.isArray(input)) return;
          const { kliping, ...fields } = answer;
          const expected = { ...(input as Record<string, unknown>) };
          if (typeof expected.html === 'string') delete expected.html;
          else if (typeof expected.text === 'string') delete expected.text;
          delete expected.kliping; // the result's own field: an input field of that name is replaced
          expect(fields).toEqual(expected);
          expect(kliping).toBeDefined();
        });
      }),
      { numRuns: 8 },
    );
  }, 60_000);
});
