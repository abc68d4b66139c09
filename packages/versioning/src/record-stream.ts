/**
 * Splits a byte stream into records at a separator byte (NUL for `git log -z`),
 * handing each complete record on as it arrives. Only the unfinished tail of the
 * last chunk is kept, so memory stays flat however long the history is. Records
 * are handed on as byte ranges, so a multi-byte character split across two chunks
 * is never cut, and the consumer decodes only what it reads.
 */
export class RecordSplitter {
  private tail: Buffer[] = [];

  constructor(
    /** A record is `bytes[start, end)`; no Buffer is made per record. */
    private readonly onRecord: (bytes: Buffer, start: number, end: number) => void,
    private readonly separator = 0,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    let end = chunk.indexOf(this.separator, start);
    while (end >= 0) {
      if (this.tail.length > 0) {
        this.tail.push(chunk.subarray(start, end));
        const whole = Buffer.concat(this.tail);
        this.tail = [];
        this.onRecord(whole, 0, whole.length);
      } else this.onRecord(chunk, start, end);
      start = end + 1;
      end = chunk.indexOf(this.separator, start);
    }
    // Copy: the producer may reuse the chunk's memory once this returns.
    if (start < chunk.length) this.tail.push(Buffer.from(chunk.subarray(start)));
  }

  /** The last record when the stream does not end with a separator. */
  end(): void {
    if (this.tail.length === 0) return;
    const rest = Buffer.concat(this.tail);
    this.tail = [];
    if (rest.length > 0) this.onRecord(rest, 0, rest.length);
  }
}
