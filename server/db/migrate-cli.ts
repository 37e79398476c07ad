import { configFromEnv } from "../config.js";
import { openDatabase } from "./index.js";

const config = configFromEnv();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
await database.migrate();
await database.close();
console.log(`migrations applied (${database.driver})`);
