// @ts-check
import { fileURLToPath } from 'node:url';

/** The repository root and the bench's folders. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH = fileURLToPath(new URL('../', import.meta.url));
/** Everything the bench builds goes here (gitignored). */
export const TMP = fileURLToPath(new URL('../tmp/', import.meta.url));
