// Template groups in RTPL (docs/format.md §6.2): letter groups are keyed by base + UTF-16 code unit
// with bases 2^16 apart, so no letter can reach another group (responder_version 1 let U+0161 "š"
// land on the letter-words group of "a").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildResponderArtifact, GROUP, loadResponder } from './artifact.ts';

test('letter template groups cannot collide, whatever the letter', () => {
  const r = loadResponder(buildResponderArtifact());
  for (const key of r.groups.keys()) {
    if (key < GROUP.LIPOGRAM) assert.ok([GROUP.SENTENCES, GROUP.KEYWORD, GROUP.PLACEHOLDER].includes(key as 1 | 2 | 3), `unexpected group ${key}`);
    else assert.ok(key - (key >= GROUP.LETTER_WORDS ? GROUP.LETTER_WORDS : GROUP.LIPOGRAM) < 0x10000, `group ${key.toString(16)}`);
  }
  assert.equal(r.groups.get(GROUP.LIPOGRAM + 'š'.charCodeAt(0)), undefined);
  assert.equal(r.groups.get(GROUP.LETTER_WORDS + 'š'.charCodeAt(0)), undefined);
  assert.ok(r.groups.get(GROUP.LETTER_WORDS + 'a'.charCodeAt(0)));
});
