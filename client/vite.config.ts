import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Maps for operators, not published: no sourceMappingURL in the bundles, and the server does not serve .map files.
    sourcemap: "hidden",
  },
  server: {
    port: 5173,
    proxy: {
      // The server checks that a WebSocket's Origin matches its Host, so the Host header
      // must stay the dev server's own (no changeOrigin).
      "/graphql": { target: "http://localhost:4000", ws: true },
    },
  },
  preview: {
    proxy: {
      "/graphql": { target: "http://localhost:4000", ws: true },
    },
  },
});
