import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:civic-part-files';

/**
 * The chunks each part of `dist/parts/` imports statically, transitively (the part itself
 * left out), read from the parts build in the output folder and handed to the loader as the
 * module `virtual:civic-part-files`. The loader preloads them beside the part, so a page waits
 * for one round trip less. Without a parts build the map is empty and nothing is preloaded.
 */
export function partFiles(parts: string[]): Plugin {
  let outDir = 'dist';
  return {
    name: 'civic-part-files',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      return `export default ${JSON.stringify(readPartFiles(path.join(outDir, 'parts'), parts))};`;
    },
  };
}

/** @param parts the parts' names, as in `dist/parts/<name>.js` */
export function readPartFiles(folder: string, parts: string[]): Record<string, string[]> {
  const built = existsSync(folder) ? readdirSync(folder) : [];
  const imports = (file: string) =>
    [
      ...readFileSync(path.join(folder, file), 'utf8').matchAll(
        /(?:from|import)\s*["']\.\/([^"']+)["']/g,
      ),
    ].map((match) => match[1]);
  return Object.fromEntries(
    parts
      .filter((part) => built.includes(`${part}.js`))
      .map((part) => {
        const seen = new Set([`${part}.js`]);
        for (const file of seen) for (const next of imports(file)) seen.add(next);
        seen.delete(`${part}.js`);
        return [part, [...seen]];
      }),
  );
}
