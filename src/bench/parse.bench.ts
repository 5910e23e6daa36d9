import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseLetter } from '../letters/parse-letter';

/** The letters measured: the real letters and the variant forms kept as test fixtures. */
const FIXTURES = path.resolve(__dirname, '../../test/fixtures/letters');
const FOLDERS = ['real', 'variants'];
/** How long to measure for; long enough to smooth out garbage collection. */
const MEASURE_MS = 3000;
const WARM_UP_ROUNDS = 50;

function loadLetters(): string[] {
  return FOLDERS.flatMap((folder) => {
    const dir = path.join(FIXTURES, folder);
    return readdirSync(dir)
      .filter((name) => /\.(txt|html|md)$/.test(name))
      .map((name) => readFileSync(path.join(dir, name), 'utf8'));
  });
}

/** Parses the fixture letters round after round on this one core and reports letters per second. */
function main(): void {
  const letters = loadLetters();
  if (letters.length === 0) throw new Error(`no letters under ${FIXTURES}`);
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) for (const letter of letters) parseLetter(letter);
  let parsed = 0;
  let failed = 0;
  let bytes = 0;
  const started = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < MEASURE_MS) {
    for (const letter of letters) {
      if (!parseLetter(letter).ok) failed += 1;
      parsed += 1;
      bytes += letter.length;
    }
    elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  }
  const perSecond = (parsed * 1000) / elapsedMs;
  const kbPerSecond = bytes / 1024 / (elapsedMs / 1000);
  console.log(
    `parse: ${perSecond.toFixed(0)} letters/s on one core (${parsed} parses of ${letters.length} fixture letters in ${elapsedMs.toFixed(0)} ms, ${kbPerSecond.toFixed(0)} kB/s, ${failed} failed)`,
  );
  if (failed > 0) process.exitCode = 1;
}

main();
