import { createReadStream, createWriteStream } from 'node:fs';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants as zlibConstants, createGzip } from 'node:zlib';
import { pack as tarPack } from 'tar-stream';
import { ZipFile } from 'yazl';
import type { ArchiveFormat } from './names.js';
import { DigestStream, type DigestAlgorithm, type Digests } from './hash.js';
import type { SourceEntry } from './entries.js';

/**
 * Reproducible archives: entries in the given (sorted) order, one fixed
 * modification time, owner 0:0 with no names, normalised modes, a fixed
 * compression level, and no trace of the machine (the gzip header's time is
 * 0 and its OS byte fixed). File contents are streamed one at a time, so
 * memory stays flat whatever the input size; the archive is hashed as it is
 * written, so it is never read back.
 */

export interface ArchiveOptions {
  /** Seconds since 1970 (SOURCE_DATE_EPOCH or the commit time). */
  mtime: number;
  /** 0 (store) to 9. */
  level: number;
  algorithms?: readonly DigestAlgorithm[];
}

const READ_BLOCK = 1024 * 1024;
/** Unix, whatever platform wrote the file (zlib writes the host's code). */
const GZIP_OS_UNIX = 3;
const GZIP_OS_OFFSET = 9;

/** Sets byte 9 of the gzip stream (the OS that wrote it) to a fixed value. */
class FixGzipOsByte extends Transform {
  private position = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.position <= GZIP_OS_OFFSET && GZIP_OS_OFFSET < this.position + chunk.length) {
      chunk[GZIP_OS_OFFSET - this.position] = GZIP_OS_UNIX;
    }
    this.position += chunk.length;
    callback(null, chunk);
  }
}

/** Waits for `work`, but gives up as soon as the archive's own pipeline fails (a full disk, say). */
function alongside<T>(work: Promise<T>, output: Promise<unknown>): Promise<T> {
  return Promise.race([work, output.then(() => Promise.reject(new Error('the archive stream ended early')))]);
}

export async function writeTarGz(
  entries: SourceEntry[],
  destination: string,
  options: ArchiveOptions,
): Promise<Digests> {
  const pack = tarPack();
  const digest = new DigestStream(options.algorithms ?? ['sha256']);
  const gzip = createGzip({
    level: options.level,
    chunkSize: 64 * 1024,
    strategy: zlibConstants.Z_DEFAULT_STRATEGY,
  });
  const output = pipeline(pack, gzip, new FixGzipOsByte(), digest, createWriteStream(destination));
  output.catch(() => undefined);
  const mtime = new Date(options.mtime * 1000);
  const owner = { uid: 0, gid: 0, uname: '', gname: '' };
  try {
    for (const entry of entries) {
      if (entry.type === 'directory') {
        await alongside(
          new Promise<void>((resolve, reject) => {
            pack.entry(
              { name: `${entry.path}/`, type: 'directory', mode: entry.mode, mtime, ...owner },
              (error) => (error ? reject(error) : resolve()),
            );
          }),
          output,
        );
        continue;
      }
      if (entry.type === 'symlink') {
        await alongside(
          new Promise<void>((resolve, reject) => {
            pack.entry(
              {
                name: entry.path,
                type: 'symlink',
                linkname: entry.linkname!,
                mode: entry.mode,
                mtime,
                ...owner,
              },
              (error) => (error ? reject(error) : resolve()),
            );
          }),
          output,
        );
        continue;
      }
      await alongside(
        new Promise<void>((resolve, reject) => {
          const header = {
            name: entry.path,
            type: 'file' as const,
            size: entry.size,
            mode: entry.mode,
            mtime,
            ...owner,
          };
          const sink = pack.entry(header, (error) => (error ? reject(error) : resolve()));
          sink.on('error', reject);
          const input = createReadStream(entry.source!, { highWaterMark: READ_BLOCK });
          input.on('error', (error) => {
            sink.destroy(error);
            reject(error);
          });
          input.pipe(sink);
        }),
        output,
      );
    }
    pack.finalize();
    await output;
  } catch (thrown) {
    pack.destroy(thrown as Error);
    await output.catch(() => undefined);
    throw thrown;
  }
  return digest.digests();
}

const DOS_EPOCH_MS = Date.UTC(1980, 0, 1);
/** Later than 1980-01-01 in every time zone, so yazl never swaps in its own local-time minimum. */
const NEVER_CLAMPED_MS = Date.UTC(1980, 0, 2);

/**
 * yazl fills the zip's DOS date fields from a Date's local-time getters, which
 * would make the bytes depend on the runner's time zone. This Date answers
 * those getters in UTC (the usual convention for reproducible zips), while
 * getTime() stays exact for the extended timestamp field.
 */
class DosFieldsInUtc extends Date {
  private fields(): Date {
    return new Date(Math.max(this.getTime(), DOS_EPOCH_MS));
  }
  override valueOf(): number {
    return Math.max(this.getTime(), NEVER_CLAMPED_MS);
  }
  override getFullYear(): number {
    return this.fields().getUTCFullYear();
  }
  override getMonth(): number {
    return this.fields().getUTCMonth();
  }
  override getDate(): number {
    return this.fields().getUTCDate();
  }
  override getHours(): number {
    return this.fields().getUTCHours();
  }
  override getMinutes(): number {
    return this.fields().getUTCMinutes();
  }
  override getSeconds(): number {
    return this.fields().getUTCSeconds();
  }
}

const ZIP_FILE_TYPE = 0o100000;
const ZIP_DIRECTORY_TYPE = 0o40000;
/** A link in a zip (as Info-ZIP writes one): the Unix link type in the mode, the target as the stored content. */
const ZIP_SYMLINK_TYPE = 0o120000;

export async function writeZip(
  entries: SourceEntry[],
  destination: string,
  options: ArchiveOptions,
): Promise<Digests> {
  const zip = new ZipFile();
  const digest = new DigestStream(options.algorithms ?? ['sha256']);
  const mtime = new DosFieldsInUtc(options.mtime * 1000);
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed ??= error;
    (zip.outputStream as Readable).destroy(error);
  };
  zip.on('error', fail);
  for (const entry of entries) {
    if (entry.type === 'directory') {
      zip.addEmptyDirectory(entry.path, { mtime, mode: ZIP_DIRECTORY_TYPE | entry.mode });
      continue;
    }
    if (entry.type === 'symlink') {
      zip.addBuffer(Buffer.from(entry.linkname!), entry.path, {
        mtime,
        mode: ZIP_SYMLINK_TYPE | entry.mode,
        compress: false,
      });
      continue;
    }
    const read = () => {
      const input = createReadStream(entry.source!, { highWaterMark: READ_BLOCK });
      input.on('error', fail);
      return input;
    };
    zip.addReadStreamLazy(
      entry.path,
      { mtime, mode: ZIP_FILE_TYPE | entry.mode, size: entry.size, compressionLevel: options.level },
      (callback) => callback(null, read()),
    );
  }
  zip.end();
  try {
    await pipeline(zip.outputStream, digest, createWriteStream(destination));
  } catch (thrown) {
    throw failed ?? thrown;
  }
  if (failed) throw failed;
  return digest.digests();
}

export function writeArchive(
  format: ArchiveFormat,
  entries: SourceEntry[],
  destination: string,
  options: ArchiveOptions,
): Promise<Digests> {
  return format === 'zip'
    ? writeZip(entries, destination, options)
    : writeTarGz(entries, destination, options);
}
