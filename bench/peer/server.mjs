// PostGraphile 5 on Accord's PostgreSQL database: the peer that bench/run.sh loads beside Accord.
//
//   DATABASE_URL=postgres://accord:bench@127.0.0.1:55432/accord PORT=18080 WORKERS=1 node server.mjs
//
// The amber preset, as PostGraphile's docs start a server, with what a production deployment
// turns off (GraphiQL, explain, schema watching). WORKERS=N forks N processes that share the port
// (node:cluster), the way Node serves more than one core; bench/run.sh runs 1 and one per core.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";

const workers = Number(process.env.WORKERS ?? 1);
const port = Number(process.env.PORT ?? 18080);

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let stopping = false;
  cluster.on("exit", (worker, code) => {
    if (!stopping) {
      console.error(`worker ${worker.process.pid} exited (${code})`);
      process.exit(1);
    }
  });
  // Stopping the primary (bench/run.sh kills it) stops the workers too.
  process.on("SIGTERM", () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers)) worker.kill("SIGTERM");
    process.exit(0);
  });
} else {
  if (cluster.isWorker) process.on("disconnect", () => process.exit(0));
  const preset = {
    extends: [PostGraphileAmberPreset],
    // A pool that keeps its connections (as Accord's does): bench/run.sh counts PostgreSQL's CPU over
    // its live backends, and a backend that exits takes its CPU time with it.
    pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"], poolConfig: { max: 16, idleTimeoutMillis: 0 } })],
    grafserv: { port, graphqlPath: "/graphql", graphiql: false, watch: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.on("error", (e) => { console.error(e); process.exit(1); });
  serv.addTo(server).then(() => server.listen(port, "127.0.0.1", () => console.error(`postgraphile ${process.pid} listening on ${port}`)));
}
