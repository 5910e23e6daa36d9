// PostGraphile V5, the bench's peer: the amber preset over the bench rows copied into
// PostgreSQL, served by grafserv on node:http. Plain JavaScript run by the Node 22 binary of
// this folder's own node_modules (PostGraphile 5 needs Node 22; the project stays on Node 20),
// so it is neither compiled nor type-checked with the project, whose tree does not hold
// PostGraphile's types.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!connectionString || !Number.isInteger(port)) {
  process.stderr.write('DATABASE_URL (postgres://...) and PORT are required\n');
  process.exit(2);
}

/** Production settings, as a deployment would run it: no GraphiQL, no plan explanations, no watch mode. */
const preset = {
  extends: [PostGraphileAmberPreset],
  // By default PostGraphile offers conditions and orderings only on indexed columns. Our schema
  // filters authorities on abolished_on and orders neighbours by rank without an index of their
  // own; the copy keeps MariaDB's indexes exactly, so the peer may use any column as well.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString, schemas: ['public'] })],
  grafserv: { port, graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
// The schema is built before the port opens, so the bench's first request never waits for it.
await pgl.getSchema();
const server = createServer();
server.on('error', (error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
await serv.addTo(server);
server.listen(port, '127.0.0.1');

const stop = () => {
  server.close();
  void pgl.release().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
