// The command line as bin/kliping.js runs it, plus the peak RSS of the whole process (worker
// threads included: they share it) as the last line on stderr, for bench/batch.js.
import { main } from '../dist/cli.js';

process.on('exit', () => process.stderr.write(`${JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`));
await main(process.argv);
