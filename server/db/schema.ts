// Every table of every domain, for Drizzle's relational queries and drizzle-kit.
export * from "../modules/accounts/accounts.tables.js";
export * from "../modules/audit/audit.tables.js";
export * from "../modules/discussion/discussion.tables.js";
export * from "../modules/guidance/guidance.tables.js";
export * from "../modules/ideas/ideas.tables.js";
export * from "../modules/notifications/notifications.tables.js";
export * from "../modules/partnership/partnership.tables.js";
export * from "../modules/strategy/strategy.tables.js";
export * from "../modules/support/support.tables.js";
export * from "../modules/testing/testing.tables.js";
export * from "../modules/research/research.tables.js";
export * from "../modules/learning/learning.tables.js";
export * from "../modules/scaling/scaling.tables.js";
export * from "../modules/matters/matters.tables.js";
export * from "../auth/rate-limit.tables.js";
export * from "../auth/secrets.tables.js";
