// Entry point of the Probot app (dist/app.js, run by `npm start`). No logic here: see app.ts.
import { createApp } from './app.js';
import { readAppSettings } from './settings.js';

export default createApp({ settings: readAppSettings(process.env) });
