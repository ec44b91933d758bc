// Checks dist/tern-client.js: valid syntax, no import statements (the gateway serves it alone),
// and it loads as an ES module exposing TernClient.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'tern-client.js');
const text = readFileSync(file, 'utf8');
execFileSync(process.execPath, ['--check', file], { stdio: 'inherit' });
// Any line starting with `import` (what `grep -c '^import'` counts), dynamic imports, re-exports.
const imports = text.split('\n').filter((l) => /^import/.test(l) || /\bimport\s*\(/.test(l) || /^export .* from /.test(l));
if (imports.length) {
  console.error(`dist/tern-client.js still has imports:\n${imports.join('\n')}`);
  process.exit(1);
}
const mod = await import(pathToFileURL(file).href);
if (typeof mod.TernClient !== 'function') {
  console.error('dist/tern-client.js does not export TernClient');
  process.exit(1);
}
console.log(`dist/tern-client.js ok: ${text.length} bytes, ${Object.keys(mod).length} exports, no imports`);
