/** `civic-widgets`: every widget, registered. The IIFE bundle is built from this file. */
export * from './entries/leaderboard.js';
