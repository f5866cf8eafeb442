// @ts-check
// Shared by the package tests: a static server for a built folder (what a developer deploys),
// and a child process runner that reports how long each step took.
import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

/** @type {Readonly<Record<string, string>>} */
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves the files under `root` on a free port of 127.0.0.1 (`/` is index.html).
 * @param {string} root
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveFolder(root) {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const found = file.startsWith(root) && (await stat(file).catch(() => undefined))?.isFile();
    if (!found) return void res.writeHead(404).end();
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Runs a program to its end; rejects with its output when it fails.
 * @param {string} file
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<{ stdout: string, seconds: number }>}
 */
export function run(file, args, { cwd, env = process.env }) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')} failed:\n${stdout}\n${stderr}`));
      else resolve({ stdout, seconds: (performance.now() - started) / 1000 });
    });
  });
}
