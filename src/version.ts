import { createRequire } from 'node:module';

/** kliping's version, from package.json: for --version and the fetcher's User-Agent. */
export const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
