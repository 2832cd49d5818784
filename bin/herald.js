#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in lib/ (built by `npm run build`; `npm pack` and `npm publish` run it
// through `prepack`, so the package carries lib/ and an install never builds).
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv);
