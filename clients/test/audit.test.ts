// Test 2: graphql-http's audit of the GraphQL-over-HTTP specification against /graphql.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditServer } from 'graphql-http';
import { accordUrl } from '../src/env';

test('graphql-http auditServer: no error and no warning', async () => {
  const url = `${accordUrl()}/graphql`;
  const results = await auditServer({ url });
  const notOk = results.filter((r) => r.status !== 'ok');
  for (const r of notOk) {
    console.log(`graphql-http audit ${r.status.toUpperCase()} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
  }
  console.log(`graphql-http audit: ${results.length} checks, ${results.length - notOk.length} ok, ` +
    `${notOk.filter((r) => r.status === 'warn').length} warnings, ${notOk.filter((r) => r.status === 'error').length} errors`);
  assert.ok(results.length > 0, 'the audit ran');
  assert.deepEqual(notOk.map((r) => `${r.status} ${r.name}`), []);
});
