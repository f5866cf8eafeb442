/**
 * `dist/civic-widgets.all.iife.js`: every widget in one classic script, for an intranet that
 * wants exactly one file. It reads placeholders and text forms as the loader does.
 */
import { scriptOfLoader } from './script.js';
import { watchPage } from './page.js';

// The entries register the widgets (package.json lists them as side effects; src/index.ts,
// which only re-exports them, is not), the container first, as in src/index.ts.
import '../entries/screen.js';
import '../entries/leaderboard.js';
import '../entries/timeline.js';
import '../entries/gauge.js';
import '../entries/heatmap.js';
import '../entries/key-figures.js';

export * from '../index.js';

// Every tag is defined by the time the page is read: nothing is left to load.
watchPage({ script: scriptOfLoader(), onTags: () => undefined });
