// Test 4: Apollo Client 4 runs every README operation through automatic persisted queries.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { gql } from '@apollo/client';
import { createApolloClient } from '../src/apollo';
import { accordToken, accordUrl } from '../src/env';
import { captureConsole, recordingFetch, type RecordedRequest } from '../src/http';
import { inRunOrder, readmeOperations, type RunContext } from '../src/operations';
import { prepareReadmeOperation, runReadmeOperation } from '../src/readme-run';
import { FirstFivePeopleDocument, PeopleAfterDocument, type FirstFivePeopleQuery } from '../generated/gql/graphql';

const isHashOnlyGet = (r: RecordedRequest) =>
  r.method === 'GET' && r.params.extensions?.persistedQuery?.sha256Hash && r.params.query === undefined;

/** Checks the requests of one operation's first run: a hash-only GET (POST for a mutation), and, if
 * the server did not know the hash, one POST with the query that it accepted. */
function assertPersistedFlow(name: string, kind: 'query' | 'mutation', requests: RecordedRequest[]): void {
  const first = requests[0];
  assert.ok(first, `${name}: no request was sent`);
  assert.equal(first.method, kind === 'query' ? 'GET' : 'POST', `${name}: the first request's method`);
  assert.ok(first.params.extensions?.persistedQuery?.sha256Hash, `${name}: the first request carries the hash`);
  assert.equal(first.params.query, undefined, `${name}: the first request carries only the hash`);
  if (first.codes.includes('PERSISTED_QUERY_NOT_FOUND')) {
    assert.equal(requests.length, 2, `${name}: after PERSISTED_QUERY_NOT_FOUND, one more request`);
    const [, second] = requests;
    assert.equal(second.method, 'POST');
    assert.equal(typeof second.params.query, 'string', `${name}: the second request sends the query`);
    assert.equal(second.params.extensions?.persistedQuery?.sha256Hash, first.params.extensions.persistedQuery.sha256Hash);
    assert.deepEqual(second.codes, [], `${name}: the query was accepted`);
  } else {
    assert.equal(requests.length, 1, `${name}: a known hash needs one request`);
    assert.deepEqual(first.codes, [], `${name}: the hash was run`);
  }
}

/** Waits (up to 2 s) until the watched query has emitted what the predicate expects. */
async function emitted(predicate: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 2000; !predicate() && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

test('Apollo Client runs every README operation with automatic persisted queries', async (t) => {
  const url = accordUrl();
  const token = accordToken();
  const consoleCapture = captureConsole();
  try {
    const log: RecordedRequest[] = [];
    const client = createApolloClient({ uri: `${url}/graphql`, token: () => token, fetch: recordingFetch(log) });
    const ctx: RunContext = {};
    const ops = inRunOrder(readmeOperations());
    assert.ok(ops.length >= 14, `the README's operations were extracted (${ops.length})`);

    for (const op of ops) {
      await t.test(op.name, async () => {
        await prepareReadmeOperation(client, op, ctx);
        const start = log.length;
        const variables = await runReadmeOperation(client, op, ctx);
        assertPersistedFlow(op.name, op.kind, log.slice(start));

        if (op.kind === 'query') {
          // a second run: one GET with the hash, answered
          const again = log.length;
          const second = await client.query({ query: op.document, variables, fetchPolicy: 'network-only', errorPolicy: 'all' });
          assert.equal(second.error, undefined);
          const requests = log.slice(again);
          assert.equal(requests.length, 1, `${op.name}: the second run is one request`);
          assert.ok(isHashOnlyGet(requests[0]), `${op.name}: the second run is a GET with only the hash`);
          assert.deepEqual(requests[0].codes, []);
          assert.equal(requests[0].status, 200);
        }
      });
    }

    await t.test('a query new to the server: hash-only GET, PERSISTED_QUERY_NOT_FOUND, POST with the query; then one GET', async () => {
      const alias = `run_${randomUUID().replace(/-/g, '')}`;
      const probe = gql(`query ApqProbe { ${alias}: __typename }`);
      let start = log.length;
      const first = await client.query({ query: probe, fetchPolicy: 'network-only' });
      assert.equal((first.data as Record<string, string>)[alias], 'Query');
      const firstRun = log.slice(start);
      assert.deepEqual(firstRun.map((r) => [r.method, r.params.query === undefined ? 'hash' : 'query', r.codes.join()]),
        [['GET', 'hash', 'PERSISTED_QUERY_NOT_FOUND'], ['POST', 'query', '']]);
      start = log.length;
      await client.query({ query: probe, fetchPolicy: 'network-only' });
      assert.deepEqual(log.slice(start).map((r) => [r.method, r.params.query === undefined ? 'hash' : 'query', r.codes.join(), r.status]),
        [['GET', 'hash', '', 200]]);
    });

    await t.test('FirstFivePeople pages on with fetchMore, merged by the connection policy', async () => {
      const pager = createApolloClient({ uri: `${url}/graphql` });
      const observable = pager.watchQuery({ query: FirstFivePeopleDocument });
      // what the watching component sees: the latest result the observable emitted
      let latest: FirstFivePeopleQuery | undefined;
      const current = () => latest;
      const subscription = observable.subscribe({
        next: (r) => { if (r.dataState === 'complete') latest = r.data as FirstFivePeopleQuery; },
        error: (e) => assert.fail(e),
      });
      try {
        const result = await observable.refetch();
        const total = result.data!.actors.totalCount;
        assert.ok(total > 5, `more than five people to page through (${total})`);
        let previous = result.data!.actors.nodes.length;
        let pages = 1;
        while (current()?.actors.pageInfo.hasNextPage) {
          const after = current()!.actors.pageInfo.endCursor;
          await observable.fetchMore({ query: PeopleAfterDocument, variables: { after } });
          await emitted(() => (latest?.actors.nodes.length ?? 0) > previous);
          const names = current()!.actors.nodes.map((n) => n.name);
          assert.ok(names.length > previous, `the merged list grows (${previous} → ${names.length})`);
          assert.equal(new Set(names).size, names.length, `no duplicates: ${names.join(', ')}`);
          previous = names.length;
          assert.ok(++pages <= Math.ceil(total / 5), 'no more pages than totalCount allows');
        }
        assert.equal(previous, total, 'every person was read once');
      } finally {
        subscription.unsubscribe();
      }
    });
  } finally {
    consoleCapture.restore();
  }
  assert.deepEqual(consoleCapture.messages, [], 'Apollo Client warned or logged errors');
});
