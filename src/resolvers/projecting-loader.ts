import DataLoader from 'dataloader';
import { BATCH_OPTIONS } from './batching';

/** What one `load` asks for: the key, and the properties its caller will read. */
interface ProjectedRequest<K> {
  key: K;
  columns: ReadonlySet<string>;
}

/**
 * Loads the rows of one batch: the distinct keys of a tick and the union of the properties the
 * tick's callers asked for. Returns one value per key, in key order (as DataLoader requires).
 */
export type ProjectedBatch<K, V> = (keys: readonly K[], columns: ReadonlySet<string>) => Promise<readonly V[]>;

function covers(loaded: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  if (loaded === wanted) return true;
  for (const column of wanted) if (!loaded.has(column)) return false;
  return true;
}

/**
 * A DataLoader that also carries the columns each caller needs. Keys asked for in one tick still
 * go out as one statement, which selects the union of the columns those callers asked for; a
 * key already loaded is served from the request's cache when its row holds every column now
 * asked for, and loaded again (with the columns of both) when it does not. Without `columns`,
 * `load` reads every column, as a plain entity loader would.
 */
export class ProjectingLoader<K, V> {
  private readonly loader: DataLoader<ProjectedRequest<K>, V, K>;
  /** The columns each cached key was (or is being) loaded with. */
  private readonly loaded = new Map<K, ReadonlySet<string>>();

  constructor(
    batch: ProjectedBatch<K, V>,
    /** Every column: what `load` without columns reads. */
    private readonly allColumns: ReadonlySet<string>,
  ) {
    this.loader = new DataLoader<ProjectedRequest<K>, V, K>(
      async (requests) => {
        const columns = unionOf(requests.map((request) => request.columns));
        const keys = [...new Set(requests.map((request) => request.key))];
        const values = await batch(keys, columns);
        const byKey = new Map<K, V>();
        keys.forEach((key, index) => {
          byKey.set(key, values[index]);
          this.loaded.set(key, columns);
        });
        return requests.map((request) => byKey.get(request.key) as V);
      },
      { ...BATCH_OPTIONS, cacheKeyFn: (request) => request.key },
    );
  }

  /** The value for `key` with at least `columns` read (every column when omitted). */
  load(key: K, columns: ReadonlySet<string> = this.allColumns): Promise<V> {
    const loaded = this.loaded.get(key);
    if (loaded === undefined) {
      this.loaded.set(key, columns);
    } else if (!covers(loaded, columns)) {
      // Read again, with what earlier callers of this key needed as well as what this one needs.
      this.loader.clear({ key, columns });
      columns = unionOf([loaded, columns]);
      this.loaded.set(key, columns);
    }
    return this.loader.load({ key, columns });
  }

  /** Like DataLoader's `loadMany`: one value (or the Error its key failed with) per key, in key order, in one batch. */
  loadMany(keys: readonly K[], columns: ReadonlySet<string> = this.allColumns): Promise<Array<V | Error>> {
    return Promise.all(
      keys.map((key) => this.load(key, columns).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))),
    );
  }

  /** Caches a value read elsewhere in the request (e.g. a neighbour read with its authority) with the columns it holds. */
  prime(key: K, value: V, columns: ReadonlySet<string>): void {
    const loaded = this.loaded.get(key);
    if (loaded !== undefined && covers(loaded, columns)) return;
    this.loader.clear({ key, columns }).prime({ key, columns }, value);
    this.loaded.set(key, columns);
  }

  /** Forgets every cached value, e.g. after the request wrote to the database. */
  clearAll(): void {
    this.loader.clearAll();
    this.loaded.clear();
  }
}

function unionOf(sets: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  const first = sets[0];
  if (sets.every((set) => set === first)) return first;
  const union = new Set<string>();
  for (const set of sets) for (const column of set) union.add(column);
  return union;
}
