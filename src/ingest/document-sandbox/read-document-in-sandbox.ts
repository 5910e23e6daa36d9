import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type DocumentRead, documentFailure } from '../../letters/document-read-error';
import { detectDocumentType } from '../../letters/document-type';
import { readDocument } from '../../letters/read-document';
import type { DocumentJob } from './document-worker';
import { DEFAULT_SANDBOX_LIMITS, type SandboxLimits } from './sandbox-limits';

const MIB = 1024 * 1024;

/** How often the process's memory is looked at while a document is read. */
const MEMORY_WATCH_MS = 20;

/**
 * The thread's program. Built, it requires the compiled worker; run from the TypeScript sources
 * (the tests), it first teaches the thread's `require` to compile `.ts` files as the main
 * thread's test runner does, so the thread reads with the same code as the test around it
 * (never a stale build).
 */
function workerSource(): string {
  const entry = path.join(__dirname, `document-worker${path.extname(__filename)}`);
  if (!entry.endsWith('.ts')) return `require(${JSON.stringify(entry)});`;
  // Compiled files are kept by path and modification time, so each thread does not compile the library again.
  return `
    const fs = require('node:fs');
    const path = require('node:path');
    const cache = path.join(require('node:os').tmpdir(), 'ofsted-graph-sandbox-ts');
    fs.mkdirSync(cache, { recursive: true });
    let ts;
    require.extensions['.ts'] = (module, file) => {
      const stats = fs.statSync(file);
      const key = require('node:crypto').createHash('sha1').update(file + ':' + stats.mtimeMs + ':' + stats.size).digest('hex');
      const cached = path.join(cache, key + '.js');
      let output;
      try {
        output = fs.readFileSync(cached, 'utf8');
      } catch {
        ts ??= require('typescript');
        const options = { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
        output = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions: options, fileName: file }).outputText;
        fs.writeFileSync(cached + '.' + process.pid, output);
        fs.renameSync(cached + '.' + process.pid, cached);
      }
      module._compile(output, file);
    };
    require(${JSON.stringify(entry)});`;
}

function tooComplex(why: string): DocumentRead {
  return documentFailure('DOCUMENT_TOO_COMPLEX', `the document needs more ${why} to read than a letter could; it is not read`);
}

/** A reading thread and the heap limit it was started with. */
interface ReaderThread {
  worker: Worker;
  heapMb: number;
}

/**
 * A new thread for one document. Each thread ends after its document (see {@link giveBack}):
 * starting one costs about 0.3-0.5 s, less than a hostile document can cost the process.
 */
function startThread(heapMb: number): ReaderThread {
  const worker = new Worker(workerSource(), {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 },
    // pdf.js may print warnings; `parse` prints its JSON on standard output, so the thread's output is dropped.
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  return { worker, heapMb };
}

/**
 * Ends a thread after its document. Keeping an unref'd thread warm for the next document held
 * the built `parse` command open (its message port stays referenced), so none is kept for now.
 */
function giveBack(thread: ReaderThread): void {
  void thread.worker.terminate();
}

/**
 * Reads a letter file's bytes as {@link readDocument} does, but a PDF or Word document in a
 * thread of its own, which is terminated when it runs past the deadline (READ_TIMEOUT) or its
 * memory past the limits (DOCUMENT_TOO_COMPLEX); a Word archive's entries are inflated with a
 * cap before the reader sees them (UNREADABLE_DOCX). pdf.js and mammoth run untrusted bytes
 * through code that checks time only between pages, if at all; a thread can be stopped in the
 * middle of any loop. Text files are read here: decoding them is linear in their size, which
 * the file limits already bound. Never throws.
 */
export async function readDocumentInSandbox(
  bytes: Uint8Array,
  fileName: string,
  limits: SandboxLimits = DEFAULT_SANDBOX_LIMITS,
): Promise<DocumentRead> {
  const type = detectDocumentType(bytes);
  if (type !== 'pdf' && type !== 'docx') return readDocument(bytes, fileName);
  const crashed = (reason: string): DocumentRead =>
    type === 'pdf'
      ? documentFailure('UNREADABLE_PDF', `the PDF cannot be read: ${reason}`)
      : documentFailure('UNREADABLE_DOCX', `the Word document cannot be read: ${reason}`);
  const thread = startThread(limits.heapMb);
  const { worker } = thread;
  const baseline = process.memoryUsage.rss();
  return new Promise<DocumentRead>((resolve) => {
    let settled = false;
    const finish = (read: DocumentRead, reusable: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearInterval(watch);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) giveBack(thread);
      else void worker.terminate();
      resolve(read);
    };
    const onMessage = (read: DocumentRead): void => finish(read, true);
    const onError = (error: Error & { code?: string }): void =>
      finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex('memory') : crashed(error.message), false);
    const onExit = (code: number): void => finish(crashed(`the reader stopped (exit code ${code})`), false);
    const deadline = setTimeout(
      () => finish(documentFailure('READ_TIMEOUT', `reading the document took longer than ${limits.deadlineMs} ms; it was stopped`), false),
      limits.deadlineMs,
    );
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > limits.growthMb * MIB) finish(tooComplex('memory'), false);
    }, MEMORY_WATCH_MS);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const job: DocumentJob = { bytes, fileName, maxInflatedBytes: limits.maxInflatedBytes };
    worker.postMessage(job);
  });
}
