// Test 5: a server that runs only its trusted documents (the manifests of graphql-codegen and relay-compiler).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createApolloClient } from '../src/apollo';
import { accordToken, clientsDir, trustedUrl } from '../src/env';
import { postGraphQL, recordingFetch, type RecordedRequest } from '../src/http';
import { inRunOrder, readmeOperations, type RunContext } from '../src/operations';
import { prepareReadmeOperation, runReadmeOperation } from '../src/readme-run';

test('trusted documents only', async (t) => {
  const url = trustedUrl();
  const token = accordToken();

  await t.test('Apollo Client runs every README operation by its codegen id', async (t) => {
    const log: RecordedRequest[] = [];
    const client = createApolloClient({ uri: `${url}/graphql`, token: () => token, persisted: 'trusted', fetch: recordingFetch(log) });
    const ctx: RunContext = {};
    for (const op of inRunOrder(readmeOperations())) {
      await t.test(op.name, async () => {
        await prepareReadmeOperation(client, op, ctx);
        const start = log.length;
        await runReadmeOperation(client, op, ctx);
        const requests = log.slice(start);
        assert.equal(requests.length, 1, `${op.name}: one request, by id`);
        assert.equal(requests[0].params.query, undefined, `${op.name}: the text is not sent`);
        assert.equal(requests[0].method, op.kind === 'query' ? 'GET' : 'POST');
      });
    }
  });

  await t.test('an arbitrary query is refused with PERSISTED_QUERY_NOT_IN_LIST', async () => {
    const { json } = await postGraphQL(url, { query: '{ __typename }' });
    assert.equal(json.data ?? null, null);
    assert.deepEqual(json.errors?.map((e) => e.extensions?.code), ['PERSISTED_QUERY_NOT_IN_LIST']);
  });

  await t.test('an unknown hash is PERSISTED_QUERY_NOT_FOUND', async () => {
    const { json } = await postGraphQL(url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    assert.deepEqual(json.errors?.map((e) => e.extensions?.code), ['PERSISTED_QUERY_NOT_FOUND']);
  });

  await t.test("a Relay document id (relay-compiler's MD5) runs", async () => {
    const manifest = JSON.parse(readFileSync(join(clientsDir, 'generated', 'relay-persisted-documents.json'), 'utf8')) as Record<string, string>;
    const [id] = Object.entries(manifest).find(([, text]) => text.startsWith('query ActorCardQuery')) ?? [];
    assert.ok(id, 'relay-compiler persisted ActorCardQuery');
    assert.match(id, /^[0-9a-f]{32}$/);
    const { status, json } = await postGraphQL(url, { documentId: id, variables: { name: 'United States' } });
    assert.equal(status, 200);
    assert.equal(json.errors, undefined, JSON.stringify(json.errors));
    assert.ok(json.data.resolveActors.some((a: any) => a.name === 'United States'));
  });
});
