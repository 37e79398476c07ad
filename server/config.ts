/** Runtime settings, all from the environment; defaults make `npm start` just work. */
export interface Config {
  port: number;
  host: string;
  production: boolean;
  databaseUrl?: string;
  dataDir: string;
  /** Where people reach the app, for links in mail (e.g. a support actor's personal referral link); no trailing slash. */
  appUrl: string;
  /** Seed the demo on an empty database at start. */
  seedDemo: boolean;
  trustProxy: boolean;
  logLevel: string;
  session: { idleMinutes: number; absoluteHours: number };
  limits: {
    /** failed sign-ins per account from one IP (the account+source key) per window */
    signInPerAccount: number;
    /** failed sign-ins per IP per window */
    signInPerIp: number;
    /** registrations per IP per window */
    registerPerIp: number;
    /** password-reset mails asked for per IP per window */
    passwordResetPerIp: number;
    windowMinutes: number;
    maxDepth: number;
    maxCost: number;
    /** How often one field that takes arguments may appear in an operation (after fragments). */
    maxFieldRepeats: number;
    /** Aliased fields per operation. */
    maxAliases: number;
    /** Tokens per GraphQL document: a huge document is refused before it is parsed into memory and validated. */
    maxTokens: number;
    /** GraphQL requests per minute from one IP by people not signed in; 0 turns it off. */
    anonymousPerMinute: number;
    /** GraphQL requests per minute with one personal read token. */
    readTokenPerMinute: number;
  };
  /** Every GraphQL request's deadline; past it, it gets no more queries (statement_timeout on PostgreSQL). */
  requestTimeoutMs: number;
  /** GraphQL requests served at once, and how many may wait in line before 503 SERVER_BUSY. */
  admission: { concurrency: number; queue: number };
  /** Schema introspection and "did you mean" hints; on in development, off in production unless asked for. */
  introspection: boolean;
  /** Report SQL statements per operation in response extensions (tests, benchmarks). */
  exposeStatementCount: boolean;
  /**
   * How long an answer to an anonymous query may be reused for other visitors
   * (server/graphql/public-cache.ts); every mutation clears them at once. 0 turns it off.
   */
  publicCacheMs: number;
  moderation: {
    /** A comment is hidden, pending a moderator, once this many people have reported it. */
    hideAfterReports: number;
  };
  /** Minutes between looks for next steps due tomorrow or overdue (reminders); 0 turns it off, as in tests. */
  nextStepReminderMinutes: number;
  /** Minutes between looks for people whose daily mail digest is due; 0 turns it off, as in tests. */
  mailDigestMinutes: number;
  /** The Swedish hour (0–23) daily digests go out for people who chose none. */
  mailDigestHour: number;
  /** The key that signs links acting without sign-in (unsubscribe); unset, the install makes and keeps its own. */
  linkSecret?: string;
  mail: {
    /** Where mail is sent; null keeps it in the outbox, where administrators read it in the app. */
    smtp: { host: string; port: number; secure: boolean; user?: string; pass?: string } | null;
    /** The From header of every mail. */
    from: string;
    /**
     * Attempts per mail before the mailer gives up on it (it stays in the outbox with its last
     * error, for an administrator to resend). The waits between them double from a minute to
     * four hours: the default 14 span about a day.
     */
    maxAttempts: number;
  };
}

const int = (v: string | undefined, d: number) => (v && /^\d+$/.test(v) ? Number.parseInt(v, 10) : d);

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env.PORT, 4000);
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    production: env.NODE_ENV === "production",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.ARENA_DATA_DIR || "./data",
    appUrl: (env.APP_URL || `http://localhost:${port}`).replace(/\/+$/, ""),
    seedDemo: env.ARENA_SEED_DEMO !== "false",
    trustProxy: env.TRUST_PROXY === "true",
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    session: { idleMinutes: int(env.SESSION_IDLE_MINUTES, 60), absoluteHours: int(env.SESSION_ABSOLUTE_HOURS, 12) },
    limits: {
      signInPerAccount: int(env.LIMIT_SIGNIN_PER_ACCOUNT, 5),
      signInPerIp: int(env.LIMIT_SIGNIN_PER_IP, 50),
      registerPerIp: int(env.LIMIT_REGISTER_PER_IP, 10),
      passwordResetPerIp: int(env.LIMIT_PASSWORD_RESET_PER_IP, 5),
      windowMinutes: int(env.LIMIT_WINDOW_MINUTES, 15),
      maxDepth: int(env.LIMIT_QUERY_DEPTH, 12),
      maxCost: int(env.LIMIT_QUERY_COST, 5000),
      maxFieldRepeats: int(env.LIMIT_FIELD_REPEATS, 5),
      maxAliases: int(env.LIMIT_QUERY_ALIASES, 20),
      maxTokens: int(env.LIMIT_QUERY_TOKENS, 5000),
      // Off in tests by default: every suite talks from 127.0.0.1, as anonymous as it gets.
      anonymousPerMinute: int(env.LIMIT_ANONYMOUS_PER_MINUTE, env.NODE_ENV === "test" ? 0 : 600),
      readTokenPerMinute: Math.max(1, int(env.LIMIT_READ_TOKEN_PER_MINUTE, 120)),
    },
    requestTimeoutMs: Math.max(1, int(env.REQUEST_TIMEOUT_MS, 10_000)),
    // PGlite has one connection: a few requests at a time keep it busy; PostgreSQL's pool takes more.
    admission: {
      concurrency: Math.max(1, int(env.ADMISSION_CONCURRENCY, env.DATABASE_URL ? 32 : 4)),
      queue: int(env.ADMISSION_QUEUE, 200),
    },
    introspection: env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === "true" : env.NODE_ENV !== "production",
    exposeStatementCount: env.ARENA_EXPOSE_STATEMENT_COUNT === "true",
    // Off in tests by default: suites reset the database under a running server, which no mutation announces.
    publicCacheMs: int(env.PUBLIC_CACHE_MS, env.NODE_ENV === "test" ? 0 : 10_000),
    moderation: { hideAfterReports: Math.max(1, int(env.MODERATION_HIDE_AFTER_REPORTS, 3)) },
    nextStepReminderMinutes: int(env.NEXT_STEP_REMINDER_MINUTES, env.NODE_ENV === "test" ? 0 : 60),
    mailDigestMinutes: int(env.MAIL_DIGEST_MINUTES, env.NODE_ENV === "test" ? 0 : 15),
    mailDigestHour: Math.min(23, int(env.MAIL_DIGEST_HOUR, 7)),
    linkSecret: env.ARENA_LINK_SECRET || undefined,
    mail: {
      smtp: env.SMTP_HOST
        ? {
            host: env.SMTP_HOST,
            port: int(env.SMTP_PORT, env.SMTP_SECURE === "true" ? 465 : 587),
            secure: env.SMTP_SECURE === "true",
            user: env.SMTP_USER || undefined,
            pass: env.SMTP_PASS || undefined,
          }
        : null,
      from: env.MAIL_FROM || "Arena <arena@localhost>",
      maxAttempts: Math.max(1, int(env.MAIL_MAX_ATTEMPTS, 14)),
    },
  };
}
