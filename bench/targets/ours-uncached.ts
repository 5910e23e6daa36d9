import path from 'node:path';

/**
 * Our server as `ofsted-graph serve` starts it, but without the response cache: the same
 * `startServer` of `dist/` with `cache` omitted, the configuration the project's own tests use.
 * Started by the bench as a child process; exits with 3 when this build has no such module,
 * and the bench then measures "uncached" by making every request miss the cache instead.
 */
const DIST = path.resolve(__dirname, '..', '..', 'dist');

async function main(): Promise<void> {
  let modules: { loadConfig: Function; createDataSource: Function; startServer: Function };
  try {
    // The built product in dist/ is what is measured (what `npm start` runs), not a recompile of src/.
    /* eslint-disable @typescript-eslint/no-require-imports */
    modules = {
      loadConfig: require(path.join(DIST, 'config.js')).loadConfig,
      createDataSource: require(path.join(DIST, 'db', 'data-source.js')).createDataSource,
      startServer: require(path.join(DIST, 'server', 'start-server.js')).startServer,
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
    if (![modules.loadConfig, modules.createDataSource, modules.startServer].every((f) => typeof f === 'function'))
      throw new Error('missing');
  } catch {
    process.stderr.write(
      'dist/ has no config.js, db/data-source.js and server/start-server.js exporting loadConfig, createDataSource, startServer\n',
    );
    process.exit(3);
  }
  const config = modules.loadConfig();
  const dataSource = modules.createDataSource(config.database);
  await dataSource.initialize();
  const server = await modules.startServer({
    dataSource,
    adminToken: null,
    port: config.port,
    host: '127.0.0.1',
    compiledExecution: config.compiledExecution,
  });
  process.stdout.write(`listening ${server.port}\n`);
  process.on(
    'SIGTERM',
    () =>
      void server
        .stop()
        .then(() => dataSource.destroy())
        .then(() => process.exit(0)),
  );
}

void main();
