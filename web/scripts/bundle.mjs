// Bundles src/index.js into dist/tern-client.js: one ES module with no imports, readable (not
// minified). protobufjs' optional `long` dependency is replaced by an empty stub: the codec
// works with plain numbers (seqs and times stay below 2^53).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const noLong = {
  name: 'no-long',
  setup(b) {
    b.onResolve({ filter: /^long$/ }, () => ({ path: 'long', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'module.exports = null;', loader: 'js' }));
  },
};

await build({
  entryPoints: [join(root, 'src/index.js')],
  outfile: join(root, 'dist/tern-client.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  minify: false,
  legalComments: 'none',
  charset: 'utf8',
  banner: { js: '// Tern client library, bundled from web/src by `npm run build` (do not edit).' },
  plugins: [noLong],
  logLevel: 'warning',
});
