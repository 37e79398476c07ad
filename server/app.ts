import "reflect-metadata";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import compression from "compression";
import express from "express";
import { useServer } from "graphql-ws/use/ws";
import helmet from "helmet";
import type { Logger } from "pino";
import { createLogger, requestForLog, responseForLog } from "./log.js";
import { pinoHttp } from "pino-http";
import { eq } from "drizzle-orm";
import { type WebSocket, WebSocketServer } from "ws";
import { AuthLimits, limiterFactory } from "./auth/rate-limit.js";
import { SessionStore, type Viewer, sessionKey } from "./auth/sessions.js";
import type { Config } from "./config.js";
import { ADVISORY_LOCKS, type DatabaseHandle } from "./db/index.js";
import { whileLeader } from "./db/leader.js";
import { AdmissionGate, admission, deadlineScope } from "./db/admission.js";
import { type StatementTally, withStatementTally } from "./db/statement-counter.js";
import { complexityPlugin, errorFormatter, errorLoggingPlugin, publicCachePlugin, statementCountPlugin } from "./graphql/apollo-plugins.js";
import { PublicReadCache } from "./graphql/public-cache.js";
import type { Context } from "./graphql/context.js";
import type { NotificationRow } from "./modules/notifications/notifications.service.js";
import { createLoaders } from "./graphql/loaders.js";
import { localeFrom, message } from "./graphql/messages.js";
import { mountMatterFiles } from "./modules/matters/attachments.service.js";
import { OpenDataCache, mountOpenData } from "./modules/insight/open-data.http.js";
import { mountInsightCsv } from "./modules/insight/insight.csv.js";
import { mountPlanReports } from "./modules/plans/report.csv.js";
import { createArenaPubSub } from "./graphql/pubsub.js";
import { createSchema } from "./graphql/schema.js";
import { projectRoot } from "./paths.js";
import { routeDocuments } from "./route-preload.js";
import { depthLimitRule, repeatLimitRule } from "./graphql/validation-rules.js";
import { nextStepReminderRound } from "./modules/guidance/reminders.service.js";
import { wheelReminderRound } from "./modules/plans/wheel.reminders.js";
import { Mailer } from "./modules/notifications/notifications.mailer.js";
import { notifications } from "./modules/notifications/notifications.tables.js";
import { sendDailyDigests } from "./modules/notifications/digest.service.js";
import { runPeriodically } from "./shared/periodic.js";
import { configureDigestHour, configureMailLinks } from "./modules/notifications/mail-settings.js";
import { unsubscribeWith } from "./modules/notifications/mail-settings.service.js";
import { loadSigningKey } from "./auth/signed-token.js";
import { onlyReads, readTokenFrom, viewerOfReadToken } from "./auth/read-tokens.js";

const clientDist = path.join(projectRoot, "client/dist");

function clientIp(raw: http.IncomingMessage, req?: express.Request): string {
  return (req?.ip ?? raw.socket.remoteAddress ?? "unknown").replace(/^::ffff:/, "");
}

export interface App {
  server: http.Server;
  log: Logger;
  /** Sends the outbox; tests await `mailer.flush()`. */
  mailer: Mailer;
  /** The open-data archives; tests read how often they were built. */
  openData: OpenDataCache;
  /** Answers kept for visitors; the bench reads its hit counts. */
  publicCache: PublicReadCache;
  /** Resolves with the URL once listening. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops timers, drains HTTP and WebSockets, stops the mailer; idempotent. The database is the caller's. */
  close(): Promise<void>;
}

