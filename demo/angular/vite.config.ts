import { transformAsync } from '@babel/core';
import { execFile } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { defineConfig, type Plugin } from 'vite';
import { exampleConfig } from '../shared/example-config.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** Where ngc writes the compiled app (the tree under the repository root is kept). */
const compiled = here('../../dist-examples/.angular-ngc/demo/angular/');

/**
 * Angular's packages ship partly compiled; its linker finishes them at build time, so the
 * page needs no JIT compiler (which would evaluate generated code).
 */
function angularLinker(): Plugin {
  return {
    name: 'civic-example-angular-linker',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]@angular[\\/]/, code: 'ɵɵngDeclare' },
      async handler(code, id) {
        const { default: linker } = await import('@angular/compiler-cli/linker/babel');
        const result = await transformAsync(code, {
          filename: id,
          plugins: [linker],
          compact: false,
          babelrc: false,
          configFile: false,
        });
        return result?.code ?? null;
      },
    },
  };
}

// The Angular example: ngc compiles the app ahead of time with strict templates (a template
// that binds a handler of the wrong event type fails here), then Vite bundles ngc's output.
// `import 'civic-widgets/leaderboard'` resolves to this package's own dist/, built first.
export default defineConfig(async () => {
  await promisify(execFile)(here('../../node_modules/.bin/ngc'), ['-p', here('tsconfig.json')]);
  await copyFile(here('index.html'), `${compiled}index.html`);
  return { ...exampleConfig('angular', { plugins: [angularLinker()] }), root: compiled };
});
