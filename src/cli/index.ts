#!/usr/bin/env node
// Entry point of the `interpreter-guard` command. No logic here: see main.ts.
import { main } from './main.js';
import { processIo } from './io.js';

process.exitCode = await main(process.argv.slice(2), processIo());
