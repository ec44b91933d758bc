// Fails when the committed generated files differ from a fresh build: src/gen/* from
// ../proto/proto/chat.proto (scripts/gen.mjs), dist/tern-client.js from src/ (scripts/bundle.mjs),
// the bundle the gateway embeds, and its TypeScript declarations dist/tern-client.d.ts and
// dist/types/** from the JSDoc in src/ (scripts/types.mjs). Builds a copy of web/ in a temporary directory
// (its node_modules linked to this one), so the work tree is left as it is. Also fails when a
// gateway-to-gateway (Peer*) type reached the generated code or the bundle.
// Run: npm run check:fresh   Fix: npm run build, then commit src/gen/ and dist/.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gen, root, GEN_FILES } from './gen.mjs';
import { bundle } from './bundle.mjs';
import { types } from './types.mjs';

const srcGen = join(root, 'src', 'gen');
const dist = join(root, 'dist', 'tern-client.js');
/** Every file under `dir`, relative to it. */
const filesUnder = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile()).map((d) => relative(dir, join(d.parentPath ?? d.path, d.name))) : []);
const name = (file) => `web/${relative(root, file)}`;

const tmp = mkdtempSync(join(tmpdir(), 'tern-web-fresh-'));
const problems = [];
try {
  const web = join(tmp, 'web');
  cpSync(join(root, 'src'), join(web, 'src'), { recursive: true, filter: (p) => relative(join(root, 'src'), p) !== 'gen' });
  writeFileSync(join(web, 'package.json'), readFileSync(join(root, 'package.json')));
  for (const f of ['tsconfig.json', 'tsconfig.types.json']) writeFileSync(join(web, f), readFileSync(join(root, f)));
  symlinkSync(join(root, 'node_modules'), join(web, 'node_modules'), 'dir');
  await gen(join(web, 'src', 'gen'));
  await bundle({ root: web, outfile: join(web, 'dist', 'tern-client.js') });
  types({ root: web });

  const pairs = [...new Set([...GEN_FILES, ...(existsSync(srcGen) ? readdirSync(srcGen) : [])])]
    .sort()
    .map((f) => [join(srcGen, f), join(web, 'src', 'gen', f)]);
  pairs.push([dist, join(web, 'dist', 'tern-client.js')]);
  pairs.push([join(root, 'dist', 'tern-client.d.ts'), join(web, 'dist', 'tern-client.d.ts')]);
  const committedTypes = join(root, 'dist', 'types');
  const freshTypes = join(web, 'dist', 'types');
  for (const f of [...new Set([...filesUnder(committedTypes), ...filesUnder(freshTypes)])].sort()) {
    pairs.push([join(committedTypes, f), join(freshTypes, f)]);
  }
  for (const [committed, fresh] of pairs) {
    if (!existsSync(fresh)) problems.push(`${name(committed)}: not made by the build (remove it)`);
    else if (!existsSync(committed)) problems.push(`${name(committed)}: missing`);
    else if (!readFileSync(committed).equals(readFileSync(fresh))) problems.push(`${name(committed)}: differs from a fresh build`);
    if (existsSync(committed) && /\.js$/.test(committed)) {
      const peer = readFileSync(committed, 'utf8').match(/\bPeer[A-Z]\w*/);
      if (peer) problems.push(`${name(committed)}: has the gateway-to-gateway type ${peer[0]} (peer.proto must not reach the browser)`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`check:fresh: the committed build output is stale:\n  ${problems.join('\n  ')}\n` +
    'Run `npm run build` in web/ and commit web/src/gen/ and web/dist/.');
  process.exit(1);
}
console.log(`check:fresh: ${GEN_FILES.map((f) => `web/src/gen/${f}`).join(', ')}, web/dist/tern-client.js, web/dist/tern-client.d.ts and web/dist/types/** match a fresh build of chat.proto and web/src`);
