// Every entry point loads the metadata polyfill first: type-graphql's decorators need it when their modules load.
import "reflect-metadata";
import { configFromEnv } from "../config.js";
import { openDatabase } from "../db/index.js";
import { seed } from "./seed.js";

const config = configFromEnv();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
await database.migrate();
await seed(database.db, { accounts: process.env.ARENA_SEED_ACCOUNTS !== "false" });
await database.close();
console.log(`seeded (${database.driver})`);
