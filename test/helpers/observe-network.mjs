// Preloaded into the CLI under test (NODE_OPTIONS=--import) to see what it does on the network and
// how much memory it takes: every socket's DNS lookup and connection, and the peak RSS at exit,
// appended as JSON lines to the file named by KLIPING_OBSERVE.
import { subscribe } from 'node:diagnostics_channel';
import { appendFileSync } from 'node:fs';

const file = process.env.KLIPING_OBSERVE;
const note = (event) => appendFileSync(file, `${JSON.stringify(event)}\n`);

subscribe('net.client.socket', ({ socket }) => {
  socket.once('lookup', (error, address, _family, host) => note({ event: 'lookup', host, address, error: error?.code ?? null }));
  socket.once('connect', () => note({ event: 'connect', address: socket.remoteAddress, port: socket.remotePort }));
});
process.once('exit', () => note({ event: 'exit', maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
