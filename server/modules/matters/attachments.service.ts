import { createHash } from "node:crypto";
import type http from "node:http";
import { eq } from "drizzle-orm";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Context } from "../../graphql/context.js";
import { type UserError, UserErrors, fail, userError } from "../../graphql/errors.js";
import { inputId } from "../../graphql/authz.js";
import { runMutation } from "../../graphql/mutation.js";
import { hasForbiddenCharacters } from "../../graphql/validation.js";
import { MATTER_LIMITS } from "./matters.inputs.js";
import { toGlobalId } from "../../graphql/relay.js";
import { now } from "../../shared/clock.js";
import { MatterEvents } from "./matters.events.js";
import { recordMatterEvent } from "./matters.lifecycle.js";
import { matterAccess } from "./matters.read.js";
import { lockForStep } from "./matters.rules.js";
import { readBack } from "./matters.service.js";
import { matterAttachments, matters } from "./matters.tables.js";
import { toAttachment, toMatter } from "./matters.types.js";

/** The largest attachment: a basis document, not an archive. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const startsWith = (b: Uint8Array, bytes: number[], at = 0) => b.length >= at + bytes.length && bytes.every((x, i) => b[at + i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OpenDocument file is a zip whose first entry, stored uncompressed, is `mimetype` holding its media type. */
const openDocument = (type: string) => (b: Uint8Array) => startsWith(b, ZIP) && startsWith(b, ascii(`mimetype${type}`), 30);

interface FileType {
  mediaType: string;
  /** Whether the content's first bytes are of this type. */
  magic(b: Uint8Array): boolean;
}

/** What may be attached, by file name extension: PDF, office documents and images; each checked by its content as well. */
const FILE_TYPES: Record<string, FileType> = {
  pdf: { mediaType: "application/pdf", magic: (b) => startsWith(b, ascii("%PDF-")) },
  png: { mediaType: "image/png", magic: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  jpg: { mediaType: "image/jpeg", magic: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  jpeg: { mediaType: "image/jpeg", magic: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  webp: { mediaType: "image/webp", magic: (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8) },
  docx: { mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: (b) => startsWith(b, ZIP) },
  xlsx: { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: (b) => startsWith(b, ZIP) },
  pptx: { mediaType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", magic: (b) => startsWith(b, ZIP) },
  odt: { mediaType: "application/vnd.oasis.opendocument.text", magic: openDocument("application/vnd.oasis.opendocument.text") },
  ods: {
    mediaType: "application/vnd.oasis.opendocument.spreadsheet",
    magic: openDocument("application/vnd.oasis.opendocument.spreadsheet"),
  },
  odp: {
    mediaType: "application/vnd.oasis.opendocument.presentation",
    magic: openDocument("application/vnd.oasis.opendocument.presentation"),
  },
  doc: { mediaType: "application/msword", magic: (b) => startsWith(b, OLE2) },
  xls: { mediaType: "application/vnd.ms-excel", magic: (b) => startsWith(b, OLE2) },
};

/** Media types a browser may give for any file it does not know. */
const UNKNOWN_TYPES = ["", "application/octet-stream"];

/**
 * The type of a file by its name, its declared media type and its first bytes, all three of which
 * must agree; null: it may not be attached.
 */
export function attachmentType(fileName: string, declared: string, content: Uint8Array): FileType | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const type = ext ? FILE_TYPES[ext] : undefined;
  if (!type) return null;
  const given = declared.split(";")[0]!.trim().toLowerCase();
  if (!UNKNOWN_TYPES.includes(given) && given !== type.mediaType) return null;
  return type.magic(content) ? type : null;
}

export interface Upload {
  fileName: string;
  mediaType: string;
  content: Uint8Array;
}

/** The beredning or the kansli attaches a basis document; a file too big, empty or of a forbidden type is refused and nothing is stored. */
export function addMatterAttachment(ctx: Context, matterGlobalId: string, file: Upload) {
  return runMutation(ctx, async (tx) => {
    const { row, actorId } = await lockForStep(ctx, tx, matterGlobalId, "prepare", "matterId");
    const fileName = file.fileName.trim();
    const badName = hasForbiddenCharacters(fileName, true) || /[/\\]/.test(fileName);
    if (fileName.length === 0 || fileName.length > MATTER_LIMITS.fileName || badName) fail(ctx.locale, "fileName", "REQUIRED");
    if (file.content.length === 0) fail(ctx.locale, "content", "ATTACHMENT_EMPTY");
    if (file.content.length > MAX_ATTACHMENT_BYTES)
      fail(ctx.locale, "content", "ATTACHMENT_TOO_BIG", { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
    const type = attachmentType(fileName, file.mediaType, file.content);
    if (!type) fail(ctx.locale, "content", "ATTACHMENT_TYPE");
    const [added] = await tx
      .insert(matterAttachments)
      .values({
        matterId: row.id,
        fileName,
        mediaType: type.mediaType,
        byteSize: file.content.length,
        sha256: createHash("sha256").update(file.content).digest("hex"),
        content: file.content,
        uploadedBy: actorId,
        createdAt: now(),
      })
      .returning({
        id: matterAttachments.id,
        matterId: matterAttachments.matterId,
        fileName: matterAttachments.fileName,
        mediaType: matterAttachments.mediaType,
        byteSize: matterAttachments.byteSize,
        sha256: matterAttachments.sha256,
        uploadedBy: matterAttachments.uploadedBy,
        createdAt: matterAttachments.createdAt,
      });
    await recordMatterEvent(tx, row, MatterEvents.attachmentAdded, { actorId, onIdeas: false, data: { about: fileName } });
    return toAttachment(added!);
  });
}

/** Removes a basis document: whoever may prepare the matter at its stage. */
export function removeMatterAttachment(ctx: Context, attachmentGlobalId: string) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, attachmentGlobalId, "MatterAttachment", "id");
    const [a] = await tx
      .select({ id: matterAttachments.id, matterId: matterAttachments.matterId, fileName: matterAttachments.fileName })
      .from(matterAttachments)
      .where(eq(matterAttachments.id, id));
    if (!a) fail(ctx.locale, "id", "NOT_FOUND");
    const { row, actorId } = await lockForStep(ctx, tx, toGlobalId("Matter", a.matterId), "prepare", "id");
    await tx.delete(matterAttachments).where(eq(matterAttachments.id, a.id));
    await recordMatterEvent(tx, row, MatterEvents.attachmentRemoved, { actorId, onIdeas: false, data: { about: a.fileName } });
    return toMatter(await readBack(tx, row.id), "internal");
  });
}

type ContextFor = (req: http.IncomingMessage, extra: Partial<Pick<Context, "req" | "res">>) => Promise<Context>;

/** A header no cross-site form or simple request can send: a browser asks first (CORS), and this server allows no other origin. */
export const UPLOAD_HEADER = "x-arena-upload";

function sameOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (!origin) return true;
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}

