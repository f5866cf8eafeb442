import { CivicDataError } from './errors.js';

/** The charset a response declares, so a GBK backend is decoded as GBK. */
function charsetOf(response: Response): string {
  const match = /charset\s*=\s*"?([\w-]+)/i.exec(response.headers.get('content-type') ?? '');
  return match?.[1] ?? 'utf-8';
}

/**
 * A byte order mark overrides the declared charset, as in every browser API (the Encoding
 * standard's "BOM sniff"): a UTF-8 file with a BOM behind a `charset=GBK` header is UTF-8.
 */
function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
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
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLargeError(maxBytes, response.status);
  }
  const declaredCharset = charsetOf(response);
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return decoder(bomCharset(bytes) ?? declaredCharset).decode(bytes);
  }
  const reader = response.body.getReader();
  let size = 0;
  let out = '';
  // The decoder is chosen once the first three bytes are in, so a BOM can be seen.
  let text: TextDecoder | undefined;
  let head: Uint8Array = new Uint8Array(0);
  const feed = (bytes: Uint8Array, stream: boolean) => {
    if (!text) {
      head = concat(head, bytes);
      if (head.byteLength < 3 && stream) return;
      text = decoder(bomCharset(head) ?? declaredCharset);
      bytes = head;
    }
    out += text.decode(bytes, { stream });
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLargeError(maxBytes, response.status);
    }
    feed(value, true);
  }
  feed(new Uint8Array(0), false);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.byteLength === 0) return b;
  const joined = new Uint8Array(a.byteLength + b.byteLength);
  joined.set(a);
  joined.set(b, a.byteLength);
  return joined;
}

/** The error for an answer over the cap; its message says which attribute raises the cap. */
export function tooLargeError(maxBytes: number, status?: number): CivicDataError {
  return new CivicDataError(
    'too-large',
    `The answer is larger than ${maxBytes} bytes; raise the cap with the max-bytes attribute`,
    { status, maxBytes },
  );
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
