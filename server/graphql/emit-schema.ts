// Writes schema/schema.graphql from the server's resolvers; with --check, fails when the
// committed file differs (run by `npm run check`).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { createSchema } from "./schema.js";

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql");
const printed = `# Emitted from the server by \`npm run schema\`; do not edit.\n\n${printSchema(lexicographicSortSchema(await createSchema()))}\n`;

if (process.argv.includes("--check")) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (current !== printed) {
    console.error("schema/schema.graphql is out of date: run `npm run schema` and commit the result.");
    process.exit(1);
  }
  console.log("schema/schema.graphql is up to date.");
} else {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, printed);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
