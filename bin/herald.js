#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in lib/ (built by `npm run build`, which `npm ci` runs via `prepare`).
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv);
