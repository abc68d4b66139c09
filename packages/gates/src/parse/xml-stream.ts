import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ReportError } from './errors.js';

type PlainOptions = { xmlns: false; position: true };
export type XmlParser = SaxesParser<PlainOptions>;

export interface XmlHandlers {
  open?(tag: SaxesTagPlain, parser: XmlParser): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Reads an XML file through a SAX parser, chunk by chunk: memory stays flat
 * however many elements the file holds. A well-formedness error (or one a
 * handler raises) becomes a ReportError with the file, line and column.
 */
export async function streamXml(path: string, display: string, handlers: XmlHandlers): Promise<void> {
  const parser: XmlParser = new SaxesParser<PlainOptions>({ xmlns: false, position: true });
  if (handlers.open) parser.on('opentag', (tag) => handlers.open!(tag, parser));
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(tag.name));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const fail = (thrown: unknown): never => {
    if (thrown instanceof ReportError) throw thrown;
    const raw = thrown instanceof Error ? thrown.message : String(thrown);
    // saxes prefixes its messages with "line:column: "; the position is reported separately.
    const message = raw.replace(/^(undefined:)?\d+:\d+: /, '');
    throw new ReportError(message, { file: display, line: parser.line, column: parser.column + 1 });
  };
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  let empty = true;
  for await (const chunk of stream) {
    if (empty && (chunk as string).trim()) empty = false;
    try {
      parser.write(chunk as string);
    } catch (thrown) {
      stream.destroy();
      fail(thrown);
    }
  }
  if (empty) throw new ReportError('the file is empty', { file: display, line: 1, column: 1 });
  try {
    parser.close();
  } catch (thrown) {
    fail(thrown);
  }
}

export function numberAttribute(tag: SaxesTagPlain, name: string): number | undefined {
  const raw = tag.attributes[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}
