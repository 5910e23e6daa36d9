import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { readLetterFile } from '../../src/ingest/read-letter-file';

const MIB = 1024 * 1024;

/** A PDF of one page whose content is `content`, with extra objects (numbered from 5) and resources. */
function pdf(content: { bytes: Buffer; filter?: string }, extra: Buffer[] = [], resources = ''): Buffer {
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << ${resources} >> >>`),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.bytes.length}${content.filter ? ` /Filter /${content.filter}` : ''} >>\nstream\n`),
      content.bytes,
      Buffer.from('\nendstream'),
    ]),
    ...extra,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
  ];
  parts.push(Buffer.from(`${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A form XObject (object `number`) drawing `inner` `times` times, or a line when it is the last. */
function formXObject(inner: number | null, times: number): Buffer {
  const draw = inner === null ? '0 0 m 10 10 l S' : Array.from({ length: times }, () => `/X${inner} Do`).join(' ');
  const resources = inner === null ? '' : `/Resources << /XObject << /X${inner} ${inner} 0 R >> >>`;
  return Buffer.from(
    `<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] ${resources} /Length ${draw.length} >>\nstream\n${draw}\nendstream`,
  );
}

/** A ZIP archive whose entries' directory claims `claimed` inflated bytes each, whatever they inflate to. */
function lyingZip(entries: Array<{ name: string; data: Buffer; claimed: number }>): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data, claimed } of entries) {
    const compressed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    directory.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

interface Outcome {
  code: string | undefined;
  message: string;
  seconds: number;
  /** Most the process's resident memory grew by while the file was read. */
  peakGrowthMib: number;
}

/**
 * Reads a file as `parse` and `ingest` do, timing it and sampling the process's memory. The
 * reading thread's memory is this process's, so the growth is what the bomb cost.
 */
async function readBomb(file: string): Promise<Outcome> {
  global.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const started = performance.now();
  const read = await readLetterFile(file);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  const error = 'error' in read ? read.error : undefined;
  return { code: error?.code, message: error?.message ?? '', seconds, peakGrowthMib: (peak - baseline) / MIB };
}

describe('PDF and Word bombs are stopped with their code in seconds and bounded memory', () => {
  let directory: string;
  const write = (name: string, bytes: Buffer): string => {
    const file = path.join(directory, name);
    writeFileSync(file, bytes);
    return file;
  };

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'ofsted-bombs-'));
    // The first read starts the reading thread; the bombs are timed from a warm one.
    const warm = await readLetterFile(write('warm.pdf', pdf({ bytes: Buffer.from('BT /F1 12 Tf 72 720 Td (Hello) Tj ET') })));
    expect(warm).toBeDefined();
  }, 60_000);
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('a content stream that inflates to 512 MiB of drawing operators', async () => {
    const operators = Buffer.from('0 0 m 1 1 l S\n'.repeat(1024 * 64));
    const content = deflateSync(Buffer.concat(Array.from({ length: (512 * MIB) / operators.length }, () => operators)), { level: 1 });
    const outcome = await readBomb(write('stream.pdf', pdf({ bytes: content, filter: 'FlateDecode' })));
    expect(['DOCUMENT_TOO_COMPLEX', 'READ_TIMEOUT']).toContain(outcome.code);
    expect(outcome.seconds).toBeLessThan(10);
    expect(outcome.peakGrowthMib).toBeLessThan(300);
  }, 60_000);

  it('1 MiB of uncompressed line operators: answered with a code (here the missing text) within the bounds', async () => {
    const operators = Buffer.from('0 0 m 500 800 l S 10 10 m 300 20 l S\n'.repeat(MIB / 37));
    const outcome = await readBomb(write('lines.pdf', pdf({ bytes: operators })));
    expect(['DOCUMENT_TOO_COMPLEX', 'READ_TIMEOUT', 'NO_TEXT_LAYER']).toContain(outcome.code);
    expect(outcome.seconds).toBeLessThan(10);
    expect(outcome.peakGrowthMib).toBeLessThan(300);
  }, 60_000);

  it('form XObjects nested 40 deep, each drawing the next four times', async () => {
    const depth = 40;
    // Objects 5..(5 + depth - 1): X5 draws X6, ..., the last draws a line.
    const forms = Array.from({ length: depth }, (_, index) => formXObject(index === depth - 1 ? null : 5 + index + 1, 4));
    const bytes = pdf({ bytes: Buffer.from('/X5 Do') }, forms, '/XObject << /X5 5 0 R >>');
    expect(bytes.length).toBeLessThan(10_000);
    const outcome = await readBomb(write('nested.pdf', bytes));
    expect(['DOCUMENT_TOO_COMPLEX', 'READ_TIMEOUT']).toContain(outcome.code);
    expect(outcome.seconds).toBeLessThan(10);
    expect(outcome.peakGrowthMib).toBeLessThan(300);
  }, 60_000);

  it('a .docx whose directory claims 40 kB for a document.xml that inflates to 1 GiB', async () => {
    const xml = Buffer.alloc(1024 * MIB, 0x20);
    const bytes = lyingZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>'), claimed: 8 },
      { name: 'word/document.xml', data: xml, claimed: 40_000 },
    ]);
    expect(bytes.length).toBeLessThan(4 * MIB);
    const outcome = await readBomb(write('bomb.docx', bytes));
    expect(outcome.code).toBe('UNREADABLE_DOCX');
    expect(outcome.message).toMatch(/inflates to more than \d+ bytes/);
    expect(outcome.seconds).toBeLessThan(10);
    expect(outcome.peakGrowthMib).toBeLessThan(300);
  }, 120_000);
});
