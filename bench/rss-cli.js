// The command line as bin/kliping.js runs it, plus the peak RSS and the CPU time of the whole
// process (worker threads included: they share it) as the last line on stderr, for bench/batch.js.
import { main } from '../dist/cli.js';

process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stderr.write(`${JSON.stringify({ peakRssMb: usage.maxRSS / 1024, cpuSeconds })}\n`);
});
await main(process.argv);
