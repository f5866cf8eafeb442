// @ts-check
// A small CMS for the editor tests: the editors' own files from node_modules under /vendor/,
// an admin page per editor under /admin/ (the editor's page), articles published at deeper
// URLs under /news/ as GBK pages with a strict CSP, the copied dist/ folder under
// /static/civic-widgets/, and the demo backend under /api.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { createDemoHandler } from '../../demo/server/handler.js';
import { contentTypeOf } from '../../demo/server/static.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the article template loads the loader from: the dist/ folder copied under /static/. */
export const LOADER_URL = '/static/civic-widgets/civic-widgets.iife.js';

/** The portal's policy, as on demo/portal-gbk.html. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

/** URL prefixes served from folders of the repository. */
const FOLDERS = /** @type {const} */ ([
  ['/static/civic-widgets/', 'dist'],
  ['/vendor/ckeditor4/', 'node_modules/ckeditor4'],
  ['/vendor/tinymce/', 'node_modules/tinymce'],
  ['/vendor/kindeditor/', 'node_modules/kindeditor'],
  ['/vendor/wangeditor/', 'node_modules/@wangeditor/editor/dist'],
  ['/vendor/quill/', 'node_modules/quill/dist'],
  ['/admin/settings/', 'test/editors/settings'],
]);

/**
 * The article template: the script and the scan container are the template's, the article body
 * is what the editor saved.
 * @param {string} body
 */
export function articlePage(body) {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="gbk" />
<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}" />
<title>志愿服务情况通报_创建全国文明城市</title>
</head>
<body>
<h1>志愿服务情况通报</h1>
<div class="article-content" data-civic-scan>
${body}
</div>
<script src="${LOADER_URL}"></script>
</body>
</html>
`;
}

/**
 * The admin page of an editor: its files, a host element, and the page's script that creates
 * the editor (test/editors/settings/<settings>.js).
 * @param {AdminEditor} editor
 * @param {string} settings
 */
function adminPage({ scripts, styles, host }, settings) {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<title>内容管理 - 编辑文章</title>
${styles.map((href) => `<link rel="stylesheet" href="${href}" />`).join('\n')}
${scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
</head>
<body>
${host}
<script src="/admin/settings/${settings}.js"></script>
</body>
</html>
`;
}

/** @typedef {{ scripts: readonly string[], styles: readonly string[], host: string }} AdminEditor */

/**
 * Starts the site on a free port.
 * @param {Record<string, AdminEditor>} editors by name: their admin page is `/admin/<name>.html`,
 *   or `/admin/<name>.relaxed.html` with the relaxed settings
 */
export async function startEditorSite(editors) {
  // One tick an hour: the ranking stays the same while a test compares the page with it.
  const api = createDemoHandler({ tickMs: 3_600_000 });
  /** @type {Map<string, string>} */
  const articles = new Map();

  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/api' || pathname.startsWith('/api/')) return api(req, res);
    if (pathname === '/favicon.ico') return send(res, 'image/x-icon', Buffer.alloc(0), 204);
    const article = articles.get(pathname);
    if (article !== undefined)
      return send(res, 'text/html; charset=gbk', iconv.encode(article, 'gbk'));
    const [, admin = '', relaxed = ''] =
      /^\/admin\/([\w-]+)(\.relaxed)?\.html$/.exec(pathname) ?? [];
    if (Object.hasOwn(editors, admin)) {
      const html = adminPage(editors[admin], admin + relaxed);
      return send(res, 'text/html; charset=utf-8', Buffer.from(html));
    }
    const folder = FOLDERS.find(([prefix]) => pathname.startsWith(prefix));
    if (!folder) return send(res, 'text/plain; charset=utf-8', Buffer.from('404\n'), 404);
    serveFile(res, path.join(REPO_ROOT, folder[1]), pathname.slice(folder[0].length)).catch(() =>
      res.destroy(),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${address.port}/`;
  return {
    url,
    /**
     * Publishes an article body at `pathname` (as a GBK page from the template).
     * @param {string} pathname
     * @param {string} body
     * @returns {string} the article's URL
     */
    publish(pathname, body) {
      articles.set(pathname, articlePage(body));
      return new URL(pathname, url).href;
    },
    close() {
      api.close();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} type
 * @param {Buffer} body
 */
function send(res, type, body, status = 200) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length });
  res.end(body);
}

/**
 * Serves `rel` (still percent-encoded) from `base`, never outside it.
 * @param {import('node:http').ServerResponse} res
 * @param {string} base
 * @param {string} rel
 */
async function serveFile(res, base, rel) {
  const file = path.resolve(base, `.${path.posix.sep}${decodeURIComponent(rel)}`);
  const real = await realpath(file).catch(() => '');
  const info = real && (await stat(real));
  if (!info || !info.isFile() || !real.startsWith((await realpath(base)) + path.sep)) {
    return send(res, 'text/plain; charset=utf-8', Buffer.from('404\n'), 404);
  }
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': info.size,
    // Each reopening of an editor loads the same files: from the cache, as an office PC does.
    'Cache-Control': 'max-age=600',
  });
  createReadStream(real).pipe(res);
}
