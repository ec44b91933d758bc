// Bundles src/index.js into dist/tern-client.js: one ES module with no imports, readable (not
// minified). protobufjs' optional `long` dependency is replaced by an empty stub: the codec
// works with plain numbers (seqs and times stay below 2^53). scripts/check-fresh.mjs bundles a
// fresh copy of web/ through bundle({root, outfile}).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(root, 'dist', 'tern-client.js');

const noLong = {
  name: 'no-long',
  setup(b) {
    b.onResolve({ filter: /^long$/ }, () => ({ path: 'long', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'module.exports = null;', loader: 'js' }));
  },
};

/** Bundles `<root>/src/index.js` (default: this web/) into `outfile` (default `<root>/dist/tern-client.js`). */
export async function bundle({ root: dir = root, outfile = join(dir, 'dist', 'tern-client.js') } = {}) {
  await build({
    absWorkingDir: dir, // modules are named by their path under web/ in the output
    entryPoints: [join(dir, 'src/index.js')],
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: false,
    legalComments: 'none',
    charset: 'utf8',
    banner: { js: '// Tern client library, bundled from web/src by `npm run build` (do not edit).' },
    plugins: [noLong],
    preserveSymlinks: true, // a copy of web/ with node_modules linked bundles the same as web/
    logLevel: 'warning',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundle();
}
