// Test 7: Relay runs relay-compiler's persisted queries (by id) and reads its fragments from the store.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createOperationDescriptor, fetchQuery, getSelector, type Environment, type GraphQLTaggedNode, type OperationType } from 'relay-runtime';
import type { ConcreteRequest, ReaderFragment } from 'relay-runtime';
import { accordUrl, clientsDir, trustedUrl } from '../src/env';
import { recordingFetch, type RecordedRequest } from '../src/http';
import { createRelayEnvironment } from '../src/relay';
import ActorCardQuery from '../generated/relay/ActorCardQuery.graphql';
import ActorCardRefetchQuery from '../generated/relay/ActorCardRefetchQuery.graphql';
import ActorCardPeopleQuery from '../generated/relay/ActorCardPeopleQuery.graphql';
import ActorCardPeoplePaginationQuery from '../generated/relay/ActorCardPeoplePaginationQuery.graphql';
import ActorCard_actor, { type ActorCard_actor$data } from '../generated/relay/ActorCard_actor.graphql';
import ActorCard_people, { type ActorCard_people$data } from '../generated/relay/ActorCard_people.graphql';

const manifest = () =>
  JSON.parse(readFileSync(join(clientsDir, 'generated', 'relay-persisted-documents.json'), 'utf8')) as Record<string, string>;

async function run(env: Environment, query: ConcreteRequest, variables: Record<string, unknown>) {
  assert.ok(query.params.id, `${query.params.name} is persisted (it has an id)`);
  assert.equal(query.params.text, null, `${query.params.name} holds no text`);
  await fetchQuery<OperationType>(env, query as GraphQLTaggedNode, variables, { fetchPolicy: 'network-only' }).toPromise();
  return createOperationDescriptor(query, variables);
}

/** Reads a fragment from the store, through the fragment reference found in its owner's data. */
function readFragment<T>(env: Environment, fragment: ReaderFragment, ref: unknown): T {
  const selector = getSelector(fragment, ref as never);
  assert.ok(selector && 'dataID' in selector, `a singular selector for ${fragment.name}`);
  const snapshot = env.lookup(selector);
  assert.equal(snapshot.isMissingData, false, `${fragment.name}: the store holds every field`);
  return snapshot.data as T;
}

for (const [label, baseUrl, trusted] of [['ACCORD_URL', accordUrl, false], ['ACCORD_TRUSTED_URL', trustedUrl, true]] as const) {
  test(`Relay against ${label}`, async (t) => {
    const url = baseUrl();
    const log: RecordedRequest[] = [];
    // the trusted server knows the documents; the other is given their text to fall back on
    const env = createRelayEnvironment({ url: `${url}/graphql`, fetch: recordingFetch(log), documents: trusted ? undefined : manifest() });

    await t.test('ActorCardQuery, its fragment, and the next meeting through the @refetchable query (node(id:))', async () => {
      const op = await run(env, ActorCardQuery, { name: 'United States' });
      const root = env.lookup(op.fragment).data as { resolveActors: unknown[] };
      assert.equal(root.resolveActors.length, 1);
      const read = () => readFragment<ActorCard_actor$data>(env, ActorCard_actor, root.resolveActors[0]);
      const actor = read();
      assert.equal(actor.name, 'United States');
      assert.equal(actor.mediatedEvents.totalCount, 2, 'the United States mediated two meetings');
      assert.equal(actor.mediatedEvents.edges.length, 1, 'a page of one');
      assert.equal(actor.mediatedEvents.pageInfo.hasNextPage, true);

      await run(env, ActorCardRefetchQuery, { id: actor.id, count: 1, cursor: actor.mediatedEvents.pageInfo.endCursor });
      const merged = read();
      const events = merged.mediatedEvents.edges.map((e) => e.node);
      assert.equal(events.length, 2, 'the connection holds both meetings');
      assert.equal(new Set(events.map((e) => e.id)).size, 2);
      assert.ok(events.some((e) => e.start?.edtf === '2025-08-08'), 'one is the Washington summit of 8 August 2025');
      assert.equal(merged.mediatedEvents.pageInfo.hasNextPage, false);
    });

    await t.test('ActorCardPeopleQuery pages on through ActorCardPeoplePaginationQuery (@connection on Query.actors)', async () => {
      const op = await run(env, ActorCardPeopleQuery, {});
      const rootRef = env.lookup(op.fragment).data;
      const read = () => readFragment<ActorCard_people$data>(env, ActorCard_people, rootRef);
      let people = read().actors;
      const total = people.totalCount;
      assert.equal(people.edges.length, Math.min(3, total));
      while (people.pageInfo.hasNextPage) {
        const before = people.edges.length;
        await run(env, ActorCardPeoplePaginationQuery, { count: 3, cursor: people.pageInfo.endCursor });
        people = read().actors;
        assert.ok(people.edges.length > before, `the list grows (${before} → ${people.edges.length})`);
      }
      const ids = people.edges.map((e) => e.node.id);
      assert.equal(ids.length, total, 'every person, once');
      assert.equal(new Set(ids).size, total, 'no duplicates');
    });

    await t.test(trusted ? 'every request sent only the document id' : 'every request sent the id first', () => {
      assert.ok(log.length >= 4);
      const byId = log.filter((r) => r.params.documentId);
      if (trusted) {
        assert.equal(byId.length, log.length, 'only ids');
        assert.ok(log.every((r) => r.codes.length === 0 && r.params.query === undefined));
      } else {
        // a server without the manifest: PERSISTED_QUERY_NOT_FOUND, then the text
        for (const r of byId) assert.deepEqual(r.codes, ['PERSISTED_QUERY_NOT_FOUND']);
        assert.equal(log.length, 2 * byId.length);
      }
    });
  });
}
