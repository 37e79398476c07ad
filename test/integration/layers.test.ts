import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The floors of server/modules/README.md, enforced on the import statements of every file under
// server/modules: a module imports only from floors below its own (the ground floor may import
// within itself), and never from server/seed. Tests beside a module may read any module.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const modulesDir = path.join(root, "server/modules");

/**
 * Known imports that still go up, each with the work that removes it. The test fails when one
 * of them is gone, so that the list only shrinks.
 */
const DEBTS: { file: string; to: string; why: string }[] = [];

/** Floors from the README's ```floors block: "<n> <module> <module> …", lowest first. */
function readFloors(readme: string): Map<string, number> {
  const block = /```floors\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error("server/modules/README.md has no ```floors block");
  const floors = new Map<string, number>();
  for (const line of block[1]!.split("\n").filter((l) => l.trim() !== "")) {
    const [n, ...names] = line.trim().split(/\s+/);
    for (const name of names) floors.set(name, Number(n));
  }
  return floors;
}

/** Every import specifier of a file: static, side-effect, re-export and dynamic. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const re of [/\bfrom\s+["']([^"']+)["']/g, /\bimport\s+["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g])
    for (const m of source.matchAll(re)) found.push(m[1]!);
  return found;
}

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });

interface Violation {
  file: string;
  to: string;
  why: string;
}

/** The imports that break the floors, in files under `dir` (one folder per module). */
function violations(dir: string, floors: Map<string, number>): Violation[] {
  const ground = Math.min(...floors.values());
  // The seed beside the modules (server/seed for server/modules).
  const seedDir = path.resolve(dir, "../seed");
  const out: Violation[] = [];
  for (const file of walk(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join("/");
    const from = rel.split("/")[0]!;
    // Files beside the module folders (index.ts) compose the modules; they stand on no floor.
    if (!rel.includes("/")) continue;
    const isTest = rel.endsWith(".test.ts");
    for (const spec of importsOf(fs.readFileSync(file, "utf8"))) {
      if (!spec.startsWith(".")) continue;
      const resolved = path.resolve(path.dirname(file), spec);
      if (!path.relative(seedDir, resolved).startsWith("..")) {
        out.push({ file: rel, to: "seed", why: "modules do not import the seed" });
        continue;
      }
      const target = path.relative(dir, resolved).split(path.sep).join("/");
      // Tests check behaviour across modules (a decision files a learning); only the seed is off limits to them.
      if (target.startsWith("..") || isTest) continue;
      const to = target.split("/")[0]!;
      if (to === from || !target.includes("/")) continue;
      const a = floors.get(from);
      const b = floors.get(to);
      if (a === undefined || b === undefined) {
        out.push({ file: rel, to, why: `module ${a === undefined ? from : to} is on no floor of the README` });
        continue;
      }
      if (b < a || (a === ground && b === ground)) continue;
      out.push({
        file: rel,
        to,
        why: b === a ? `${from} and ${to} are on the same floor (${a})` : `${to} (floor ${b}) is above ${from} (floor ${a})`,
      });
    }
  }
  return out;
}

const dedupe = (list: Violation[]) => [...new Map(list.map((v) => [`${v.file} -> ${v.to}`, v])).values()];

describe("module floors", () => {
  const floors = readFloors(fs.readFileSync(path.join(modulesDir, "README.md"), "utf8"));

  it("puts every module on a floor of the README", () => {
    const modules = fs
      .readdirSync(modulesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(modules.filter((m) => !floors.has(m))).toEqual([]);
    expect([...floors.keys()].filter((m) => !modules.includes(m))).toEqual([]);
  });

  it("has no module import from a floor above or beside its own, nor from the seed", () => {
    const found = dedupe(violations(modulesDir, floors));
    const isDebt = (v: Violation) => DEBTS.some((d) => d.file === v.file && d.to === v.to);
    expect(found.filter((v) => !isDebt(v)).map((v) => `${v.file} -> ${v.to}: ${v.why}`)).toEqual([]);
    // A debt paid is struck off the list.
    expect(DEBTS.filter((d) => !found.some((v) => v.file === d.file && v.to === d.to)).map((d) => `${d.file} -> ${d.to}`)).toEqual([]);
  });

  it("catches an upward, a sideways and a seed import (the check itself can fail)", () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "layers-probe-"));
    const dir = path.join(base, "modules");
    try {
      fs.mkdirSync(path.join(dir, "ideas"), { recursive: true });
      fs.mkdirSync(path.join(dir, "guidance"));
      fs.writeFileSync(
        path.join(dir, "ideas", "probe.ts"),
        `import { x } from "../guidance/probe.js";\nimport type { Y } from "../../seed/data/types.js";\nexport const y = await import("../testing/z.js");\n`,
      );
      fs.writeFileSync(path.join(dir, "guidance", "probe.ts"), `import "../support/probe.js";\nimport { a } from "../ideas/probe.js";\n`);
      fs.writeFileSync(
        path.join(dir, "guidance", "probe.test.ts"),
        `import { b } from "../learning/x.js";\nimport { seed } from "../../seed/seed.js";\n`,
      );
      const found = violations(dir, floors).map((v) => `${v.file} -> ${v.to}`);
      expect(found.sort()).toEqual([
        "guidance/probe.test.ts -> seed",
        "guidance/probe.ts -> support",
        "ideas/probe.ts -> guidance",
        "ideas/probe.ts -> seed",
        "ideas/probe.ts -> testing",
      ]);
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});
