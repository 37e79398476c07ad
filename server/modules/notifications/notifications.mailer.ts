import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Logger } from "pino";
import type { Config } from "../../config.js";
import type { Database } from "../../db/index.js";
import { outbox } from "./notifications.tables.js";

/** Mails claimed at a time; the lease must outlast sending them all (each has a 30 s socket timeout). */
const BATCH = 10;
const LEASE_MS = 10 * 60_000;
/** How often an instance looks for mail that has come due (a retry, or a mail another instance left). */
const POLL_EVERY_MS = 60_000;
const FIRST_RETRY_MS = 60_000;
const LONGEST_WAIT_MS = 4 * 3600_000;

/**
 * The wait after the given number of failed attempts: one minute, doubling, at most four
 * hours. With the default 14 attempts the last one comes about a day after the first, so an
 * SMTP outage of minutes or hours costs delay, never the mail.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS);
}

/** The same for every attempt of one mail, so a receiver can collapse a mail sent twice (a crash between sending and recording it). */
export function messageIdFor(mailId: string, host: string): string {
  return `<${mailId}@${host}>`;
}

export interface FlushResult {
  sent: number;
  failed: number;
}

/**
 * Sends the outbox through SMTP, after the transactions that filled it have committed. Every
 * instance runs one; each claims the mail it sends (FOR UPDATE SKIP LOCKED, with a lease), so
 * no two send the same mail, and mail a crashed instance had claimed is sent by another once
 * the lease runs out. A failed mail keeps its error and waits (retryDelayMs) before its next
 * attempt, up to `maxAttempts`; a wake-up after a commit sends only what is due. With no SMTP
 * configured it does nothing and the mail stays in the outbox, where administrators read it.
 */
export class Mailer {
  private readonly transport: Transporter | null;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    private readonly cfg: Config["mail"],
    private readonly log: Logger,
    /** The install's host name, the right-hand side of every Message-ID. */
    private readonly host: string,
  ) {
    const smtp = cfg.smtp;
    this.transport = smtp
      ? nodemailer.createTransport({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? "" } : undefined,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Sends what waited while the server was down, then looks for due mail on a timer until close(). */
  start(): void {
    if (!this.transport || this.timer) return;
    this.timer = setInterval(() => this.kick(), POLL_EVERY_MS);
    this.timer.unref();
    this.kick();
  }

  /** Starts a flush without waiting for it (after a commit); failures are logged. */
  kick(): void {
    if (!this.transport) return;
    this.flush().catch((err: unknown) => this.log.error({ err }, "mail flush failed"));
  }

  /** Sends what is waiting, after any flush already under way; resolves when done (tests await it). */
  flush(): Promise<FlushResult> {
    const run = this.queue.then(() => this.sendWaiting());
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.queue;
    this.transport?.close();
  }

  /** Takes up to BATCH due mails that nobody holds, and holds them for LEASE_MS. */
  private claim() {
    const due = this.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(
          isNull(outbox.sentAt),
          lt(outbox.attempts, this.cfg.maxAttempts),
          lte(outbox.nextAttemptAt, sql`now()`),
          or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, sql`now()`)),
        ),
      )
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    return this.db
      .update(outbox)
      .set({ claimedUntil: sql`now() + ${LEASE_MS} * interval '1 millisecond'` })
      .where(inArray(outbox.id, due))
      .returning();
  }

  private async sendWaiting(): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, failed: 0 };
    const transport = this.transport;
    if (!transport) return result;
    for (;;) {
      const batch = await this.claim();
      batch.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      for (const mail of batch) {
        try {
          await transport.sendMail({
            from: this.cfg.from,
            to: mail.toAddress,
            subject: mail.subject,
            text: mail.text,
            headers: mail.headers ?? undefined,
            messageId: messageIdFor(mail.id, this.host),
          });
          await this.db
            .update(outbox)
            .set({ sentAt: new Date(), attempts: sql`${outbox.attempts} + 1`, lastError: null, claimedUntil: null, nextAttemptAt: null })
            .where(eq(outbox.id, mail.id));
          result.sent++;
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          const attempt = mail.attempts + 1;
          this.log.warn({ err, mailId: mail.id, attempt }, "mail not sent");
          await this.db
            .update(outbox)
            .set({
              attempts: sql`${outbox.attempts} + 1`,
              lastError: message.slice(0, 1000),
              // After the last attempt it is given up: it waits for an administrator's resend.
              nextAttemptAt: attempt >= this.cfg.maxAttempts ? null : sql`now() + ${retryDelayMs(attempt)} * interval '1 millisecond'`,
              claimedUntil: null,
            })
            .where(eq(outbox.id, mail.id));
          result.failed++;
        }
      }
      if (batch.length < BATCH) return result;
    }
  }
}
