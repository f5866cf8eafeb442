// @ts-check
// Makes sure `npm test` has a browser: CHROME_PATH, then the usual paths; as root on Debian
// it installs Debian's chromium; anywhere else it stops with one line saying what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.js';

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version')) {
  console.log('No Chrome/Chromium found: installing Debian chromium (apt-get) ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk', {
    stdio: 'inherit',
    env,
  });
  if (findChromium()) process.exit(0);
}
console.error(
  'No Chrome/Chromium found: install Chromium (e.g. `sudo apt-get install chromium`) or set CHROME_PATH to its binary.',
);
process.exit(1);
