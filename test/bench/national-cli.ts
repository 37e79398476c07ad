// The national-dataset part of `npm run bench` alone (BENCH_NATIONAL_URL, optionally BENCH_ONLY=search,searchCommon,browse50,raw),
// without the demo part that run.ts measures first.
import { nationalBench } from "./national.js";

const url = process.env.BENCH_NATIONAL_URL;
if (!url) throw new Error("Set BENCH_NATIONAL_URL to a database loaded by npm run bench:dataset");
await nationalBench(url);
process.exit(0);
