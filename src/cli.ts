import { Console } from 'node:console';
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from './version.js';
import { OPTIONS, type CliValues } from './cli/options.js';

/** Exit statuses, as ripgrep has them (all done, some input failed, usage error), and 128+SIGINT. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130 } as const;


function buildProgram(): Command {
  const program = new Command('kliping')
    .description('Clean Indonesian news pages: the article text without boilerplate or repeats, with its metadata.')
    .version(VERSION, '-V, --version')
    .argument('[inputs...]', 'files, folders (searched recursively), - for stdin; stdin when none is given and it is not a terminal')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`kliping: ${text.replace(/^error: /, '')}`) });
  for (const definition of OPTIONS) {
    const option = new Option(definition.flags, definition.description);
    if (definition.choices) option.choices(definition.choices);
    if (definition.default !== undefined && definition.default !== false) {
      // Defaults are written as a user would type them ("1s", "10M"); commander does not parse them.
      const parsed = definition.parse && typeof definition.default === 'string' ? definition.parse(definition.default, undefined) : definition.default;
      option.default(parsed, String(definition.default));
    }
    if (definition.parse) option.argParser(definition.parse);
    program.addOption(option);
  }
  return program;
}

/** Runs the command line; sets `process.exitCode` and never calls `process.exit` (output must drain). */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    throw error;
  }
  const values = program.opts<CliValues>();
  // Record mode answers in JSON Lines unless told otherwise (and then refuses).
  if (values.records && program.getOptionValueSource('format') === 'default') values.format = 'jsonl';
  process.exitCode = await execute(program.args, values);
}

async function execute(args: string[], values: CliValues): Promise<number> {
  // Loaded only now, so that --help and --version never pay for the parser and its stages.
  const [{ run }, { stderrReporter, wantsColor }, { KlipingError, UsageError }] = await Promise.all([
    import('./run.js'),
    import('./cli/report.js'),
    import('./errors.js'),
  ]);
  // Standard output carries records only: a library's stray console.log (warcio has one) goes to stderr.
  globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });
  const reporter = stderrReporter(process.stderr, {
    color: wantsColor(values.color, process.stderr, process.env),
    quiet: values.quiet,
    debug: values.debug,
    live: Boolean(process.stderr.isTTY) && !values.quiet,
  });
  if (values.ignoreRobots) process.stderr.write('kliping: warning: --ignore-robots: robots.txt is NOT obeyed in this run\n');
  const inputLists = values.inputFile ?? [];
  const listings = [
    ...(values.sitemap ?? []).map((url) => ({ kind: 'sitemap' as const, url })),
    ...(values.feed ?? []).map((url) => ({ kind: 'feed' as const, url })),
  ];
  let inputs = args;
  if (inputs.length === 0 && inputLists.length === 0 && listings.length === 0) {
    if (process.stdin.isTTY) {
      reporter.error(new UsageError('no input: give files, folders or - for stdin (see --help)'));
      return EXIT.usage;
    }
    inputs = ['-'];
  }
  const interrupt = new AbortController();
  const onSignal = (): void => {
    // First signal: take no new inputs, finish and write what is in flight. Second: stop now.
    if (interrupt.signal.aborted) process.exit(EXIT.interrupted);
    interrupt.abort();
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  try {
    const summary = await run(
      {
        inputs,
        inputLists,
        format: values.format,
        outputDir: values.outputDir ?? null,
        appendTo: values.append ?? null,
        force: values.force,
        type: values.type,
        dedupe: values.dedupe,
        dedupeThreshold: values.dedupeThreshold,
        jobs: values.jobs,
        docTimeoutMs: values.docTimeout,
        profile: values.profile,
        failedList: values.failed ?? null,
        listings,
        since: values.since ?? null,
        max: values.max ?? null,
        state: values.state ?? null,
        refetch: values.refetch,
        records: values.records ? { html: values.htmlField, text: values.textField, date: values.dateField ?? null } : null,
        shard: values.shard ?? null,
        doneDir: values.doneDir ?? null,
        urlFilter: values.urlFilter ?? null,
        signal: interrupt.signal,
        fetch: {
          concurrency: values.concurrency,
          delayMs: values.delay,
          timeoutMs: values.timeout,
          retries: values.retries,
          maxBytes: values.maxBytes,
          obeyRobots: !values.ignoreRobots,
          followPages: values.followPages,
          maxPages: values.maxPages,
          ...(values.userAgent && { userAgent: values.userAgent }),
        },
      },
      { stdin: process.stdin, stdout: process.stdout, reporter },
    );
    reporter.finish(summary);
    if (summary.interrupted) return EXIT.interrupted;
    return summary.failed > 0 ? EXIT.someFailed : EXIT.ok;
  } catch (error) {
    if (!(error instanceof KlipingError)) throw error;
    reporter.error(error);
    return error instanceof UsageError ? EXIT.usage : EXIT.someFailed;
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}
