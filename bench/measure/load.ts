import autocannon from 'autocannon';
import type { Operation } from '../operations';
import { requestFor, send, type Target } from '../targets/launch';
import { cpuSeconds } from './process-stats';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
  serverCpuSeconds: number;
}

/** How long one run lasts: a duration in seconds, or a fixed number of requests (smoke runs). */
export type RunLength = { seconds: number } | { requests: number };

/**
 * One autocannon run against a target, in this process (autocannon's client shares the two
 * cores with the server and MariaDB). Counts only completed 2xx responses; anything else is
 * reported as an error.
 */
export async function load(target: Target, operation: Operation, length: RunLength, connections: number): Promise<LoadResult> {
  if ('requests' in length) return fixedRequests(target, operation, length.requests, connections);
  const request = requestFor(target, operation);
  const cpuBefore = cpuSeconds(target.pid);
  const result = await autocannon({
    url: request.url,
    method: 'POST',
    connections,
    duration: length.seconds,
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

/**
 * A fixed number of requests, `connections` at a time, without autocannon (whose runs last at
 * least a second): for smoke runs, which check that every server answers, not how fast.
 */
async function fixedRequests(target: Target, operation: Operation, count: number, connections: number): Promise<LoadResult> {
  const cpuBefore = cpuSeconds(target.pid);
  const started = performance.now();
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      next += 1;
      const response = await send(target, operation);
      if (response.status === 200) latencies.push(response.ms);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(connections, count) }, worker));
  latencies.sort((a, b) => a - b);
  const percentile = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return {
    requests: latencies.length,
    errors,
    seconds: (performance.now() - started) / 1000,
    p50: Math.round(percentile(50)),
    p99: Math.round(percentile(99)),
    serverCpuSeconds: cpuSeconds(target.pid) - cpuBefore,
  };
}
