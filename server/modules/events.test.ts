import "reflect-metadata";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../paths.js";
import { eventDeclarations } from "../shared/events.js";
import "./events.js";

/** Source files of the server and the client, less tests and the declarations themselves. */
function sources(dir: string): string[] {
  return readdirSync(path.join(projectRoot, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.tsx?$/.test(f.name) && !/\.(test|events)\.ts$|\.d\.ts$/.test(f.name))
    .map((f) => path.relative(projectRoot, path.join(f.parentPath, f.name)));
}

describe("event kinds", () => {
  const kinds = new Set(eventDeclarations().map((d) => d.kind));
  const namespaces = new Set([...kinds].map((k) => k.slice(0, k.indexOf("."))));

  it("are each declared once, by one module", () => {
    expect(kinds.size).toBe(eventDeclarations().length);
    expect(kinds).toContain("idea.submitted");
  });

  it("are spelled only in their module's declaration, on the server and in the client", () => {
    const strays: string[] = [];
    for (const file of [...sources("server"), ...sources("client/src")]) {
      const text = readFileSync(path.join(projectRoot, file), "utf8");
      // A whole kind in quotes, or a kind built from its namespace (`referral.${step}`).
      for (const m of text.matchAll(/(["'`])([a-z_]+)\.([a-z_]+)\1|`([a-z_]+)\.\$\{/g)) {
        const [whole, , ns, rest, built] = m;
        if ((ns && kinds.has(`${ns}.${rest}`)) || (built && namespaces.has(built))) strays.push(`${file}: ${whole}`);
      }
    }
    expect(strays).toEqual([]);
  });
});
