import { CivicDataError } from './errors.js';

/** The charset a response declares, so a GBK backend is decoded as GBK. */
function charsetOf(response: Response): string {
  const match = /charset\s*=\s*"?([\w-]+)/i.exec(response.headers.get('content-type') ?? '');
  return match?.[1] ?? 'utf-8';
}

function decoder(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('utf-8');
  }
}

/**
 * Reads a body as text, stopping as soon as it passes `maxBytes` so a runaway backend
 * cannot fill the page's memory.
 */
export async function readText(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new CivicDataError('too-large', `The answer is larger than ${maxBytes} bytes`, {
      status: response.status,
    });
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const text = decoder(charsetOf(response));
  if (!response.body) return text.decode(new Uint8Array(await response.arrayBuffer()));
  const reader = response.body.getReader();
  let size = 0;
  let out = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    out += text.decode(value, { stream: true });
  }
  return out + text.decode();
}

/** Parses JSON, naming what came instead when it is not JSON (e.g. an HTML error page). */
export function parseJson(text: string, response: Response): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const type = response.headers.get('content-type') ?? 'unknown type';
    const looksHtml = /^\s*</.test(text);
    throw new CivicDataError(
      'parse',
      looksHtml
        ? `Expected JSON, got an HTML page (${type})`
        : `The answer is not valid JSON (${type})`,
      { status: response.status },
    );
  }
}
