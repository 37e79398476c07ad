import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { MatterByNumber, RemoveMatterAttachment, must, openedMatter, pdfBytes, uploadAttachment } from "../../../test/support/matters.js";
import { MAX_ATTACHMENT_BYTES, attachmentType } from "./attachments.service.js";
import { matterAttachments } from "./matters.tables.js";

const { client, url } = useTestServer();

async function stored() {
  const { db } = await testDatabase();
  const [n] = await db.select({ n: count() }).from(matterAttachments);
  return n!.n;
}

describe("matters: attachments", () => {
  it("the kansli attaches a PDF; the arena's staff download it as an attachment, not sniffed; a bearer and a stranger get nothing", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const { coordinator, matter } = await openedMatter(client, { origin: { kind: "IDEA", id: idea.id } });
    const up = await uploadAttachment(coordinator, matter.id, "Underlag SIP-lots.pdf", "application/pdf", pdfBytes());
    expect(up.status).toBe(201);
    expect(up.attachment).toMatchObject({ fileName: "Underlag SIP-lots.pdf", mediaType: "application/pdf", byteSize: 2048 });

    const member = await client().signInAs(demo.bodyMember);
    const res = await fetch(`${url()}${up.attachment!.url}`, { headers: { cookie: member.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe("attachment; filename*=UTF-8''Underlag%20SIP-lots.pdf");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdfBytes());

    for (const who of [bearer, client(), await client().signInAs(demo.dalarnaCoordinator)]) {
      const denied = await fetch(`${url()}${up.attachment!.url}`, { headers: who.cookie ? { cookie: who.cookie } : {} });
      expect(denied.status).toBe(404);
    }
    const { matter: seen } = await coordinator.ok(MatterByNumber, { slug: "gavleborg", number: 1 });
    expect(seen!.attachments!.map((a) => a.fileName)).toEqual(["Underlag SIP-lots.pdf"]);
    expect(seen!.timeline.map((e) => e.label)).toContain("Bilaga tillagd: Underlag SIP-lots.pdf");

    const { removeMatterAttachment } = await coordinator.ok(RemoveMatterAttachment, { id: up.attachment!.id });
    must(removeMatterAttachment, "remove");
    expect(removeMatterAttachment.matter!.attachments).toEqual([]);
    expect(await stored()).toBe(0);
  });

  it("refuses a file too big, of a forbidden type, or whose content is not what its name says, and stores nothing", async () => {
    const { coordinator, matter } = await openedMatter(client);
    const tooBig = await uploadAttachment(coordinator, matter.id, "Stor.pdf", "application/pdf", pdfBytes(MAX_ATTACHMENT_BYTES + 1));
    expect(tooBig.status).toBe(413);
    expect(tooBig.errors.map((e) => e.code)).toEqual(["ATTACHMENT_TOO_BIG"]);
    expect(tooBig.errors[0]!.message).toBe("Filen är för stor. Högst 10 MB.");
    const script = await uploadAttachment(
      coordinator,
      matter.id,
      "skript.html",
      "text/html",
      new TextEncoder().encode("<script>alert(1)</script>"),
    );
    expect(script.errors.map((e) => e.code)).toEqual(["ATTACHMENT_TYPE"]);
    const disguised = await uploadAttachment(coordinator, matter.id, "rapport.pdf", "application/pdf", new TextEncoder().encode("<html>"));
    expect(disguised.errors.map((e) => e.code)).toEqual(["ATTACHMENT_TYPE"]);
    const empty = await uploadAttachment(coordinator, matter.id, "tom.pdf", "application/pdf", new Uint8Array());
    expect(empty.errors.map((e) => e.code)).toEqual(["ATTACHMENT_EMPTY"]);
    const bearer = await client().signInAs(demo.bearer);
    const byBearer = await uploadAttachment(bearer, matter.id, "Mitt.pdf", "application/pdf", pdfBytes());
    expect(byBearer.status).toBe(404);
    // Without the upload header (what a cross-site form would send), nothing is read.
    const forged = await fetch(`${url()}/files/matters/${matter.id}/attachments`, {
      method: "POST",
      headers: { "content-type": "application/pdf", "x-file-name": "a.pdf", cookie: coordinator.cookie! },
      body: pdfBytes(),
    });
    expect(forged.status).toBe(403);
    expect(await stored()).toBe(0);
  });

  it("knows office documents and images by their first bytes", () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(attachmentType("Budget.xlsx", "", zip)?.mediaType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(attachmentType("Bild.PNG", "image/png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))?.mediaType).toBe(
      "image/png",
    );
    expect(attachmentType("Bild.png", "image/jpeg", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
    const odt = new Uint8Array(100);
    odt.set(zip);
    odt.set(new TextEncoder().encode("mimetypeapplication/vnd.oasis.opendocument.text"), 30);
    expect(attachmentType("Protokoll.odt", "", odt)?.mediaType).toBe("application/vnd.oasis.opendocument.text");
    expect(attachmentType("Protokoll.odt", "", zip)).toBeNull();
    expect(attachmentType("program.exe", "application/octet-stream", new Uint8Array([0x4d, 0x5a]))).toBeNull();
  });
});
