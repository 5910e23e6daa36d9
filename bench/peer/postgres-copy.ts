import { spawn } from 'node:child_process';
import type mysql from 'mysql2/promise';

/**
 * Copies a scale's rows from MariaDB into a PostgreSQL database of the same name for the peer
 * (PostGraphile), with the same primary keys, unique keys, foreign keys and indexes. Only what
 * the peer's documents read is copied: the letters' full texts and the search passages are not
 * (no peer document reads them). Through `psql` (DDL, then COPY ... FROM STDIN in CSV), so the
 * project needs no PostgreSQL driver of its own.
 */

/** `postgres://user@host:port` of the PostgreSQL server, without a database. */
export interface PostgresServer {
  base: string;
}

export function postgresUrl(server: PostgresServer, database: string): string {
  const url = new URL(server.base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs psql against a database with `input` on its standard input; rejects with psql's stderr on failure. */
export function psql(server: PostgresServer, database: string, args: string[], input?: AsyncIterable<string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('psql', [postgresUrl(server, database), '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-At', ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      // Dates and times are UTC in MariaDB's rows and in the peer's answers.
      env: { ...process.env, PGTZ: 'UTC' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`psql exited with ${code}: ${err.trim()}`))));
    const feed = async (): Promise<void> => {
      if (input) {
        for await (const chunk of input) {
          // Respect back-pressure: a scale's rows are hundreds of megabytes at x100.
          if (!child.stdin.write(chunk)) await new Promise((resume) => child.stdin.once('drain', resume));
        }
      }
      child.stdin.end();
    };
    feed().catch(reject);
  });
}

/**
 * The schema. Column types follow MariaDB's; names sort as MariaDB's utf8mb4_unicode_ci does
 * (ICU root collation: case-insensitive at the first level, punctuation and spaces significant)
 * so that `authorities` pages in the same order. Outcome lists are JSON text in MariaDB and
 * jsonb here, which PostGraphile serves as JSON arrays. The two functions are computed columns
 * (PostGraphile exposes a STABLE function of a row as a field of its type): the grade's words
 * and the recipient, which our schema computes in its resolvers.
 */
const SCHEMA = `
CREATE TABLE authority (
  id integer PRIMARY KEY,
  la_code varchar(3) NOT NULL UNIQUE,
  name varchar(120) COLLATE "und-x-icu" NOT NULL,
  short_name varchar(80) NOT NULL,
  ons_code varchar(9),
  region varchar(40) NOT NULL,
  kind varchar(24) NOT NULL,
  abolished_on date,
  established_on date
);
CREATE INDEX idx_authority_name ON authority (name);
CREATE INDEX idx_authority_region ON authority (region);
CREATE INDEX idx_authority_kind ON authority (kind);
CREATE TABLE statistical_neighbour (
  authority_id integer NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
  neighbour_id integer NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
  rank integer NOT NULL,
  PRIMARY KEY (authority_id, neighbour_id)
);
CREATE INDEX idx_statistical_neighbour_neighbour ON statistical_neighbour (neighbour_id);
CREATE TABLE source_letter (
  id integer PRIMARY KEY,
  sha256 char(64) NOT NULL UNIQUE,
  file_name varchar(255),
  byte_length integer NOT NULL,
  ingested_at timestamptz NOT NULL,
  authority_id integer NOT NULL REFERENCES authority (id),
  kind varchar(40) NOT NULL,
  year integer NOT NULL
);
CREATE INDEX idx_source_letter_authority_kind_year ON source_letter (authority_id, kind, year);
CREATE TABLE assessment (
  id integer PRIMARY KEY,
  authority_id integer NOT NULL REFERENCES authority (id),
  kind varchar(40) NOT NULL,
  year integer NOT NULL,
  published_on date NOT NULL,
  overall_grade integer NOT NULL,
  capacity_to_improve_grade integer,
  social_care_grade integer,
  summary text NOT NULL,
  recipient_name varchar(120),
  recipient_role varchar(255),
  source_letter_id integer NOT NULL REFERENCES source_letter (id),
  CONSTRAINT uq_assessment_authority_kind_year UNIQUE (authority_id, kind, year)
);
CREATE INDEX idx_assessment_year_kind ON assessment (year, kind);
CREATE INDEX idx_assessment_overall_grade ON assessment (overall_grade);
CREATE INDEX fk_assessment_source_letter ON assessment (source_letter_id);
CREATE TABLE outcome_area (
  id integer PRIMARY KEY,
  assessment_id integer NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  area varchar(40) NOT NULL,
  grade integer NOT NULL,
  judgement varchar(255) NOT NULL,
  narrative text NOT NULL,
  strengths jsonb NOT NULL,
  areas_for_improvement jsonb NOT NULL,
  CONSTRAINT uq_outcome_area_assessment_area UNIQUE (assessment_id, area)
);
CREATE INDEX idx_outcome_area_area_grade ON outcome_area (area, grade);
CREATE TABLE setting_judgement (
  id integer PRIMARY KEY,
  assessment_id integer NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  position integer NOT NULL,
  setting varchar(48) NOT NULL,
  judgement varchar(24) NOT NULL,
  count integer,
  total integer,
  proportion double precision,
  source varchar(24) NOT NULL,
  evidence text NOT NULL
);
CREATE INDEX idx_setting_judgement_assessment_position ON setting_judgement (assessment_id, position);
CREATE INDEX idx_setting_judgement_setting_judgement ON setting_judgement (setting, judgement);
CREATE TYPE recipient AS (name text, role text);
CREATE FUNCTION assessment_overall_judgement(a assessment) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN a.kind = 'ANNUAL_RATING'
    THEN (ARRAY['Performs poorly', 'Performs adequately', 'Performs well', 'Performs excellently'])[a.overall_grade]
    ELSE (ARRAY['Inadequate', 'Adequate', 'Good', 'Outstanding'])[a.overall_grade] END
$$;
CREATE FUNCTION assessment_recipient(a assessment) RETURNS recipient LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN a.recipient_name IS NULL THEN NULL ELSE ROW(a.recipient_name, a.recipient_role)::recipient END
$$;
`;

