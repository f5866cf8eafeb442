import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';

/**
 * What every framework example's Vite config shares: its folder as the root, relative URLs,
 * and `dist-examples/<name>/` as the output. `import 'civic-widgets/leaderboard'` resolves to
 * this package's own exports (dist/, built first), the way it does in an application that
 * installed it.
 */
export function exampleConfig(name: string, config: UserConfig = {}): UserConfig {
  return {
    root: fileURLToPath(new URL(`../${name}/`, import.meta.url)),
    base: './',
    ...config,
    build: {
      outDir: fileURLToPath(new URL(`../../dist-examples/${name}`, import.meta.url)),
      emptyOutDir: true,
      ...config.build,
    },
  };
}
