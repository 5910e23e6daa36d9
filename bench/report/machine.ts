import { readFileSync } from 'node:fs';
import os from 'node:os';
import type mysql from 'mysql2/promise';

export interface Machine {
  date: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  mariadb: string;
  innodbBufferPoolMiB: number;
  autocannon: string;
}

export async function describeMachine(admin: mysql.Connection): Promise<Machine> {
  const [version] = (await admin.query('SELECT VERSION() AS v, @@innodb_buffer_pool_size AS pool')) as unknown as [
    Array<{ v: string; pool: number }>,
  ];
  let autocannonVersion = 'unknown';
  try {
    autocannonVersion = (JSON.parse(readFileSync(require.resolve('autocannon/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // Left as unknown.
  }
  return {
    date: new Date().toISOString(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    mariadb: version[0].v,
    innodbBufferPoolMiB: Number(version[0].pool) / 1024 / 1024,
    autocannon: autocannonVersion,
  };
}
