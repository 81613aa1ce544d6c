// Test 9: subscriptions with the graphql-ws client, the library most frontends use, over a real
// WebSocket to the packaged server: an item per committed write, nothing for a rolled-back one,
// exactly what was missed after a reconnect with `after`, the operation limits, and the close code
// of a refused token.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { accordToken, accordUrl } from '../src/env';
import { postGraphQL } from '../src/http';

const TIMELINE = `subscription Timeline($p: ID!, $after: String) {
  timelineItemAdded(process: $p, after: $after) { cursor item { __typename ... on Event { title } ... on Statement { summary } } }
}`;

interface Added { cursor: string; item: { __typename: string; title?: string; summary?: string } }

const wsUrl = () => `${accordUrl().replace(/^http/, 'ws')}/graphql`;

function client(authorization = `Bearer ${accordToken()}`): Client {
  // Node 20 has no global WebSocket: the ws package stands in for the browser's
  return createClient({ url: wsUrl(), webSocketImpl: WebSocket, connectionParams: { Authorization: authorization }, retryAttempts: 0 });
}

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  return (await postGraphQL(accordUrl(), { query, variables }, { Authorization: `Bearer ${accordToken()}` })).json;
}

async function process(name: string): Promise<string> {
  const r = await graphql('mutation($in: CreateProcessInput!) { createProcess(input: $in) { process { id } } }', { in: { name } });
  return r.data.createProcess.process.id;
}

async function event(processId: string, title: string): Promise<void> {
  const r = await graphql('mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }',
    { in: { kind: 'MEETING', status: 'HELD', title, start: '1994-05', process: processId } });
  assert.ok(r.data?.createEvent, JSON.stringify(r));
}

/** Subscribes to a process's timeline after `after` and returns the next `count` items. */
async function take(c: Client, processId: string, after: string, count: number, whileSubscribed: () => Promise<void>): Promise<Added[]> {
  const items = c.iterate<{ timelineItemAdded: Added }>({ query: TIMELINE, variables: { p: processId, after } });
  const got: Added[] = [];
  const writes = whileSubscribed();
  for (let i = 0; i < count; i++) {
    const next = await Promise.race([items.next(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`item ${i} did not arrive in 15 s`)), 15000))]);
    assert.ok(!next.done, 'the subscription ended early');
    assert.equal(next.value.errors, undefined, JSON.stringify(next.value));
    got.push(next.value.data!.timelineItemAdded);
  }
  await writes;
  await items.return?.();
  return got;
}

test('subscriptions with graphql-ws', async (t) => {
  const unique = `${Date.now()}`;
  const live = async () => (await graphql('{ liveCursor }')).data.liveCursor as string;

  await t.test('a write through a mutation arrives; a rolled-back one sends nothing', async () => {
    const p = await process(`Subscribed process ${unique}`);
    const c = client();
    try {
      const got = await take(c, p, await live(), 1, async () => {
        // refused after the statement was written: the transaction rolls back, and nothing is sent
        const refused = await graphql('mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }',
          { in: { kind: 'CLAIM', summary: `Rolled back ${unique}`, process: p, commitments: [{ kind: 'OTHER', description: 'x', obligors: [p] }] } });
        assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
        await event(p, `Committed ${unique}`);
      });
      assert.deepEqual(got.map((a) => a.item.title ?? a.item.summary), [`Committed ${unique}`]);
    } finally {
      await c.dispose();
    }
  });

  await t.test('reconnecting with `after` gives exactly the writes made while disconnected', async () => {
    const p = await process(`Resumed process ${unique}`);
    let c = client();
    const [seen] = await take(c, p, await live(), 1, () => event(p, `Seen ${unique}`));
    await c.dispose();
    await event(p, `Missed one ${unique}`);
    await event(p, `Missed two ${unique}`);
    c = client();
    try {
      const got = await take(c, p, seen.cursor, 3, () => event(p, `Live ${unique}`));
      assert.deepEqual(got.map((a) => a.item.title), [`Missed one ${unique}`, `Missed two ${unique}`, `Live ${unique}`]);
    } finally {
      await c.dispose();
    }
  });

  await t.test('a subscription over the operation limits gets LIMIT_EXCEEDED, as a query over HTTP does', async () => {
    const c = client();
    try {
      // 16 levels, over accord.limits.max-depth (15)
      const deep = `subscription { timelineItemAdded(process: "x") { item { ... on Event { ${'partOf { '.repeat(14)}id${' }'.repeat(14)} } } } }`;
      const errors = await new Promise<any>((resolve) => {
        c.subscribe({ query: deep }, { next: () => {}, error: resolve, complete: () => resolve(null) });
      });
      assert.equal(errors?.[0]?.extensions?.code, 'LIMIT_EXCEEDED', JSON.stringify(errors));
      assert.ok(errors[0].extensions.correlationId, 'with a correlation id');
    } finally {
      await c.dispose();
    }
  });

  await t.test('a refused token closes the connection with 4401 and a reason the client reports', async () => {
    const c = client('Bearer not-a-token');
    try {
      const closed = await new Promise<any>((resolve) => {
        c.subscribe({ query: TIMELINE, variables: { p: 'x' } }, { next: () => {}, error: resolve, complete: () => resolve(null) });
      });
      assert.equal(closed?.code, 4401, String(closed));
      assert.match(closed.reason, /Unauthorized/);
    } finally {
      await c.dispose();
    }
  });
});
