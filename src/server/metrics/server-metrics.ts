import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { RequestRecord } from '../logging/request-context';
import { OperationLabels } from './operation-labels';

/**
 * The server's Prometheus metrics, served at `/metrics`. Each server has a registry of its
 * own (not prom-client's global one), so two servers in one process (tests) never share or
 * re-register a metric.
 */
export interface ServerMetrics {
  registry: Registry;
  /** Records one finished request: its duration, errors, statements, cache use and ingests. */
  observe(request: { route: string; status: number; seconds: number; record: RequestRecord }): void;
}

/** Request durations from 5 ms to 10 s: a cached answer, a page of nested data, a large export. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The mysql2 pool's own counts; private fields, read only when they are there. */
interface PoolCounts {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
}

/** Connections of the MySQL pool in use now, or null where there is no pool (SQLite) or it cannot be read. */
function connectionsInUse(dataSource: DataSource): number | null {
  const pool = (dataSource.driver as { pool?: PoolCounts }).pool;
  const all = pool?._allConnections?.length;
  const free = pool?._freeConnections?.length;
  return typeof all === 'number' && typeof free === 'number' ? all - free : null;
}

export function createServerMetrics(dataSource: DataSource): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ofsted_graph_' });
  const duration = new Histogram({
    name: 'ofsted_graph_request_duration_seconds',
    help: 'Time to answer a request, by GraphQL operation name (or route for other requests) and HTTP status',
    labelNames: ['operation', 'status'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  // A name that loses its label loses its series too, so the label values stay bounded.
  const operationLabels = new OperationLabels((label, statuses) => {
    for (const status of statuses) duration.remove({ operation: label, status: String(status) });
  });
  const errors = new Counter({
    name: 'ofsted_graph_graphql_errors_total',
    help: 'GraphQL errors in responses, by extensions.code',
    labelNames: ['code'],
    registers: [registry],
  });
  const statements = new Counter({
    name: 'ofsted_graph_sql_statements_total',
    help: 'SQL statements sent to the database while serving requests',
    registers: [registry],
  });
  const cacheLookups = new Counter({
    name: 'ofsted_graph_response_cache_lookups_total',
    help: 'Whole-response cache lookups for queries, by result (hit or miss)',
    labelNames: ['result'],
    registers: [registry],
  });
  const ingests = new Counter({
    name: 'ofsted_graph_ingest_outcomes_total',
    help: 'Letters ingestLetter answered for, by status (INGESTED, REPLACED, UNCHANGED, CONFLICT, FAILED); refused calls count as errors',
    labelNames: ['status'],
    registers: [registry],
  });
  // SQLite has no pool: a gauge there would read 0, which looks like an idle pool.
  if (dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb') {
    new Gauge({
      name: 'ofsted_graph_db_pool_connections_in_use',
      help: 'MySQL pool connections in use when scraped',
      registers: [registry],
      collect() {
        const inUse = connectionsInUse(dataSource);
        if (inUse !== null) this.set(inUse);
      },
    });
  }
  // Zero from the start, so a dashboard shows both results before the first lookup.
  cacheLookups.inc({ result: 'hit' }, 0);
  cacheLookups.inc({ result: 'miss' }, 0);

  return {
    registry,
    observe({ route, status, seconds, record }) {
      duration.observe(
        {
          operation: record.operationName === undefined ? route : operationLabels.label(record.operationName, status),
          status: String(status),
        },
        seconds,
      );
      for (const code of record.errorCodes) errors.inc({ code });
      statements.inc(record.sqlStatements);
      if (record.cacheHit !== undefined) cacheLookups.inc({ result: record.cacheHit ? 'hit' : 'miss' });
      for (const outcome of record.ingestOutcomes) ingests.inc({ status: outcome });
    },
  };
}
