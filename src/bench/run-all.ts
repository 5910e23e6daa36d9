import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Runs every `*.bench.js` beside this file, one process each so that one bench's heap and
 * JIT state cannot colour another's figures. Exits non-zero if any bench fails.
 */
function main(): void {
  const benches = readdirSync(__dirname)
    .filter((name) => name.endsWith('.bench.js'))
    .sort();
  if (benches.length === 0) {
    console.error(`no *.bench.js files in ${__dirname}: run npm run build first`);
    process.exitCode = 1;
    return;
  }
  for (const bench of benches) {
    console.log(`== ${bench}`);
    const run = spawnSync(process.execPath, [path.join(__dirname, bench)], { stdio: 'inherit' });
    if (run.status !== 0) {
      console.error(`${bench} failed (exit ${run.status ?? run.signal})`);
      process.exitCode = 1;
    }
  }
}

main();
