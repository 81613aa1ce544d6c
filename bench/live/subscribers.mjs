// Subscriptions under load (issue 18): N graphql-ws clients, each on its own WebSocket, subscribe
// to one process's timeline; a writer creates one event per interval; every client must receive
// every event. Reports the delivery latency (from the write's HTTP response, when its transaction
// has committed, to the client's receipt; and from the write's request, an upper bound that
// includes the write itself), deliveries missing or repeated, and the server's RSS.
//
//   node bench/live/subscribers.mjs --url http://localhost:8080 --token JWT --pid SERVER_PID \
//        [--subscribers 1000] [--writes 60] [--warmup 10] [--interval 1000]
//
// It uses the graphql-ws and ws packages of clients/ (cd clients && npm ci). bench/live/run.sh
// starts a server and runs it.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const require = createRequire(new URL('../../clients/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const url = args.url ?? 'http://localhost:8080';
const token = args.token ?? process.env.ACCORD_TOKEN;
const pid = args.pid;
const subscribers = Number(args.subscribers ?? 1000);
const writes = Number(args.writes ?? 60);
const warmup = Number(args.warmup ?? 10);
const interval = Number(args.interval ?? 1000);

const rssMb = () => (pid ? Math.round(Number(execFileSync('ps', ['-o', 'rss=', '-p', pid]).toString().trim()) / 1024) : NaN);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function graphql(query, variables = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const processId = (await graphql('mutation($in: CreateProcessInput!) { createProcess(input: $in) { process { id } } }',
  { in: { name: `Live benchmark ${Date.now()}` } })).createProcess.process.id;
const rssBefore = rssMb();

// title -> { sent, committed }, and per title the receipt times
const writesByTitle = new Map();
const received = new Map();
let repeated = 0;
let errors = 0;
const clients = [];
const after = (await graphql('{ liveCursor }')).liveCursor;
let connected = 0;
for (let i = 0; i < subscribers; i++) {
  const client = createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false,
    on: { connected: () => { connected++; } } });
  const seen = new Set();
  client.subscribe({ query: 'subscription($p: ID!, $after: String) { timelineItemAdded(process: $p, after: $after) { cursor item { ... on Event { title } } } }',
    variables: { p: processId, after } }, {
    next: ({ data }) => {
      const at = performance.now();
      const title = data.timelineItemAdded.item.title;
      if (seen.has(title)) { repeated++; return; }
      seen.add(title);
      let times = received.get(title);
      if (!times) received.set(title, times = []);
      times.push(at);
    },
    error: (e) => { errors++; if (errors <= 3) console.error('subscription error', e?.code ?? e); },
    complete: () => {},
  });
  clients.push(client);
}
for (let waited = 0; connected < subscribers && waited < 60000; waited += 100) await sleep(100);
const rssConnected = rssMb();
console.error(`${connected}/${subscribers} connected; RSS ${rssBefore} MB before, ${rssConnected} MB connected`);

let rssMax = rssConnected;
const sampler = setInterval(() => { rssMax = Math.max(rssMax, rssMb()); }, 1000);
for (let i = 0; i < warmup + writes; i++) {
  const title = `${i < warmup ? 'warm-up' : 'measured'} ${i}`;
  const sent = performance.now();
  await graphql('mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }',
    { in: { kind: 'MEETING', status: 'HELD', title, start: '1993-01', process: processId } });
  writesByTitle.set(title, { sent, committed: performance.now(), measured: i >= warmup });
  await sleep(Math.max(0, interval - (performance.now() - sent)));
}
await sleep(5000); // the last deliveries
clearInterval(sampler);
const rssAfter = rssMb();

const fromCommit = [];
const fromRequest = [];
let missing = 0;
for (const [title, w] of writesByTitle) {
  const times = received.get(title) ?? [];
  if (!w.measured) continue;
  missing += subscribers - times.length;
  for (const at of times) {
    fromCommit.push(at - w.committed);
    fromRequest.push(at - w.sent);
  }
}
fromCommit.sort((a, b) => a - b);
fromRequest.sort((a, b) => a - b);
const ms = (v) => (v === undefined ? 'n/a' : `${v.toFixed(1)} ms`);
console.log(`| subscribers | writes | deliveries | missing | repeated | errors | p50 from commit | p99 from commit | max from commit | p50 from request | p99 from request | RSS MB before / connected / max / after |`);
console.log(`| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |`);
console.log(`| ${subscribers} | ${writes} (+${warmup} warm-up), every ${interval} ms | ${fromCommit.length} | ${missing} | ${repeated} | ${errors} | ${ms(pct(fromCommit, 50))} | ${ms(pct(fromCommit, 99))} | ${ms(fromCommit.at(-1))} | ${ms(pct(fromRequest, 50))} | ${ms(pct(fromRequest, 99))} | ${rssBefore} / ${rssConnected} / ${rssMax} / ${rssAfter} |`);
await Promise.all(clients.map((c) => c.dispose()));
process.exit(missing === 0 && repeated === 0 && errors === 0 ? 0 : 1);
