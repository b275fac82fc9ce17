import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * An esbuild plugin that keeps only zod's English messages in a bundle.
 *
 * zod 4 re-exports every locale (`z.locales.ja`, `z.locales.fr`, … about 50) from its main
 * module as a namespace, which a bundler cannot drop, so any bundle that imports zod carries
 * them all: about 260 KB minified. The packages never switch zod's locale (their own issue
 * messages are keyed maps, English first), so the locale index can be replaced at build time by
 * one that exports only `en`, the default. Leave it out of a bundle that calls
 * `z.config(z.locales.xx())`.
 */
export const zodLocalesEn: Plugin = {
  name: 'zod-locales-en',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[/\\]zod[/\\]/.test(args.importer) ? { path: join(dirname(args.importer), args.path), namespace: 'zod-locales-en' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales-en' }, (args) => ({ contents: 'export { default as en } from "./en.js";', resolveDir: dirname(args.path), loader: 'js' }));
  },
};
