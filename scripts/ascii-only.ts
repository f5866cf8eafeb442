import type { Plugin } from 'vite';

/**
 * Escapes every non-ASCII character of the emitted JavaScript as `\uXXXX`, so a bundle
 * loaded by a GBK-encoded page decodes to the same program. Escapes are valid in strings,
 * templates, regular expressions, identifiers and comments alike.
 */
export function asciiOnly(): Plugin {
  return {
    name: 'civic-ascii-only',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = escapeNonAscii(file.code);
      }
    },
  };
}

export function escapeNonAscii(code: string): string {
  return code.replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
