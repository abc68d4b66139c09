import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) that offers
 * STARTTLS with a certificate made for the test, refuses mail sent before
 * STARTTLS, checks the login, and keeps every message with its envelope.
 */

const run = promisify(execFile);

export interface Certificate {
  key: string;
  cert: string;
}

/**
 * A self-signed certificate for 127.0.0.1 and localhost, made with openssl
 * (node's crypto can make keys but not X.509 certificates).
 */
export async function generateCertificate(): Promise<Certificate> {
  const dir = await mkdtemp(join(tmpdir(), 'smtp-cert-'));
  try {
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]);
    return {
      key: await readFile(join(dir, 'key.pem'), 'utf8'),
      cert: await readFile(join(dir, 'cert.pem'), 'utf8'),
    };
  } catch (thrown) {
    throw new Error(`openssl could not make a test certificate: ${(thrown as Error).message}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface ParsedMail {
  headers: Record<string, string>;
  subject: string;
  from: string;
  to: string;
  text: string;
  html: string;
}

export interface ReceivedMail {
  /** The envelope: MAIL FROM and every RCPT TO, as the server saw them. */
  envelopeFrom: string;
  envelopeTo: string[];
  /** Whether the session was encrypted (STARTTLS) when the mail was sent. */
  secure: boolean;
  user?: string;
  raw: string;
  parsed: ParsedMail;
}

/** RFC 2047 encoded words (`=?utf-8?B?…?=`, `=?utf-8?Q?…?=`) in a header value. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, encoding: string, data: string) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64')
          : Buffer.from(
              data
                .replace(/_/g, ' ')
                .replace(/=([0-9A-Fa-f]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            );
      return bytes.toString(charset.toLowerCase() === 'utf-8' ? 'utf8' : 'latin1');
    });
}

function splitHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable': {
      const bytes = body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    }
    default:
      return body;
  }
}

/** Enough MIME to read what nodemailer writes: headers, multipart/alternative, QP and base64. */
export function parseMail(raw: string): ParsedMail {
  const split = raw.indexOf('\r\n\r\n');
  const headers = splitHeaders(raw.slice(0, split));
  const body = raw.slice(split + 4);
  const parts: Array<{ type: string; content: string }> = [];
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (boundary) {
    for (const section of body.split(`--${boundary}`).slice(1)) {
      if (section.startsWith('--')) break;
      const trimmed = section.replace(/^\r\n/, '');
      const end = trimmed.indexOf('\r\n\r\n');
      const partHeaders = splitHeaders(trimmed.slice(0, end));
      parts.push({
        type: (partHeaders['content-type'] ?? 'text/plain').split(';')[0]!.trim(),
        content: decodeBody(
          trimmed.slice(end + 4).replace(/\r\n$/, ''),
          partHeaders['content-transfer-encoding'],
        ),
      });
    }
  } else {
    parts.push({
      type: (headers['content-type'] ?? 'text/plain').split(';')[0]!.trim(),
      content: decodeBody(body, headers['content-transfer-encoding']),
    });
  }
  const normalise = (text: string) => text.replace(/\r\n/g, '\n');
  return {
    headers,
    subject: headers['subject'] ?? '',
    from: headers['from'] ?? '',
    to: headers['to'] ?? '',
    text: normalise(parts.find((p) => p.type === 'text/plain')?.content ?? ''),
    html: normalise(parts.find((p) => p.type === 'text/html')?.content ?? ''),
  };
}

export interface SmtpServerHandle {
  host: string;
  port: number;
  /** The certificate to trust (`smtp-ca`). */
  cert: string;
  messages: ReceivedMail[];
  /** Answers the next transactions' DATA with these temporary or permanent errors, in order. */
  failNext(...errors: Array<{ code: number; message: string }>): void;
  close(): Promise<void>;
}

export interface SmtpServerOptions {
  certificate?: Certificate;
  /** A login the server requires; without it, no login is needed. */
  auth?: { username: string; password: string };
  /** Do not offer or accept STARTTLS (to test that the client then refuses to send). */
  noStartTls?: boolean;
}

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<SmtpServerHandle> {
  const certificate = options.certificate ?? (await generateCertificate());
  const messages: ReceivedMail[] = [];
  const failures: Array<{ code: number; message: string }> = [];
  const settings: SMTPServerOptions = {
    secure: false,
    key: certificate.key,
    cert: certificate.cert,
    authOptional: !options.auth,
    allowInsecureAuth: false,
    disabledCommands: [...(options.auth ? [] : ['AUTH']), ...(options.noStartTls ? ['STARTTLS'] : [])],
    logger: false,
    onAuth(auth, _session, callback) {
      if (
        options.auth &&
        auth.username === options.auth.username &&
        auth.password === options.auth.password
      ) {
        callback(null, { user: auth.username });
      } else {
        callback(new Error('Invalid username or password'));
      }
    },
    onMailFrom(_address, session, callback) {
      if (!session.secure) {
        const error = new Error('Must issue a STARTTLS command first') as Error & { responseCode: number };
        error.responseCode = 530;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const failure = failures.shift();
        if (failure) {
          const error = new Error(failure.message) as Error & { responseCode: number };
          error.responseCode = failure.code;
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          secure: session.secure,
          user: typeof session.user === 'string' ? session.user : undefined,
          raw,
          parsed: parseMail(raw),
        });
        callback();
      });
    },
  };
  const server = new SMTPServer(settings);
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    cert: certificate.cert,
    messages,
    failNext: (...errors) => failures.push(...errors),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
