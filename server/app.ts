import "reflect-metadata";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import depthLimit from "graphql-depth-limit";
import { useServer } from "graphql-ws/use/ws";
import helmet from "helmet";
import type { Logger } from "pino";
import { createLogger } from "./log.js";
import { pinoHttp } from "pino-http";
import { WebSocketServer } from "ws";
import { AuthLimits } from "./auth/rate-limit.js";
import { SessionStore } from "./auth/sessions.js";
import type { Config } from "./config.js";
import { AdmissionGate, admission, deadlineScope } from "./db/admission.js";
import type { DatabaseHandle } from "./db/index.js";
import { type StatementTally, withStatementTally } from "./db/statement-counter.js";
import { complexityPlugin, errorLoggingPlugin, formatError, statementCountPlugin } from "./graphql/apollo-plugins.js";
import type { Context } from "./graphql/context.js";
import { createLoaders } from "./graphql/loaders.js";
import { localeFrom } from "./graphql/messages.js";
import { createArenaPubSub } from "./graphql/pubsub.js";
import { createSchema } from "./graphql/schema.js";
import { scheduleNextStepReminders } from "./modules/guidance/sessions.service.js";
import { Mailer } from "./modules/notifications/notifications.mailer.js";

const clientDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../client/dist");

export interface App {
  server: http.Server;
  log: Logger;
  /** Sends the outbox; tests await `mailer.flush()`. */
  mailer: Mailer;
  /** Resolves with the URL once listening. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** The whole server on one port: /graphql (HTTP and WebSocket), /healthz, /readyz and, in production, the client. */
export async function createApp(config: Config, database: DatabaseHandle, logger?: Logger): Promise<App> {
  const log = logger ?? createLogger(config.logLevel);
  const pubSub = createArenaPubSub();
  const schema = await createSchema(pubSub);
  const limits = new AuthLimits(config.limits);
  const sessions = new SessionStore(database.db, config.session, (req) => req.secure);
  const mailer = new Mailer(database.db, config.mail, log.child({ component: "mailer" }));
  mailer.start();
  const stopReminders =
    config.nextStepReminderMinutes > 0
      ? scheduleNextStepReminders({
          db: database.db,
          everyMs: config.nextStepReminderMinutes * 60_000,
          log: log.child({ component: "reminders" }),
          sent: (r) => {
            for (const n of r.notifications) pubSub.publish("NOTIFICATION_ADDED", n);
            mailer.kick();
          },
        })
      : () => {};

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
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: config.production ? { directives: { "connect-src": ["'self'"], "img-src": ["'self'", "data:"] } } : false,
      // Set per request from the scheme, so that plain-HTTP installs on a LAN still work.
      strictTransportSecurity: false,
    }),
  );

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

  const contextFor = async (req: http.IncomingMessage, extra: Partial<Pick<Context, "req" | "res">>): Promise<Context> => {
    const token = sessions.tokenFrom(req.headers.cookie);
    const viewer = await sessions.resolve(token);
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
      ip: (extra.req?.ip ?? req.socket.remoteAddress ?? "unknown").replace(/^::ffff:/, ""),
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

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    validationRules: [depthLimit(config.limits.maxDepth)],
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: 2000 }),
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
      ...(config.exposeStatementCount ? [statementCountPlugin] : []),
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
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req, { req, res }) }),
  );

  if (config.production && fs.existsSync(clientDist)) {
    app.use(express.static(clientDist, { index: false, maxAge: "1h" }));
    const indexHtml = path.join(clientDist, "index.html");
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(indexHtml);
    });
  }

  return {
    server,
    log,
    mailer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const addr = server.address();
          const p = typeof addr === "object" && addr ? addr.port : port;
          resolve(`http://${host && host !== "0.0.0.0" ? host : "localhost"}:${p}`);
        });
      }),
    close: async () => {
      await apollo.stop();
      wss.close();
      stopReminders();
      await mailer.close();
    },
  };
}
