/**
 * Bounds on reading one PDF or Word document. A real letter's document is read in well under a
 * second with a few tens of MiB; a document built to be expensive (a 1 GiB content stream, a
 * megabyte of line operators, nested XObjects, a zip bomb) is stopped by one of these instead of
 * holding a command or a server for minutes and gigabytes.
 */
export interface SandboxLimits {
  /** The reading thread's JavaScript heap (`resourceLimits.maxOldGenerationSizeMb`). */
  heapMb: number;
  /**
   * Growth of the process's resident memory while a document is read, in MiB. Decoded streams
   * live in ArrayBuffers outside the heap limit, so the process's own size is watched too.
   */
  growthMb: number;
  /** Longest a document may take to read; the thread is terminated then, whatever it is doing. */
  deadlineMs: number;
  /** Bytes all the entries of a Word document may inflate to, counted while inflating, whatever its directory claims. */
  maxInflatedBytes: number;
}

export const DEFAULT_SANDBOX_LIMITS: SandboxLimits = {
  heapMb: 128,
  growthMb: 192,
  deadlineMs: 8_000,
  maxInflatedBytes: 20 * 1024 * 1024,
};
