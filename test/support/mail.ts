import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  headers: Map<string, string>;
}

export interface FakeSmtp {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server) on a free loopback port. Plain SMTP, no STARTTLS; with
 * `auth` it requires those credentials. `reject` makes it refuse every recipient. `port` brings
 * one back where an earlier one was (an outage that ends).
 */
export async function startSmtp(opts: { auth?: { user: string; pass: string }; reject?: string; port?: number } = {}): Promise<FakeSmtp> {
  const received: ReceivedMail[] = [];
  const options: SMTPServerOptions = {
    secure: false,
    disabledCommands: opts.auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authOptional: !opts.auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === opts.auth?.user && auth.password === opts.auth?.pass) cb(null, { user: auth.username });
      else cb(new Error("Invalid username or password"));
    },
    onRcptTo(_address, _session, cb) {
      if (!opts.reject) return cb();
      cb(Object.assign(new Error(opts.reject), { responseCode: 550 }));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          ...parseMail(Buffer.concat(chunks).toString("latin1")),
          from: session.envelope.mailFrom === false ? "" : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
        });
        cb();
      });
    },
  };
  const server = new SMTPServer(options);
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// A small RFC 2047 / quoted-printable / base64 reader: enough for what nodemailer writes.

const bytesOfQ = (s: string, underscoreIsSpace: boolean) => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "=" && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch === "_" && underscoreIsSpace) out.push(0x20);
    else out.push(ch.charCodeAt(0));
  }
  return Buffer.from(out);
};

/** Decodes encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), joining adjacent ones before decoding. */
function decodeHeader(value: string): string {
  const word = /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g;
  let out = "";
  let pending: Buffer[] = [];
  let last = 0;
  const flush = () => {
    if (pending.length > 0) out += Buffer.concat(pending).toString("utf8");
    pending = [];
  };
  for (let m = word.exec(value); m; m = word.exec(value)) {
    const between = value.slice(last, m.index);
    if (!(pending.length > 0 && /^\s*$/.test(between))) {
      flush();
      out += between;
    }
    pending.push(m[2]!.toUpperCase() === "B" ? Buffer.from(m[3]!, "base64") : bytesOfQ(m[3]!, true));
    last = m.index + m[0].length;
  }
  flush();
  return out + value.slice(last);
}

export function parseMail(raw: string): { subject: string; text: string; headers: Map<string, string> } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const bytes =
    encoding === "quoted-printable"
      ? bytesOfQ(body.replace(/=\r\n/g, ""), false)
      : encoding === "base64"
        ? Buffer.from(body, "base64")
        : Buffer.from(body, "latin1");
  return { subject: decodeHeader(headers.get("subject") ?? ""), text: bytes.toString("utf8").replace(/\r\n/g, "\n"), headers };
}
