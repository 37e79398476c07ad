import { and, asc, eq, isNull, lt, notInArray, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Logger } from "pino";
import type { Config } from "../../config.js";
import type { Database } from "../../db/index.js";
import { outbox } from "./notifications.tables.js";

const BATCH = 50;
const RETRY_EVERY_MS = 60_000;

export interface FlushResult {
  sent: number;
  failed: number;
}

/**
 * Sends the outbox through SMTP, after the transactions that filled it have committed. One
 * flush at a time per process, so a mail is never sent twice by it; a failed mail keeps its
 * error and is tried again on later flushes (each notification wakes the mailer, and a timer
 * retries every minute) until it has had `maxAttempts`. With no SMTP configured it does
 * nothing and the mail stays in the outbox, where administrators read it in the app.
 */
export class Mailer {
  private readonly transport: Transporter | null;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    private readonly cfg: Config["mail"],
    private readonly log: Logger,
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

  /** Sends what waited while the server was down, then retries on a timer until close(). */
  start(): void {
    if (!this.transport || this.timer) return;
    this.timer = setInterval(() => this.kick(), RETRY_EVERY_MS);
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

  private async sendWaiting(): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, failed: 0 };
    const transport = this.transport;
    if (!transport) return result;
    // Each mail at most once per flush: a failure waits for the next one.
    const tried: string[] = [];
    for (;;) {
      const batch = await this.db
        .select()
        .from(outbox)
        .where(
          and(
            isNull(outbox.sentAt),
            lt(outbox.attempts, this.cfg.maxAttempts),
            tried.length > 0 ? notInArray(outbox.id, tried) : undefined,
          ),
        )
        .orderBy(asc(outbox.createdAt), asc(outbox.id))
        .limit(BATCH);
      for (const mail of batch) {
        tried.push(mail.id);
        try {
          await transport.sendMail({ from: this.cfg.from, to: mail.toAddress, subject: mail.subject, text: mail.text });
          await this.db
            .update(outbox)
            .set({ sentAt: new Date(), attempts: sql`${outbox.attempts} + 1`, lastError: null })
            .where(eq(outbox.id, mail.id));
          result.sent++;
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          this.log.warn({ err, mailId: mail.id, attempt: mail.attempts + 1 }, "mail not sent");
          await this.db
            .update(outbox)
            .set({ attempts: sql`${outbox.attempts} + 1`, lastError: message.slice(0, 1000) })
            .where(eq(outbox.id, mail.id));
          result.failed++;
        }
      }
      if (batch.length < BATCH) return result;
    }
  }
}
