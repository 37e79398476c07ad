import { index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { arenas } from "../partnership/partnership.tables.js";
import { skrIndicators } from "../strategy/strategy.tables.js";
import type { IndicatorDirection, IndicatorLevel, IndicatorSource } from "./indicators.vocabulary.js";

/**
 * An indicator an arena follows: one of SKR's 22 (`skrNumber`) or the arena's own. Per arena, so
 * that each arena keeps its own units, sources and quality notes. Test cycles' measures and
 * action-plan activities name the indicators they move; values and their quality metadata hang
 * below (issue 15).
 */
export const indicators = pgTable(
  "indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    /** Stable, URL-safe: "skr-07", "fokus-sysselsattning". */
    key: text("key").notNull(),
    titleSv: text("title_sv").notNull(),
    titleEn: text("title_en").notNull(),
    descriptionSv: text("description_sv").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    /** "%", "antal per 1 000 invånare", "kr": shown beside every value. */
    unit: text("unit").notNull().default(""),
    direction: text("direction").$type<IndicatorDirection>().notNull().default("neutral"),
    source: text("source").$type<IndicatorSource>().notNull().default("own"),
    /** The source's own id for the figure, e.g. Kolada's "N00945". */
    sourceRef: text("source_ref").notNull().default(""),
    level: text("level").$type<IndicatorLevel>().notNull().default("municipality"),
    skrNumber: integer("skr_number").references(() => skrIndicators.number),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("indicators_arena_key").on(t.arenaId, t.key), index("indicators_skr").on(t.skrNumber)],
);
