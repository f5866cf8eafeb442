/** The strictest portal policy: no inline anything, Trusted Types enforced, only Lit's policy. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export type StrictWindow = Window & { violations?: string[] };

/**
 * Opens `page` (a test module that mounts widgets and records `securitypolicyviolation`
 * events in `window.violations`) in an iframe under STRICT_CSP.
 */
export function openStrictFrame(
  page: string,
  width: number,
  height: number,
): { frame: HTMLIFrameElement; win: () => StrictWindow | null } {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
      <script type="module" src="${page}"></script></head><body></body></html>`;
  document.body.append(frame);
  return { frame, win: () => frame.contentWindow as StrictWindow | null };
}
