import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `npm run fuzz`: the long campaign only, without a time limit. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../../', import.meta.url)),
    include: ['test/fuzz/campaign.fuzz.ts'],
    testTimeout: 0,
  },
});
