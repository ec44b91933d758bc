// Generates the protocol code from ../proto/proto/chat.proto only (never peer.proto: the
// gateway-to-gateway frames stay out of the browser): src/gen/chat.js, a pbjs static ES module
// with the proto's snake_case field names and fromObject/toObject converters, and its
// TypeScript declarations src/gen/chat.d.ts. `node scripts/gen.mjs [outDir]` writes elsewhere
// (scripts/check-fresh.mjs does, to compare with the committed files).
import cli from 'protobufjs-cli';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PROTO = join(root, '..', 'proto', 'proto', 'chat.proto');
/** The files `gen` writes, relative to its output directory. */
export const GEN_FILES = ['chat.js', 'chat.d.ts'];

const PBJS_ARGS = [
  '--target', 'static-module',
  '--wrap', 'es6',
  '--keep-case', // field names as in the proto (channel_id), the names the API uses
  '--force-number', // 64-bit integers as numbers in the declarations (no Long)
  '--no-create', '--no-verify', '--no-delimited', '--no-typeurl',
  '--dts', // chat.d.ts next to chat.js (pbts)
];

/** Writes chat.js and chat.d.ts into `outDir` (default src/gen). */
export function gen(outDir = join(root, 'src', 'gen')) {
  mkdirSync(outDir, { recursive: true });
  return new Promise((ok, fail) => {
    cli.pbjs.main([...PBJS_ARGS, '--out', join(outDir, 'chat.js'), PROTO], (err) => (err ? fail(err) : ok()));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await gen(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
