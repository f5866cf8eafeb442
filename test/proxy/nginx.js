// @ts-check
// A real nginx for the proxy tests, run from the recipe itself: docs/nginx/civic-widgets.conf
// and civic-widgets.main.conf are included as they are, except the lines marked "test:",
// which get this run's ports and folders. Non-root friendly: pid, logs, cache and temp files
// live in a temporary folder; `daemon off`, stopped by the pid of the process we started.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RECIPE = path.join(ROOT, 'docs', 'nginx', 'civic-widgets.conf');
export const RECIPE_MAIN = path.join(ROOT, 'docs', 'nginx', 'civic-widgets.main.conf');
export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

/** @returns {Promise<number>} a port free right now */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The recipe with this run's ports and folders, each marked line replaced exactly once.
 * @param {string} recipe
 * @param {{ backend: number, http: number, https: number, dir: string }} where
 */
export function localize(recipe, { backend, http, https, dir }) {
  /** @type {Array<[RegExp, string]>} */
  const swaps = [
    [/proxy_cache_path \S+/, `proxy_cache_path ${dir}/cache`],
    [/server 127\.0\.0\.1:\d+;/, `server 127.0.0.1:${backend};`],
    [/listen 80;/, `listen 127.0.0.1:${http};`],
    [/listen 443 ssl http2;/, `listen 127.0.0.1:${https} ssl http2;`],
    [/ssl_certificate \S+;/, `ssl_certificate ${dir}/cert.pem;`],
    [/ssl_certificate_key \S+;/, `ssl_certificate_key ${dir}/key.pem;`],
  ];
  const marked = recipe.split('\n').filter((line) => /# test:/.test(line)).length;
  if (marked !== swaps.length) throw new Error(`${marked} "test:" lines, expected ${swaps.length}`);
  let text = recipe;
  for (const [pattern, replacement] of swaps) {
    const lines = text.split('\n').filter((line) => pattern.test(line) && /# test:/.test(line));
    if (lines.length !== 1) throw new Error(`recipe: ${pattern} on ${lines.length} marked lines`);
    text = text.replace(pattern, replacement);
  }
  return text;
}

/**
 * An nginx in front of `backend`, listening on HTTP/1.1 and HTTPS (HTTP/2).
 * @param {{ backend: number }} options
 */
export async function startNginx({ backend }) {
  if (!existsSync(NGINX))
    throw new Error(`${NGINX} is missing (Debian: apt-get install nginx-light)`);
  const dir = await mkdtemp(path.join(tmpdir(), 'civic-nginx-'));
  // Workers run as `nobody` when the master is root: they must reach the folder.
  await chmod(dir, 0o755);
  await mkdir(path.join(dir, 'logs'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  await chmod(path.join(dir, 'key.pem'), 0o644);
  const ports = { backend, http: await freePort(), https: await freePort(), dir };
  await writeFile(
    path.join(dir, 'civic-widgets.conf'),
    localize(await readFile(RECIPE, 'utf8'), ports),
  );
  await writeFile(path.join(dir, 'civic-widgets.main.conf'), await readFile(RECIPE_MAIN, 'utf8'));
  await writeFile(
    path.join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/logs/error.log warn;`,
      `include ${dir}/civic-widgets.main.conf;`,
      'events { worker_connections 512; }',
      'http {',
      // What each browser request got: its status and whether the micro-cache answered it.
      "  log_format civic '$status $upstream_cache_status $uri';",
      `  access_log ${dir}/logs/access.log civic;`,
      `  client_body_temp_path ${dir}/body;`,
      `  proxy_temp_path ${dir}/proxy;`,
      `  fastcgi_temp_path ${dir}/fastcgi;`,
      `  uwsgi_temp_path ${dir}/uwsgi;`,
      `  scgi_temp_path ${dir}/scgi;`,
      `  include ${dir}/civic-widgets.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  execFileSync(NGINX, [
    '-t',
    '-q',
    '-p',
    dir,
    '-c',
    `${dir}/nginx.conf`,
    '-e',
    `${dir}/logs/error.log`,
  ]);

  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  const start = async () => {
    child = spawn(NGINX, ['-p', dir, '-c', `${dir}/nginx.conf`, '-e', `${dir}/logs/error.log`], {
      stdio: 'ignore',
    });
    await untilListening(ports.http);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    http: `http://127.0.0.1:${ports.http}`,
    https: `https://127.0.0.1:${ports.https}`,
    dir,
    /** Stops nginx (fast shutdown: every connection cut) and starts it again. */
    async restart(downMs = 0) {
      await stop();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
    /** A graceful reload, as after a configuration change. */
    reload() {
      child?.kill('SIGHUP');
    },
    /** The access log: one `status cache-status uri` line per browser request. */
    async accessLog() {
      const text = await readFile(path.join(dir, 'logs', 'access.log'), 'utf8').catch(() => '');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [status, cache, uri] = line.split(' ');
          return { status: Number(status), cache, uri };
        });
    },
    async close() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** @param {number} port */
async function untilListening(port) {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/favicon.ico`).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on ${port}`);
}
