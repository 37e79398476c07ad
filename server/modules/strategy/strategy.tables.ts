import { relations } from "drizzle-orm";
import { date, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { arenas } from "../partnership/partnership.tables.js";
import type { SkrIndicatorGroup } from "./strategy.vocabulary.js";

/** A regional strategy (e.g. Gävleborg's welfare strategy to 2030) that ideas link to. */
export const strategies = pgTable(
  "strategies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    nameSv: text("name_sv").notNull(),
    nameEn: text("name_en").notNull(),
    overallGoalSv: text("overall_goal_sv").notNull().default(""),
    overallGoalEn: text("overall_goal_en").notNull().default(""),
    fromYear: integer("from_year").notNull(),
    toYear: integer("to_year").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("strategies_arena_key").on(t.arenaId, t.key)],
);

export const strategyAreas = pgTable(
  "strategy_areas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    strategyId: uuid("strategy_id")
      .notNull()
      .references(() => strategies.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    nameSv: text("name_sv").notNull(),
    nameEn: text("name_en").notNull(),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [unique("strategy_areas_strategy_key").on(t.strategyId, t.key)],
);

export const strategicGoals = pgTable(
  "strategic_goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    strategyId: uuid("strategy_id")
      .notNull()
      .references(() => strategies.id, { onDelete: "cascade" }),
    areaId: uuid("area_id")
      .notNull()
      .references(() => strategyAreas.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    titleSv: text("title_sv").notNull(),
    titleEn: text("title_en").notNull(),
    /** When the goal is next to be reviewed (the agreement is followed up and revised yearly); null when none is set. */
    reviewOn: date("review_on", { mode: "string" }),
  },
  (t) => [unique("strategic_goals_strategy_number").on(t.strategyId, t.number), index("strategic_goals_area").on(t.areaId)],
);

export const focusAreas = pgTable(
  "focus_areas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    strategyId: uuid("strategy_id")
      .notNull()
      .references(() => strategies.id, { onDelete: "cascade" }),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => strategicGoals.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    titleSv: text("title_sv").notNull(),
    titleEn: text("title_en").notNull(),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [unique("focus_areas_strategy_code").on(t.strategyId, t.code), index("focus_areas_goal").on(t.goalId)],
);

// Reference frameworks shared by every arena of the installation.

export const agenda2030Goals = pgTable("agenda2030_goals", {
  number: integer("number").primaryKey(),
  titleSv: text("title_sv").notNull(),
  titleEn: text("title_en").notNull(),
});

export const strategyAgenda2030Goals = pgTable(
  "strategy_agenda2030_goals",
  {
    strategyId: uuid("strategy_id")
      .notNull()
      .references(() => strategies.id, { onDelete: "cascade" }),
    goalNumber: integer("goal_number")
      .notNull()
      .references(() => agenda2030Goals.number),
  },
  (t) => [primaryKey({ columns: [t.strategyId, t.goalNumber] })],
);

export const publicHealthTargetAreas = pgTable("public_health_target_areas", {
  number: integer("number").primaryKey(),
  titleSv: text("title_sv").notNull(),
  titleEn: text("title_en").notNull(),
});

export const skrIndicators = pgTable("skr_indicators", {
  number: integer("number").primaryKey(),
  group: text("group").$type<SkrIndicatorGroup>().notNull(),
  titleSv: text("title_sv").notNull(),
  titleEn: text("title_en").notNull(),
});

export const scaleUpSteps = pgTable("scale_up_steps", {
  step: integer("step").primaryKey(),
  titleSv: text("title_sv").notNull(),
  titleEn: text("title_en").notNull(),
  descriptionSv: text("description_sv").notNull(),
  descriptionEn: text("description_en").notNull(),
});

export const strategiesRelations = relations(strategies, ({ many }) => ({
  areas: many(strategyAreas),
  agenda2030: many(strategyAgenda2030Goals),
}));
export const strategyAreasRelations = relations(strategyAreas, ({ one, many }) => ({
  strategy: one(strategies, { fields: [strategyAreas.strategyId], references: [strategies.id] }),
  goals: many(strategicGoals),
}));
export const strategicGoalsRelations = relations(strategicGoals, ({ one, many }) => ({
  area: one(strategyAreas, { fields: [strategicGoals.areaId], references: [strategyAreas.id] }),
  focusAreas: many(focusAreas),
}));
export const focusAreasRelations = relations(focusAreas, ({ one }) => ({
  goal: one(strategicGoals, { fields: [focusAreas.goalId], references: [strategicGoals.id] }),
}));
export const strategyAgenda2030GoalsRelations = relations(strategyAgenda2030Goals, ({ one }) => ({
  strategy: one(strategies, { fields: [strategyAgenda2030Goals.strategyId], references: [strategies.id] }),
  goal: one(agenda2030Goals, { fields: [strategyAgenda2030Goals.goalNumber], references: [agenda2030Goals.number] }),
}));
