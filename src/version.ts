import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The package's version, for `ofsted-graph --version`: read from package.json (one level up
 * from both `src/` and `dist/`) rather than copied into the code, so it never disagrees.
 */
export function packageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(path.resolve(__dirname, '../package.json'), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined;
  return typeof version === 'string' ? version : 'unknown';
}