/** Each table's columns, in MariaDB and PostgreSQL alike, in the order parents before children. */
const TABLES: Array<{ table: string; columns: string[] }> = [
  { table: 'authority', columns: ['id', 'la_code', 'name', 'short_name', 'ons_code', 'region', 'kind', 'abolished_on', 'established_on'] },
  { table: 'statistical_neighbour', columns: ['authority_id', 'neighbour_id', '`rank`'] },
  { table: 'source_letter', columns: ['id', 'sha256', 'file_name', 'byte_length', 'ingested_at', 'authority_id', 'kind', 'year'] },
  {
    table: 'assessment',
    columns: [
      'id',
      'authority_id',
      'kind',
      'year',
      'published_on',
      'overall_grade',
      'capacity_to_improve_grade',
      'social_care_grade',
      'summary',
      'recipient_name',
      'recipient_role',
      'source_letter_id',
    ],
  },
  {
    table: 'outcome_area',
    columns: ['id', 'assessment_id', 'area', 'grade', 'judgement', 'narrative', 'strengths', 'areas_for_improvement'],
  },
  {
    table: 'setting_judgement',
    columns: ['id', 'assessment_id', 'position', 'setting', 'judgement', 'count', 'total', 'proportion', 'source', 'evidence'],
  },
];

/** Rows read from MariaDB per statement while copying. */
const BATCH = 20_000;

/** A CSV field as COPY reads it: an unquoted empty field is NULL, anything else is quoted. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return `"${text.replaceAll('"', '""')}"`;
}

async function* csvRows(mariadb: mysql.Connection, table: string, columns: string[]): AsyncGenerator<string> {
  // Keyset batches on the first column of the primary key: bounded memory at any scale.
  const key = columns[0];
  let after = -1;
  for (;;) {
    const [rows] = (await mariadb.query({
      sql: `SELECT ${columns.join(', ')} FROM ${table} WHERE ${key} > ? ORDER BY ${key} LIMIT ${BATCH}`,
      values: [after],
      rowsAsArray: true,
    })) as unknown as [unknown[][]];
    if (rows.length === 0) return;
    yield rows.map((row) => `${row.map(csvField).join(',')}\n`).join('');
    after = Number(rows.at(-1)![0]);
    if (rows.length < BATCH) return;
  }
}

/** The statistical_neighbour table has a two-column key; its batches follow (authority_id) ranges instead. */
async function* neighbourRows(mariadb: mysql.Connection): AsyncGenerator<string> {
  const [rows] = (await mariadb.query({
    sql: 'SELECT authority_id, neighbour_id, `rank` FROM statistical_neighbour ORDER BY authority_id, neighbour_id',
    rowsAsArray: true,
  })) as unknown as [unknown[][]];
  for (let start = 0; start < rows.length; start += BATCH)
    yield rows
      .slice(start, start + BATCH)
      .map((row) => `${row.map(csvField).join(',')}\n`)
      .join('');
}

/** How many assessments the PostgreSQL copy holds, or null when the database or its marker is missing. */
async function copiedAssessments(server: PostgresServer, database: string): Promise<number | null> {
  const exists = await psql(server, 'postgres', ['-c', `SELECT 1 FROM pg_database WHERE datname = '${database}'`]);
  if (exists.trim() !== '1') return null;
  const marker = await psql(server, database, ['-c', "SELECT to_regclass('bench_copy_complete') IS NOT NULL"]);
  if (marker.trim() !== 't') return null;
  return Number((await psql(server, database, ['-c', 'SELECT count(*) FROM assessment'])).trim());
}

/**
 * Makes `database` on the PostgreSQL server a copy of the MariaDB database `mariadb` is connected
 * to, unless a complete copy with as many assessments is already there. Returns the seconds spent.
 */
export async function copyToPostgres(
  server: PostgresServer,
  database: string,
  mariadb: mysql.Connection,
  log: (line: string) => void,
): Promise<number> {
  const started = performance.now();
  const [[{ n }]] = (await mariadb.query('SELECT COUNT(*) AS n FROM assessment')) as unknown as [Array<{ n: number }>];
  if ((await copiedAssessments(server, database)) === Number(n)) {
    log(`  peer: reusing PostgreSQL database ${database}`);
    return 0;
  }
  log(`  peer: copying the rows into PostgreSQL database ${database}`);
  await psql(server, 'postgres', ['-c', `DROP DATABASE IF EXISTS ${database}`]);
  await psql(server, 'postgres', ['-c', `CREATE DATABASE ${database} ENCODING 'UTF8' TEMPLATE template0`]);
  await psql(server, database, ['-c', SCHEMA]);
  for (const { table, columns } of TABLES) {
    const target = columns.map((column) => column.replaceAll('`', '')).join(', ');
    const rows = table === 'statistical_neighbour' ? neighbourRows(mariadb) : csvRows(mariadb, table, columns);
    await psql(server, database, ['-c', `COPY ${table} (${target}) FROM STDIN WITH (FORMAT csv)`], rows);
  }
  // Statistics for the planner, then the marker that says the copy finished.
  await psql(server, database, ['-c', 'ANALYZE']);
  await psql(server, database, ['-c', 'CREATE TABLE bench_copy_complete ()']);
  return (performance.now() - started) / 1000;
}
