// Every entry point loads the metadata polyfill first: type-graphql's decorators need it when their modules load.
import "reflect-metadata";
import { configFromEnv } from "../config.js";
import { openDatabase } from "./index.js";

const config = configFromEnv();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
await database.migrate();
await database.close();
console.log(`migrations applied (${database.driver})`);
