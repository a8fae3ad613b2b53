#!/usr/bin/env node
// Tiny launcher: everything lives in the compiled library (npm ci builds it through `prepare`).
import { main } from '../dist/cli.js';

main(process.argv);
