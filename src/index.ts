/** `civic-widgets`: every widget, registered. The IIFE bundle is built from this file. */
// The container first: widgets defined after it find its shared source at once.
export * from './entries/screen.js';
export * from './entries/leaderboard.js';
export * from './entries/timeline.js';
export * from './entries/gauge.js';
export * from './entries/heatmap.js';
export * from './entries/key-figures.js';
