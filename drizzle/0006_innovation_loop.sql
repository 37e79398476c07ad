CREATE TABLE "cycle_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"series_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"baseline" double precision,
	"target" double precision,
	"direction" text DEFAULT 'higher' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cycle_municipalities" (
	"cycle_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "cycle_municipalities_cycle_id_organisation_id_pk" PRIMARY KEY("cycle_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"value" double precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "test_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idea_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"previous_cycle_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"hypothesis" text DEFAULT '' NOT NULL,
	"aim" text DEFAULT '' NOT NULL,
	"site" text DEFAULT '' NOT NULL,
	"host_organisation" text DEFAULT '' NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"planned_participants" integer,
	"starts_on" date,
	"ends_on" date,
	"started_at" timestamp with time zone,
	"participants_reached" integer,
	"observations" text DEFAULT '' NOT NULL,
	"studied_at" timestamp with time zone,
	"decision" text,
	"decision_rationale" text DEFAULT '' NOT NULL,
	"learnings" text DEFAULT '' NOT NULL,
	"bearer_agreement" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "test_cycles_idea_number" UNIQUE("idea_id","number")
);
--> statement-breakpoint
CREATE TABLE "access_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idea_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"response" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"author_id" uuid,
	"method" text NOT NULL,
	"data_sources" text DEFAULT '' NOT NULL,
	"findings" text NOT NULL,
	"confidence" text NOT NULL,
	"ethics_notes" text DEFAULT '' NOT NULL,
	"shared_with_bearers_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_agenda2030_goals" (
	"learning_id" uuid NOT NULL,
	"goal_number" integer NOT NULL,
	CONSTRAINT "learning_agenda2030_goals_learning_id_goal_number_pk" PRIMARY KEY("learning_id","goal_number")
);
--> statement-breakpoint
CREATE TABLE "learning_goals" (
	"learning_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "learning_goals_learning_id_goal_id_pk" PRIMARY KEY("learning_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "learnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arena_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"cycle_id" uuid,
	"outcome" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('swedish', coalesce("title", '')), 'A') || setweight(to_tsvector('swedish', coalesce("body", '')), 'B') || setweight(to_tsvector('swedish', coalesce("target_group", '')), 'C')) STORED
);
--> statement-breakpoint
CREATE TABLE "idea_scale_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idea_id" uuid NOT NULL,
	"step" integer NOT NULL,
	"evidence" text NOT NULL,
	"cycle_id" uuid,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality_adoptions" (
	"idea_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipality_adoptions_idea_id_organisation_id_pk" PRIMARY KEY("idea_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "cycle_measures" ADD CONSTRAINT "cycle_measures_cycle_id_test_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."test_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_municipalities" ADD CONSTRAINT "cycle_municipalities_cycle_id_test_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."test_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_municipalities" ADD CONSTRAINT "cycle_municipalities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_measure_id_cycle_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."cycle_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_cycles" ADD CONSTRAINT "test_cycles_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_cycles" ADD CONSTRAINT "test_cycles_previous_cycle_id_test_cycles_id_fk" FOREIGN KEY ("previous_cycle_id") REFERENCES "public"."test_cycles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_cycles" ADD CONSTRAINT "test_cycles_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_cycles" ADD CONSTRAINT "test_cycles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_cycle_id_test_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."test_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_agenda2030_goals" ADD CONSTRAINT "learning_agenda2030_goals_learning_id_learnings_id_fk" FOREIGN KEY ("learning_id") REFERENCES "public"."learnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_agenda2030_goals" ADD CONSTRAINT "learning_agenda2030_goals_goal_number_agenda2030_goals_number_fk" FOREIGN KEY ("goal_number") REFERENCES "public"."agenda2030_goals"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_goals" ADD CONSTRAINT "learning_goals_learning_id_learnings_id_fk" FOREIGN KEY ("learning_id") REFERENCES "public"."learnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_goals" ADD CONSTRAINT "learning_goals_goal_id_strategic_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."strategic_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learnings" ADD CONSTRAINT "learnings_arena_id_arenas_id_fk" FOREIGN KEY ("arena_id") REFERENCES "public"."arenas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learnings" ADD CONSTRAINT "learnings_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learnings" ADD CONSTRAINT "learnings_cycle_id_test_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."test_cycles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learnings" ADD CONSTRAINT "learnings_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learnings" ADD CONSTRAINT "learnings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_scale_steps" ADD CONSTRAINT "idea_scale_steps_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_scale_steps" ADD CONSTRAINT "idea_scale_steps_step_scale_up_steps_step_fk" FOREIGN KEY ("step") REFERENCES "public"."scale_up_steps"("step") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_scale_steps" ADD CONSTRAINT "idea_scale_steps_cycle_id_test_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."test_cycles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_scale_steps" ADD CONSTRAINT "idea_scale_steps_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_adoptions" ADD CONSTRAINT "municipality_adoptions_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_adoptions" ADD CONSTRAINT "municipality_adoptions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_adoptions" ADD CONSTRAINT "municipality_adoptions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cycle_measures_cycle" ON "cycle_measures" USING btree ("cycle_id","position");--> statement-breakpoint
CREATE INDEX "cycle_measures_series" ON "cycle_measures" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "cycle_municipalities_org" ON "cycle_municipalities" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "measurements_measure" ON "measurements" USING btree ("measure_id","measured_on");--> statement-breakpoint
CREATE INDEX "test_cycles_status" ON "test_cycles" USING btree ("status","starts_on");--> statement-breakpoint
CREATE INDEX "test_cycles_previous" ON "test_cycles" USING btree ("previous_cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "access_requests_idea_requester" ON "access_requests" USING btree ("idea_id","requester_id");--> statement-breakpoint
CREATE INDEX "access_requests_requester" ON "access_requests" USING btree ("requester_id");--> statement-breakpoint
CREATE INDEX "evaluations_cycle" ON "evaluations" USING btree ("cycle_id","created_at");--> statement-breakpoint
CREATE INDEX "evaluations_author" ON "evaluations" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "learning_agenda_goal" ON "learning_agenda2030_goals" USING btree ("goal_number");--> statement-breakpoint
CREATE INDEX "learning_goals_goal" ON "learning_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "learnings_cycle" ON "learnings" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "learnings_arena" ON "learnings" USING btree ("arena_id","created_at");--> statement-breakpoint
CREATE INDEX "learnings_published" ON "learnings" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "learnings_idea" ON "learnings" USING btree ("idea_id");--> statement-breakpoint
CREATE INDEX "learnings_search" ON "learnings" USING gin ("search");--> statement-breakpoint
CREATE INDEX "idea_scale_steps_idea" ON "idea_scale_steps" USING btree ("idea_id","recorded_at");--> statement-breakpoint
CREATE INDEX "municipality_adoptions_org" ON "municipality_adoptions" USING btree ("organisation_id");