import autocannon from 'autocannon';
import type { Operation } from '../operations';
import { requestFor, type Target } from '../targets/launch';
import { cpuSeconds } from './process-stats';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
  serverCpuSeconds: number;
}

/**
 * One autocannon run against a target, in this process (autocannon's client shares the two
 * cores with the server and MariaDB). Counts only completed 2xx responses; anything else is
 * reported as an error.
 */
export async function load(target: Target, operation: Operation, seconds: number, connections: number): Promise<LoadResult> {
  const request = requestFor(target, operation);
  const cpuBefore = cpuSeconds(target.pid);
  const result = await autocannon({
    url: request.url,
    method: 'POST',
    connections,
    duration: seconds,
    timeout: 120,
    headers: { 'content-type': 'application/json' },
    body: target.nonce ? undefined : request.body(),
    requests: target.nonce ? [{ setupRequest: (req) => ({ ...req, body: request.body() }) }] : undefined,
  });
  const serverCpuSeconds = cpuSeconds(target.pid) - cpuBefore;
  return {
    requests: result['2xx'],
    errors: result.non2xx + result.errors + result.timeouts,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    serverCpuSeconds,
  };
}