/** The whole server on one port: /graphql (HTTP and WebSocket), /healthz, /readyz and, in production, the client. */
export async function createApp(config: Config, database: DatabaseHandle, logger?: Logger): Promise<App> {
  const log = logger ?? createLogger(config.logLevel);
  // With PostgreSQL, events reach the subscribers of every instance on the database (LISTEN/NOTIFY).
  const pubSub = createArenaPubSub({
    postgres: database.postgres,
    log: log.child({ component: "pubsub" }),
    loaders: {
      NOTIFICATION_ADDED: async (id) => (await database.db.select().from(notifications).where(eq(notifications.id, id)))[0] ?? null,
    },
  });
  await pubSub.start();
  const schema = await createSchema(pubSub);
  await loadSigningKey(database.db, config.linkSecret, (err) =>
    log.warn({ err }, "could not load the link signing key; retrying while the database is down"),
  );
  configureMailLinks(config.appUrl);
  configureDigestHour(config.mailDigestHour);
  const limits = new AuthLimits(config.limits, limiterFactory(database));
  const sessions = new SessionStore(
    database.db,
    config.session,
    (req) => req.secure,
    (key) => pubSub.publish("SESSION_ENDED", { sessionKey: key }),
  );
  const mailer = new Mailer(database.db, config.mail, log.child({ component: "mailer" }), new URL(config.appUrl).hostname);
  mailer.start();
  /** A job that one instance runs (the leader of its lock), every `minutes`; 0 turns it off. */
  const leaderJob = (minutes: number, lock: number, component: string, firstAfterMs: number, task: (l: typeof log) => Promise<void>) => {
    if (minutes <= 0) return () => {};
    const l = log.child({ component });
    return whileLeader(database.postgres, lock, l, () =>
      runPeriodically({
        everyMs: minutes * 60_000,
        firstAfterMs: Math.min(minutes * 60_000, firstAfterMs),
        log: l,
        what: component,
        task: () => task(l),
      }),
    );
  };
  const published = (r: { notifications: NotificationRow[] }) => {
    for (const n of r.notifications) pubSub.publish("NOTIFICATION_ADDED", n);
    mailer.kick();
  };
  // One instance sends the reminders: the others would find the same due steps at the same moment.
  const stopReminders = leaderJob(config.nextStepReminderMinutes, ADVISORY_LOCKS.reminders, "reminders", 30_000, (l) =>
    nextStepReminderRound(database.db, l, published),
  );
  // The annual wheel's reminders: one instance looks; the (milestone, year) row keeps each to once regardless.
  const stopWheelReminders = leaderJob(config.nextStepReminderMinutes, ADVISORY_LOCKS.wheel, "wheel", 30_000, (l) =>
    wheelReminderRound(database.db, l, published),
  );
  // One instance makes the daily digests; their table's key keeps them to one a day per person either way.
  const stopDigests = leaderJob(config.mailDigestMinutes, ADVISORY_LOCKS.digests, "digests", 0, async () => {
    if ((await sendDailyDigests(database.db)) > 0) mailer.kick();
  });

  const app = express();
  app.disable("x-powered-by");
  if (config.trustProxy) app.set("trust proxy", true);
  const server = http.createServer(app);

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const id = randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" },
      // Method, path, id, address and user agent: never cookies, authorization or other headers.
      serializers: { req: requestForLog, res: responseForLog },
    }),
  );
  // The scheme decides per request, so that plain-HTTP installs on a LAN (http://192.168.x.x)
  // still work: upgrade-insecure-requests there would send every script to an https:// that is not served.
  const securityHeaders = (secure: boolean) =>
    helmet({
      contentSecurityPolicy: config.production
        ? {
            directives: {
              "connect-src": ["'self'"],
              "img-src": ["'self'", "data:"],
              "upgrade-insecure-requests": secure ? [] : null,
            },
          }
        : false,
      strictTransportSecurity: false,
    });
  const overHttps = securityHeaders(true);
  const overHttp = securityHeaders(false);
  app.use((req, res, next) => (req.secure ? overHttps : overHttp)(req, res, next));
  // Brotli where the client accepts it, else gzip: JSON answers and the client's JS and CSS.
  app.use(compression());

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await database.ping();
      res.json({ status: "ready", database: database.driver });
    } catch (err) {
      log.warn({ err }, "readiness check failed");
      res.status(503).json({ status: "unavailable", database: database.driver });
    }
  });

  // A mail client's one-click unsubscribe (RFC 8058): a POST to the List-Unsubscribe URL, with no
  // cookie and no page. A GET of the same URL is the client's page, which asks before it acts.
  app.post("/unsubscribe/:token", express.urlencoded({ extended: false, limit: "1kb" }), async (req, res) => {
    try {
      const done = await unsubscribeWith(database.db, req.params.token);
      res
        .status(done ? 200 : 404)
        .type("text/plain")
        .send(done ? "Unsubscribed" : "Unknown link");
    } catch (err) {
      log.error({ err }, "one-click unsubscribe failed");
      res.sendStatus(500);
    }
  });

  // Answers to visitors' queries, reused for a moment; any committed mutation, here or on another instance, clears them.
  const publicCache = new PublicReadCache(config.publicCacheMs);
  const publicChanged = publicCache.enabled
    ? () => {
        publicCache.invalidate();
        pubSub.publish("PUBLIC_CHANGED", { at: Date.now() });
      }
    : () => {};
  const publicChanges = pubSub.subscribe("PUBLIC_CHANGED");
  void (async () => {
    for await (const _ of publicChanges) publicCache.invalidate();
  })();

  const contextFor = async (req: http.IncomingMessage, extra: Partial<Pick<Context, "req" | "res">>): Promise<Context> => {
    // The rate-limit step before Apollo has already looked the session (or read token) up for HTTP requests.
    const known = extra.res?.locals as { viewer?: Viewer | null; readToken?: boolean } | undefined;
    // A read token's request acts as the token's owner alone, whatever cookie rides along.
    const token = known?.readToken ? undefined : sessions.tokenFrom(req.headers.cookie);
    const viewer = known?.viewer !== undefined ? known.viewer : await sessions.resolve(token);
    const requestId = (req as { id?: string }).id ?? randomUUID();
    return {
      db: database.db,
      config,
      locale: localeFrom(req.headers["accept-language"]),
      requestId,
      log: (req as { log?: Logger }).log ?? log.child({ requestId }),
      viewer,
      sessionToken: token,
      loaders: createLoaders(database.db),
      pubSub,
      mailer,
      sessions,
      limits,
      publicChanged,
      ip: clientIp(req, extra.req),
      ...extra,
    };
  };

  const wss = new WebSocketServer({ server, path: "/graphql" });
  const wsServer = useServer(
    {
      schema,
      context: (ctx) => contextFor(ctx.extra.request, {}),
      onConnect: (ctx) => {
        // Refuse cross-site WebSocket connections: cookies would otherwise authenticate them.
        const origin = ctx.extra.request.headers.origin;
        const host = ctx.extra.request.headers.host;
        if (origin && host && new URL(origin).host !== host) return false;
        return true;
      },
    },
    wss,
  );

  // The sockets each session opened, so that ending the session (here or on another instance) closes them.
  const socketsBySession = new Map<string, Set<WebSocket>>();
  wss.on("connection", (socket, request) => {
    const token = sessions.tokenFrom(request.headers.cookie);
    if (!token) return;
    const key = sessionKey(token);
    const set = socketsBySession.get(key) ?? new Set<WebSocket>();
    socketsBySession.set(key, set.add(socket));
    socket.once("close", () => {
      set.delete(socket);
      if (set.size === 0 && socketsBySession.get(key) === set) socketsBySession.delete(key);
    });
  });
  const endedSessions = pubSub.subscribe("SESSION_ENDED");
  void (async () => {
    // 4403 Forbidden: graphql-ws clients reconnect, now without the session, and subscribe anew as who they are.
    for await (const { sessionKey: key } of endedSessions)
      for (const socket of socketsBySession.get(key) ?? []) socket.close(4403, "Forbidden");
  })();

  const apollo = new ApolloServer<Context>({
    schema,
    formatError: errorFormatter(log),
    validationRules: [
      depthLimitRule(config.limits.maxDepth),
      repeatLimitRule({ maxPerFieldWithArguments: config.limits.maxFieldRepeats, maxAliases: config.limits.maxAliases }),
    ],
    // The client's largest document has about 250 tokens; validating tens of thousands costs seconds of CPU.
    parseOptions: { maxTokens: config.limits.maxTokens },
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // No "did you mean" field names for strangers probing the schema.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    // server/main.ts owns the shutdown: Apollo's own handlers raced it into a second stop().
    stopOnTerminationSignals: false,
    plugins: [
      // In-flight requests get this long to finish; the process's whole shutdown has ~9 s.
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: 5000 }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsServer.dispose();
            },
          };
        },
      },
      complexityPlugin(schema, config.limits.maxCost),
      errorLoggingPlugin(log),
      ...(publicCache.enabled ? [publicCachePlugin] : []),
      ...(config.exposeStatementCount ? [statementCountPlugin] : []),
      // No cache hints are used; the plugin would otherwise wrap every field of every response.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const gate = new AdmissionGate({ concurrency: config.admission.concurrency, maxQueue: config.admission.queue });
  app.use(
    "/graphql",
    // Before the body is read: a refused request costs nothing more. WebSockets do not pass here.
    admission(gate, { timeoutMs: config.requestTimeoutMs, localeOf: (req) => localeFrom(req.headers["accept-language"]) }),
    express.json({ limit: "1mb" }),
    deadlineScope(),
    (req, res, next) => {
      if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=15552000");
      if (!config.exposeStatementCount) return next();
      const tally: StatementTally = { count: 0 };
      withStatementTally(tally, () => next());
    },
    async (req, res, next) => {
      const readToken = readTokenFrom(req.headers.authorization);
      if (readToken === undefined) return next();
      const locale = localeFrom(req.headers["accept-language"]);
      const refuse = (status: number, code: string, text: string, extra: Record<string, unknown> = {}) =>
        res.status(status).json({ errors: [{ message: text, extensions: { code, ...extra } }] });
      // Read-only by construction: a document with a mutation or subscription never reaches a resolver.
      if (req.method !== "GET" && !onlyReads(req.body, config.limits.maxTokens))
        return refuse(403, "FORBIDDEN", message("READ_TOKEN_READ_ONLY", locale));
      if (req.method === "GET" && !onlyReads(req.query, config.limits.maxTokens))
        return refuse(403, "FORBIDDEN", message("READ_TOKEN_READ_ONLY", locale));
      let found: Awaited<ReturnType<typeof viewerOfReadToken>>;
      try {
        found = await viewerOfReadToken(database.db, readToken);
      } catch {
        return next(); // the database is away: Apollo's context fails the same way, with a logged correlation id
      }
      if (!found) {
        res.set("WWW-Authenticate", 'Bearer error="invalid_token"');
        return refuse(401, "UNAUTHENTICATED", message("READ_TOKEN_INVALID", locale));
      }
      const seconds = await limits.readTokenRequest(found.tokenId);
      if (seconds > 0) {
        res.set("Retry-After", String(seconds));
        return refuse(429, "RATE_LIMITED", message("TOO_MANY_REQUESTS", locale, { seconds }), { retryAfterSeconds: seconds });
      }
      res.locals.viewer = found.viewer;
      res.locals.readToken = true;
      next();
    },
    async (req, res, next) => {
      if (res.locals.readToken === true) return next();
      // People not signed in are counted per IP; signed-in people are not limited here.
      let viewer: Viewer | null;
      try {
        viewer = await sessions.resolve(sessions.tokenFrom(req.headers.cookie));
      } catch {
        // The database is away: Apollo's context will fail the same way and answer with a logged correlation id.
        return next();
      }
      res.locals.viewer = viewer;
      const seconds = viewer ? 0 : await limits.anonymousRequest(clientIp(req, req));
      if (seconds === 0) return next();
      res
        .status(429)
        .set("Retry-After", String(seconds))
        .json({
          errors: [
            {
              message: message("TOO_MANY_REQUESTS", localeFrom(req.headers["accept-language"]), { seconds }),
              extensions: { code: "RATE_LIMITED", retryAfterSeconds: seconds },
            },
          ],
        });
    },
    publicCache.middleware(),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req, { req, res }) }),
  );

  // Matters' attachments: uploaded and downloaded beside /graphql, with the same session and CSRF rules.
  mountMatterFiles(app, contextFor);
  // Open data: public zips of what the public may read (issue 15), before the client's pages.
  const openData = new OpenDataCache(database.db);
  mountOpenData(app, openData);
  // The dashboard's views as CSV files, with the same session and rights as its GraphQL fields.
  mountInsightCsv(app, contextFor);
  mountPlanReports(app, contextFor);

  if (config.production && fs.existsSync(clientDist)) {
    // Source maps stay on the server (vite's "hidden" maps), for operators, not visitors.
    app.get(/\.map$/, (_req, res) => {
      res.sendStatus(404);
    });
    // Scripts and stylesheets compressed at build time (client/vite.config.ts), sent as they are
    // to browsers that take brotli; the rest of the way (the compression middleware) otherwise.
    const assetsDir = path.join(clientDist, "assets");
    const precompressed = new Set(
      (fs.existsSync(assetsDir) ? fs.readdirSync(assetsDir) : []).filter((f) => f.endsWith(".br")).map((f) => f.slice(0, -".br".length)),
    );
    app.get("/assets/:file", (req, res, next) => {
      const file = req.params.file;
      if (!precompressed.has(file) || req.acceptsEncodings("br") !== "br") return next();
      res.setHeader("Content-Encoding", "br");
      res.setHeader("Vary", "Accept-Encoding");
      res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      res.type(path.extname(file));
      res.sendFile(path.join(assetsDir, `${file}.br`), { cacheControl: false });
    });
    app.use(
      express.static(clientDist, {
        index: false,
        maxAge: "1h",
        setHeaders: (res, file) => {
          // Vite names everything under assets/ by its content hash: a changed file is a new URL.
          if (path.relative(clientDist, file).startsWith(`assets${path.sep}`))
            res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        },
      }),
    );
    // A missing asset is a 404, not the app's page.
    app.use("/assets", (_req, res) => {
      res.sendStatus(404);
    });
    // index.html, naming the code of the page a path shows so that it loads beside the main script.
    const documentFor = routeDocuments(clientDist);
    app.get(/^\/(?!graphql|healthz|readyz|files\/).*/, (req, res) => {
      res.setHeader("Cache-Control", "no-cache");
      res.type("html").send(documentFor(req.path));
    });
  }

  let closing: Promise<void> | undefined;
  /** Timers first, so that no new work starts; then drain HTTP and WebSockets; then the mailer's flush in progress. */
  const close = async () => {
    stopReminders();
    stopWheelReminders();
    stopDigests();
    await apollo.stop();
    wss.close();
    await endedSessions.return();
    await publicChanges.return();
    await pubSub.stop();
    await mailer.close();
  };

  return {
    server,
    log,
    mailer,
    openData,
    publicCache,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const addr = server.address();
          const p = typeof addr === "object" && addr ? addr.port : port;
          resolve(`http://${host && host !== "0.0.0.0" ? host : "localhost"}:${p}`);
        });
      }),
    close: () => (closing ??= close()),
  };
}
