import type { IncomingMessage, ServerResponse } from "node:http";
import pino, { type DestinationStream, type Logger } from "pino";

/** Fields of an error (or its causes) that carry values sent to the database: a new user's password hash, an email. */
const VALUE_FIELDS = new Set(["params", "parameters", "args", "detail"]);

/**
 * A copy of the error, and of its causes, without the values of the failed statement. Drizzle
 * puts them in the message too (`Failed query: <sql>\nparams: <values>`), so that line goes;
 * the SQL stays, as it names the statement that failed.
 */
export function withoutValues(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error) || depth > 8) return err;
  const source = err as Error & Record<string, unknown>;
  const params = source.params;
  const strip = (text: string | undefined) => {
    if (text === undefined) return text;
    let out = text;
    if (params !== undefined) out = out.split(`\nparams: ${String(params as unknown)}`).join("\nparams: [redacted]");
    return out;
  };
  const copy = Object.create(Object.getPrototypeOf(err) as object) as Error & Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (VALUE_FIELDS.has(key)) continue;
    copy[key] = key === "errors" && Array.isArray(source[key]) ? source[key].map((e) => withoutValues(e, depth + 1)) : source[key];
  }
  Object.defineProperty(copy, "message", { value: strip(source.message), enumerable: false, writable: true });
  Object.defineProperty(copy, "stack", { value: strip(source.stack), enumerable: false, writable: true });
  if (source.cause !== undefined) copy.cause = withoutValues(source.cause, depth + 1);
  return copy;
}

/** The request as logged: never its headers (cookies, authorization), nor its query string (tokens in links). */
export function requestForLog(req: IncomingMessage & { id?: unknown; raw?: IncomingMessage; remoteAddress?: string }) {
  return {
    id: req.id,
    method: req.method,
    url: (req.url ?? "").split("?")[0],
    remoteAddress: req.remoteAddress ?? req.socket?.remoteAddress,
    userAgent: req.headers?.["user-agent"],
  };
}

export function responseForLog(res: ServerResponse) {
  return { statusCode: res.statusCode };
}

/** The process logger: JSON lines, with credentials and SQL values kept out wherever they appear. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      serializers: {
        err: (err: unknown) => pino.stdSerializers.err(withoutValues(err) as Error),
        req: requestForLog,
        res: responseForLog,
      },
      redact: {
        paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]', "password", "*.password", "input.password"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
