/** What decides which operation names get a metrics label of their own. */
export interface OperationLabelOptions {
  /** Distinct names labelled at once. */
  maxLabels: number;
  /** A label unused for this long may be given to another name once every label is taken. */
  idleMs: number;
  now: () => number;
}

export const DEFAULT_OPERATION_LABEL_OPTIONS: OperationLabelOptions = { maxLabels: 200, idleMs: 10 * 60_000, now: () => Date.now() };

/** The label shared by every name without one of its own. */
export const OTHER_OPERATIONS = '(other)';

/** Longest label; clients choose the names. */
const MAX_LABEL_LENGTH = 64;

/**
 * Operation names as metrics labels, bounded and fair. Clients choose the names, so the labels
 * must be bounded; first come first served let a burst of junk names hold every label for the
 * process's life. Here (1) only requests answered below HTTP 400 name a label (the server
 * passes names only of operations that resolved, so documents that fail to parse or validate
 * never do), and (2) once every label is taken, the least recently used one is handed to a
 * new name if it has been idle for `idleMs`. Names in regular use keep their labels; a flood
 * of one-off names takes labels only while it lasts, then they return to the operations that
 * come back. Meanwhile a new name is counted under `(other)`.
 */
export class OperationLabels {
  /** Labelled names, least recently used first (a Map keeps insertion order): when each was last used, with which statuses. */
  private readonly lastUsed = new Map<string, { at: number; statuses: Set<number> }>();

  constructor(
    /** Told of a name that lost its label and the statuses it was counted with, so its series can be removed. */
    private readonly onEvict: (label: string, statuses: ReadonlySet<number>) => void,
    private readonly options: OperationLabelOptions = DEFAULT_OPERATION_LABEL_OPTIONS,
  ) {}

  /** The label for one finished request of the named operation. */
  label(name: string, status: number): string {
    const label = name.slice(0, MAX_LABEL_LENGTH);
    const now = this.options.now();
    const used = this.lastUsed.get(label);
    if (used !== undefined) {
      this.lastUsed.delete(label);
      this.lastUsed.set(label, { at: now, statuses: used.statuses.add(status) });
      return label;
    }
    if (status >= 400) return OTHER_OPERATIONS;
    if (this.lastUsed.size >= this.options.maxLabels && !this.evictIdle(now)) return OTHER_OPERATIONS;
    this.lastUsed.set(label, { at: now, statuses: new Set([status]) });
    return label;
  }

  /** Frees the least recently used label if it has been idle long enough. */
  private evictIdle(now: number): boolean {
    const oldest = this.lastUsed.entries().next();
    if (oldest.done === true || now - oldest.value[1].at < this.options.idleMs) return false;
    const [label, { statuses }] = oldest.value;
    this.lastUsed.delete(label);
    this.onEvict(label, statuses);
    return true;
  }
}
