// The generated protocol code is chat.proto's alone: the gateway-to-gateway frames of peer.proto
// never reach the browser. (Whether src/gen/ and dist/ match a fresh build is `npm run
// check:fresh`, run separately.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

import { tern } from '../src/gen/chat.js';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');

test('src/gen/chat.js holds the tern.v1 client protocol and no Peer* type', () => {
  const names = Object.keys(tern.v1);
  for (const n of ['ClientFrame', 'ServerFrame', 'Message', 'ErrorCode', 'HistoryAnchor', 'PresenceStatus']) assert.ok(names.includes(n), n);
  assert.deepEqual(names.filter((n) => /^Peer/.test(n)), []);
  for (const file of ['src/gen/chat.js', 'src/gen/chat.d.ts', 'dist/tern-client.js']) {
    if (!existsSync(join(web, file))) continue;
    assert.equal(readFileSync(join(web, file), 'utf8').match(/\bPeer[A-Z]\w*/)?.[0], undefined, file);
  }
});

test('generated field names are the proto\'s snake_case names', () => {
  assert.ok(Object.hasOwn(tern.v1.Send.prototype, 'client_msg_id'));
  assert.ok(Object.hasOwn(tern.v1.ClientFrame.prototype, 'presence_query'));
});
