import fs from "node:fs";
import path from "node:path";

/** One entry of Vite's build manifest (client/dist/.vite/manifest.json), as far as it is read here. */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

/**
 * The public pages whose code the server names in the document, so that the browser fetches
 * it alongside the main script instead of one round trip after it: the page's module and the
 * Swedish strings of the namespaces it reads. The paths and namespaces mirror the routes in
 * client/src/app/App.tsx; a path or namespace left out here only loses the head start.
 */
const strings = (namespace: string) => `src/features/${namespace}/i18n.sv.ts`;
const ROUTES: [RegExp, string[]][] = [
  [/^\/a\/[^/]+\/?$/, ["src/features/shell/ArenaHomePage.tsx", strings("ideas")]],
  [/^\/a\/[^/]+\/ideas\/?$/, ["src/features/ideas/IdeasPage.tsx", strings("ideas")]],
  [/^\/a\/[^/]+\/ideas\/new\/?$/, ["src/features/ideas/IdeaEditorPage.tsx", strings("ideas")]],
  [/^\/a\/[^/]+\/ideas\/[^/]+\/edit\/?$/, ["src/features/ideas/IdeaEditorPage.tsx", strings("ideas")]],
  [/^\/a\/[^/]+\/ideas\/[^/]+\/?$/, ["src/features/ideas/IdeaPage.tsx", strings("ideas"), strings("discussion")]],
];

/**
 * Reads the built index.html and the manifest once, and returns the document for a path: the
 * same index.html, with `<link rel="modulepreload">` (and a stylesheet preload) for the chunks
 * of the page the path shows that the main script does not already bring. Without a manifest
 * (an older build), every path gets index.html as it is.
 */
export function routeDocuments(clientDist: string): (pathname: string) => string {
  const html = fs.readFileSync(path.join(clientDist, "index.html"), "utf8");
  const manifestFile = path.join(clientDist, ".vite/manifest.json");
  if (!fs.existsSync(manifestFile)) return () => html;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Manifest;

  const closure = (key: string, seen = new Set<string>()) => {
    if (seen.has(key) || !manifest[key]) return seen;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) closure(imported, seen);
    return seen;
  };
  const loadedByEntry = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) closure(key, loadedByEntry);
  const entryStyles = new Set([...loadedByEntry].flatMap((key) => manifest[key]?.css ?? []));

  const byEntry = new Map<string, string>();
  const documentFor = (modules: string[]) => {
    const id = modules.join(" ");
    const cached = byEntry.get(id);
    if (cached !== undefined) return cached;
    const links: string[] = [];
    const styles = new Set<string>();
    const keys = new Set<string>();
    for (const module of modules) closure(module, keys);
    for (const key of keys) {
      const chunk = manifest[key];
      if (!chunk || loadedByEntry.has(key)) continue;
      links.push(`<link rel="modulepreload" crossorigin href="/${chunk.file}">`);
      for (const css of chunk.css ?? []) if (!entryStyles.has(css)) styles.add(css);
    }
    for (const css of styles) links.push(`<link rel="preload" as="style" crossorigin href="/${css}">`);
    const doc = links.length === 0 ? html : html.replace("</head>", `  ${links.join("\n    ")}\n  </head>`);
    byEntry.set(id, doc);
    return doc;
  };

  return (pathname) => {
    const modules = ROUTES.find(([pattern]) => pattern.test(pathname))?.[1];
    return modules && manifest[modules[0]!] ? documentFor(modules) : html;
  };
}
