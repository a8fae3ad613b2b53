import { closeSync, createWriteStream, fsyncSync, openSync } from 'node:fs';
import { link, mkdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OutputExistsError } from '../errors.js';
import type { SourceFile } from '../input/item.js';
import { writeFailure } from './failures.js';
import type { OutputFormat } from './format.js';
import { StreamOutput } from './sinks.js';
import { temporaryPathFor } from './temporary.js';

/**
 * One output file for all the results of one container input (a JSON Lines dump, a WARC file),
 * written like standard output would be, into a temporary file that takes the output's name only
 * when the input is finished: a reader never sees half of it.
 */
export class GatheredFile {
  private constructor(
    readonly source: SourceFile,
    private readonly path: string,
    private readonly temporary: string,
    private readonly fd: number,
    readonly output: StreamOutput,
    private readonly overwrite: boolean,
  ) {}

  static async open(source: SourceFile, path: string, format: OutputFormat, overwrite: boolean): Promise<GatheredFile> {
    if (!overwrite && (await stat(path).catch(() => null))) {
      throw new OutputExistsError(`${path} exists (use --force to overwrite)`, { input: source.name });
    }
    const temporary = temporaryPathFor(path);
    try {
      await mkdir(dirname(path), { recursive: true });
      const fd = openSync(temporary, 'wx');
      const output = new StreamOutput(createWriteStream(temporary, { fd, autoClose: false }), format, false, path);
      return new GatheredFile(source, path, temporary, fd, output, overwrite);
    } catch (error) {
      throw writeFailure(error, path, source.name);
    }
  }

  /** Closes the file, puts it on disk, and gives it its name. */
  async finish(): Promise<void> {
    try {
      await this.output.close();
      fsyncSync(this.fd);
      closeSync(this.fd);
      if (this.overwrite) await rename(this.temporary, this.path);
      else await link(this.temporary, this.path); // fails if the name appeared meanwhile: never replaced unasked
    } catch (error) {
      await this.abandon();
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new OutputExistsError(`${this.path} exists (use --force to overwrite)`, { input: this.source.name, cause: error });
      }
      throw writeFailure(error, this.path, this.source.name);
    }
    await unlink(this.temporary).catch(() => undefined);
  }

  /** Drops what was gathered: the input was not finished. */
  async abandon(): Promise<void> {
    try {
      closeSync(this.fd);
    } catch {
      // already closed by a finish that failed
    }
    await unlink(this.temporary).catch(() => undefined);
  }
}
