import type { NextFunction, Request, RequestHandler, Response } from "express";
import zlib from "node:zlib";
import { LRUCache } from "lru-cache";
import { localeFrom } from "./messages.js";

/**
 * Answers to anonymous GraphQL queries, kept for a moment (a "micro-cache"): visitors asking what
 * other visitors just asked (an arena's list, a search, a municipality's page) get the stored
 * bytes without Apollo, resolvers or SQL.
 *
 * - **Who:** only requests with no session and no read token: everything in such an answer is
 *   public by construction, the same for every visitor. Signed-in people always get a fresh
 *   answer, so nobody sees their own change late.
 * - **What:** only queries that ran without errors, keyed by locale, operation name, text and variables.
 * - **How fresh:** every committed mutation empties the cache at once, on this instance
 *   (`invalidate`, from runMutation) and on the others (`PUBLIC_CHANGED` over the pubsub's
 *   LISTEN/NOTIFY). An answer being computed while a change commits is not stored. What no
 *   mutation announces (time passing, a background job's write, a lost NOTIFY) is at most
 *   `ttlMs` old.
 * - **Stampede:** one request computes a missing answer; identical requests that arrive
 *   meanwhile wait for it rather than run the same SQL twenty times.
 */
/** An answer as JSON, and as each encoding it was asked for in, compressed once. */
interface Answer {
  json: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/** As the compression middleware does it (its threshold and brotli quality), so a hit costs no compression. */
const COMPRESS_FROM_BYTES = 1024;
const encoders = {
  br: (b: Buffer) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (b: Buffer) => zlib.gzipSync(b),
};

export class PublicReadCache {
  private generation = 0;
  private readonly entries: LRUCache<string, Answer>;
  private readonly computing = new Map<string, { generation: number; done: Promise<Answer | null> }>();
  /** Counters for the bench and operators. */
  readonly stats = { hits: 0, misses: 0, shared: 0 };

  constructor(
    readonly ttlMs: number,
    maxBytes = 64 * 1024 * 1024,
  ) {
    this.entries = new LRUCache<string, Answer>({
      ttl: Math.max(1, ttlMs),
      maxSize: maxBytes,
      // Counted at the JSON's size twice: room for the compressed forms added later.
      sizeCalculation: (answer, key) => 2 * answer.json.length + key.length,
    });
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** Something public may have changed: forget every answer, and any being computed. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  /**
   * The step before Apollo (after the session and rate-limit steps, which set `res.locals.viewer`).
   * A miss passes on and records what Apollo sends, once the request's operation proved to be a
   * query (`markCacheable`).
   */
  middleware(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      const key = this.enabled ? keyOf(req, res) : undefined;
      if (key === undefined) return next();
      const stored = this.entries.get(key);
      if (stored) {
        this.stats.hits++;
        return send(req, res, stored);
      }
      const pending = this.computing.get(key);
      if (pending && pending.generation === this.generation) {
        this.stats.shared++;
        // The first asker's answer, unless it failed or something changed meanwhile: then ask anew.
        void pending.done.then((answer) => (answer && pending.generation === this.generation ? send(req, res, answer) : next()));
        return;
      }
      this.stats.misses++;
      const generation = this.generation;
      let finish!: (answer: Answer | null) => void;
      const entry = { generation, done: new Promise<Answer | null>((r) => (finish = r)) };
      this.computing.set(key, entry);
      const settle = (body: Buffer | null) => {
        if (this.computing.get(key) === entry) this.computing.delete(key);
        const answer = body !== null && generation === this.generation ? { json: body } : null;
        if (answer) this.entries.set(key, answer);
        finish(answer);
      };
      capture(res, (status, body) => {
        const ok = status === 200 && res.locals.publicCacheable === true && body.length > 0 && !hasErrors(body);
        settle(ok ? body : null);
      });
      res.once("close", () => settle(null));
      next();
    };
  }
}

/** Apollo's plugin hook marks a request whose operation is a query (not a mutation or subscription). */
export function markCacheable(res: Response | undefined): void {
  if (res) res.locals.publicCacheable = true;
}

function keyOf(req: Request, res: Response): string | undefined {
  if (req.method !== "POST" || res.locals.viewer !== null || res.locals.readToken === true) return undefined;
  // Apollo's CSRF prevention lets application/json through; anything else takes the normal path.
  if (typeof req.is("application/json") !== "string") return undefined;
  const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
  if (typeof body?.query !== "string" || body.extensions !== undefined) return undefined;
  const operation = typeof body.operationName === "string" ? body.operationName : "";
  return `${localeFrom(req.headers["accept-language"])}\u0000${operation}\u0000${JSON.stringify(body.variables ?? null)}\u0000${body.query}`;
}

function send(req: Request, res: Response, answer: Answer): void {
  if (res.headersSent) return;
  res.status(200).setHeader("X-Arena-Cache", "hit");
  res.type("application/json");
  const encoding = answer.json.length >= COMPRESS_FROM_BYTES ? req.acceptsEncodings("br", "gzip") : false;
  if (encoding === "br" || encoding === "gzip") {
    // Set here, the compression middleware leaves the bytes alone.
    res.setHeader("Content-Encoding", encoding);
    res.setHeader("Vary", "Accept-Encoding");
    res.end((answer[encoding] ??= encoders[encoding](answer.json)));
    return;
  }
  res.end(answer.json);
}

/** Calls `done` once with what the response sent (its body as written, before compression). */
function capture(res: Response, done: (status: number, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  const take = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    take(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as Response["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && typeof chunk !== "function") take(chunk, rest[0]);
    done(res.statusCode, Buffer.concat(chunks));
    return end(chunk, ...rest);
  }) as Response["end"];
}

/** Only whole, error-free answers are kept (a `"errors"` key at the top of the JSON). */
function hasErrors(body: Buffer): boolean {
  try {
    const parsed = JSON.parse(body.toString("utf8")) as { errors?: unknown; data?: unknown };
    return parsed.errors !== undefined || parsed.data === undefined || parsed.data === null;
  } catch {
    return true;
  }
}
