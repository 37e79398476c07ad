import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompress, constants } from "node:zlib";
import { promisify } from "node:util";
import react from "@vitejs/plugin-react";
import { type Plugin, defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const brotli = promisify(brotliCompress);

/**
 * Writes a brotli copy (best quality, too slow to do per request) beside each script and
 * stylesheet; the server sends it to browsers that accept br. About a sixth smaller than the
 * per-request compression, which matters most for a phone's first visit.
 */
function precompress(): Plugin {
  return {
    name: "arena:precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const dir = options.dir ?? path.join(root, "dist");
      await Promise.all(
        Object.keys(bundle)
          .filter((file) => /\.(js|css)$/.test(file))
          .map(async (file) => {
            const source = await readFile(path.join(dir, file));
            const compressed = await brotli(source, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
            });
            if (compressed.length < source.length) await writeFile(path.join(dir, `${file}.br`), compressed);
          }),
      );
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // dist/.vite/manifest.json: the server reads it to name a route's chunks in the document (server/route-preload.ts).
    manifest: true,
    // Maps for operators, not published: no sourceMappingURL in the bundles, and the server does not serve .map files.
    sourcemap: "hidden",
    rollupOptions: {
      output: {
        // One chunk for the libraries every page starts with: a phone on a slow network pays a
        // round trip for each request beyond the browser's six connections, and Rolldown would
        // otherwise put each library the entry shares with a page in a file of its own. (The
        // app's own shared parts stay as they are: their styles must follow app.css.)
        codeSplitting: {
          groups: [
            {
              name: "vendor",
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|i18next|react-i18next|urql|@urql[\\/]core|@urql[\\/]exchange-graphcache|wonka|@0no-co[\\/]graphql\.web|gql\.tada)[\\/]/,
            },
          ],
        },
        // A feature's strings are named after it (strings-ideas-<hash>.js), not all "i18n.sv":
        // the network panel, and the browser tests, can tell which a page loaded.
        chunkFileNames: (chunk) => {
          const feature = /\/features\/([^/]+)\/i18n\.sv\.ts$/.exec(chunk.facadeModuleId ?? "")?.[1];
          return feature ? `assets/strings-${feature}-[hash].js` : "assets/[name]-[hash].js";
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      // The server checks that a WebSocket's Origin matches its Host, so the Host header
      // must stay the dev server's own (no changeOrigin).
      "/graphql": { target: "http://localhost:4000", ws: true },
      // Matters' attachments, uploaded and downloaded beside /graphql.
      "/files": { target: "http://localhost:4000" },
      // Open-data zips; /open-data itself is the client's page.
      "^/open-data/.+\\.zip$": { target: "http://localhost:4000" },
    },
  },
  preview: {
    proxy: {
      "/graphql": { target: "http://localhost:4000", ws: true },
      "/files": { target: "http://localhost:4000" },
    },
  },
});
