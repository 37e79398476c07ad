/* global process, console */
// `npm run test:pg` runs the same suite against PostgreSQL; it needs to know which server.
if (!process.env.DATABASE_URL) {
  console.error("test:pg needs DATABASE_URL, e.g. DATABASE_URL=postgres://arena:arena@127.0.0.1:5432/arena npm run test:pg");
  process.exit(1);
}