const refuse = (res: Response, status: number, errors: UserError[]) => res.status(status).json({ attachment: null, errors });

/**
 * Attachments over HTTP beside /graphql: uploaded as the request's body (the file's name in
 * X-File-Name, URI-encoded), so that a 10 MiB document needs no base64 in a JSON body; and
 * downloaded at a URL that checks the reader's rights, always as a download.
 */
export function mountMatterFiles(app: Express, contextFor: ContextFor): void {
  app.post(
    "/files/matters/:matterId/attachments",
    (req: Request, res: Response, next: NextFunction) => {
      // The same protection as GraphQL's: a custom header forces a preflight, and the origin must be ours.
      if (req.headers[UPLOAD_HEADER] !== "1" || !sameOrigin(req)) return res.status(403).json({ attachment: null, errors: [] });
      next();
    },
    express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const ctx = await contextFor(req, { req, res });
        if (!ctx.viewer) return refuse(res, 401, [userError(ctx.locale, null, "UNAUTHENTICATED")]);
        let fileName = "";
        try {
          fileName = decodeURIComponent(String(req.headers["x-file-name"] ?? ""));
        } catch {
          fileName = "";
        }
        const content = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
        const r = await addMatterAttachment(ctx, String(req.params.matterId), {
          fileName,
          mediaType: String(req.headers["content-type"] ?? ""),
          content,
        });
        if (r.errors.length > 0) return refuse(res, r.errors[0]!.code === "NOT_FOUND" ? 404 : 422, r.errors);
        res.status(201).json({ attachment: r.value, errors: [] });
      } catch (e) {
        if (e instanceof UserErrors) return refuse(res, 422, e.errors);
        next(e);
      }
    },
    // The body parser refuses a file over the limit before reading it all.
    (err: { type?: string }, req: Request, res: Response, next: NextFunction) => {
      if (err.type !== "entity.too.large") return next(err);
      const locale = req.headers["accept-language"]?.toLowerCase().startsWith("en") ? "en" : "sv";
      refuse(res, 413, [userError(locale, "content", "ATTACHMENT_TOO_BIG", { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 })]);
    },
  );

  app.get("/files/matter-attachments/:id", async (req: Request, res: Response, next: NextFunction) => {
    try {
      const ctx = await contextFor(req, { req, res });
      const id = String(req.params.id);
      const valid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
      const [a] = valid
        ? await ctx.db
            .select({ file: matterAttachments, arenaId: matters.arenaId })
            .from(matterAttachments)
            .innerJoin(matters, eq(matters.id, matterAttachments.matterId))
            .where(eq(matterAttachments.id, id))
        : [];
      // Only the arena's kansli, beredning and bodies' members read attachments; to anyone else they do not exist.
      if (!a || (await matterAccess(ctx, { id: a.file.matterId, arenaId: a.arenaId })) !== "internal") return res.sendStatus(404);
      res.setHeader("Content-Type", a.file.mediaType);
      res.setHeader("Content-Length", String(a.file.byteSize));
      res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(a.file.fileName)}`);
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Cache-Control", "private, no-store");
      res.end(Buffer.from(a.file.content));
    } catch (e) {
      next(e);
    }
  });
}
