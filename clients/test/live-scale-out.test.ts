// Test 10: subscriptions across two instances of the PostgreSQL build on one database, with the
// graphql-ws client: a write through one instance reaches a subscriber of the other; when the
// instance that holds the subscription dies, the client resumes on the other with its last
// cursor and receives exactly what was written meanwhile, then live items.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { accordToken, requireEnv } from '../src/env';
import { postGraphQL } from '../src/http';

const urlA = () => requireEnv('ACCORD_LIVE_A', 'the base URL of the first instance of the PostgreSQL build');
const urlB = () => requireEnv('ACCORD_LIVE_B', 'the base URL of the second instance, on the same database');
const pidB = () => Number(requireEnv('ACCORD_LIVE_B_PID', 'the process id of the second instance, which the test kills'));

const TIMELINE = `subscription Timeline($p: ID!, $after: String) {
  timelineItemAdded(process: $p, after: $after) { cursor item { ... on Event { title } } }
}`;

interface Added { cursor: string; item: { title: string } }

async function graphql(base: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { json } = await postGraphQL(base, { query, variables }, { Authorization: `Bearer ${accordToken()}` });
  assert.equal(json.errors, undefined, JSON.stringify(json));
  return json.data;
}

const event = (base: string, p: string, title: string) => graphql(base,
  'mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }',
  { in: { kind: 'MEETING', status: 'HELD', title, start: '1992-02', process: p } });

function client(base: string): Client {
  return createClient({ url: `${base.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${accordToken()}` }, retryAttempts: 0 });
}

/** The items of a subscription, as they arrive. */
function follow(c: Client, p: string, after: string): { items: Added[]; next: (n: number) => Promise<Added[]> } {
  const items: Added[] = [];
  c.subscribe<{ timelineItemAdded: Added }>({ query: TIMELINE, variables: { p, after } }, {
    next: ({ data }) => { items.push(data!.timelineItemAdded); },
    error: () => {}, // the instance is killed below: the error is expected
    complete: () => {},
  });
  return {
    items,
    next: async (n) => {
      for (const deadline = Date.now() + 15000; items.length < n;) {
        assert.ok(Date.now() < deadline, `${n} items within 15 s; got ${JSON.stringify(items)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return items.slice(0, n);
    },
  };
}

test('subscriptions across two instances on one PostgreSQL database', async () => {
  const unique = `${Date.now()}`;
  const p = (await graphql(urlA(), 'mutation($in: CreateProcessInput!) { createProcess(input: $in) { process { id } } }',
    { in: { name: `Scale-out live ${unique}` } })).createProcess.process.id;
  const start = (await graphql(urlA(), '{ liveCursor }')).liveCursor; // a cursor of A, valid on B

  const onB = client(urlB());
  const subscription = follow(onB, p, start);
  await event(urlA(), p, `Written on A ${unique}`);
  const [first] = await subscription.next(1);
  assert.equal(first.item.title, `Written on A ${unique}`, 'a write through A reaches a subscriber of B');

  process.kill(pidB(), 'SIGKILL'); // the instance that holds the subscription dies
  await event(urlA(), p, `While away one ${unique}`);
  await event(urlA(), p, `While away two ${unique}`);

  const onA = client(urlA());
  try {
    const resumed = follow(onA, p, first.cursor);
    await event(urlA(), p, `Live on A ${unique}`);
    const got = await resumed.next(3);
    assert.deepEqual(got.map((a) => a.item.title), [`While away one ${unique}`, `While away two ${unique}`, `Live on A ${unique}`]);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(resumed.items.length, 3, `nothing twice: ${JSON.stringify(resumed.items)}`);
  } finally {
    await onA.dispose();
    await onB.dispose();
  }
});
