CREATE TABLE "indicator_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sender" text DEFAULT '' NOT NULL,
	"data_kind" text DEFAULT 'register' NOT NULL,
	"validated_questions" boolean,
	"population" text DEFAULT '' NOT NULL,
	"sampling" text DEFAULT 'total' NOT NULL,
	"response_rate" double precision,
	"weighted" boolean DEFAULT false NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_series_name" UNIQUE("indicator_id","name"),
	CONSTRAINT "indicator_series_response_rate" CHECK ("indicator_series"."response_rate" is null or "indicator_series"."response_rate" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"period" integer NOT NULL,
	"breakdown" text DEFAULT 'total' NOT NULL,
	"breakdown_label" text DEFAULT '' NOT NULL,
	"value" double precision NOT NULL,
	"n" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_values_key" UNIQUE("series_id","area_code","period","breakdown","breakdown_label"),
	CONSTRAINT "indicator_values_n" CHECK ("indicator_values"."n" is null or "indicator_values"."n" >= 0)
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arena_id" uuid NOT NULL,
	"key" text NOT NULL,
	"title_sv" text NOT NULL,
	"title_en" text NOT NULL,
	"description_sv" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"direction" text DEFAULT 'neutral' NOT NULL,
	"source" text DEFAULT 'own' NOT NULL,
	"source_ref" text DEFAULT '' NOT NULL,
	"level" text DEFAULT 'municipality' NOT NULL,
	"skr_number" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_arena_key" UNIQUE("arena_id","key")
);
--> statement-breakpoint
CREATE TABLE "activity_indicators" (
	"activity_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	CONSTRAINT "activity_indicators_activity_id_indicator_id_pk" PRIMARY KEY("activity_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "activity_origins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"idea_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_origins_target" UNIQUE("activity_id","kind","target_id")
);
--> statement-breakpoint
CREATE TABLE "activity_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"status" text NOT NULL,
	"progress" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_updates_progress" CHECK ("activity_updates"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "plan_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arena_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"sub_goal_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"how" text DEFAULT '' NOT NULL,
	"resources" text DEFAULT '' NOT NULL,
	"participants" text DEFAULT '' NOT NULL,
	"responsible_body_id" uuid,
	"responsible_organisation_id" uuid,
	"contact_person_id" uuid,
	"starts_on" date,
	"ends_on" date,
	"follow_up_method" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_activities_progress" CHECK ("plan_activities"."progress" between 0 and 100),
	CONSTRAINT "plan_activities_dates" CHECK ("plan_activities"."starts_on" is null or "plan_activities"."ends_on" is null or "plan_activities"."starts_on" <= "plan_activities"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "plan_sub_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arena_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"body_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"adoption_matter_id" uuid,
	"adopted_by_matter_id" uuid,
	"adopted_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_arena_year_body" UNIQUE("arena_id","year","body_id"),
	CONSTRAINT "plans_adopted_by_matter" CHECK ("plans"."status" = 'draft' or "plans"."adopted_by_matter_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "good_examples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arena_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"funding" text DEFAULT '' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insight_stage_stays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arena_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "read_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"display_prefix" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "wheel_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arena_id" uuid NOT NULL,
	"month" integer NOT NULL,
	"day" integer,
	"body_id" uuid,
	"title_sv" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"description_sv" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"audience" text DEFAULT 'kansli' NOT NULL,
	"audience_role" text,
	"remind_working_days" integer DEFAULT 10 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wheel_milestones_month" CHECK ("wheel_milestones"."month" between 1 and 12),
	CONSTRAINT "wheel_milestones_day" CHECK ("wheel_milestones"."day" is null or "wheel_milestones"."day" between 1 and 31),
	CONSTRAINT "wheel_milestones_remind" CHECK ("wheel_milestones"."remind_working_days" between 0 and 60),
	CONSTRAINT "wheel_milestones_role" CHECK (("wheel_milestones"."audience" = 'role') = ("wheel_milestones"."audience_role" is not null))
);
--> statement-breakpoint
CREATE TABLE "wheel_reminders" (
	"milestone_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recipients" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "wheel_reminders_milestone_id_year_pk" PRIMARY KEY("milestone_id","year")
);
--> statement-breakpoint
CREATE TABLE "distribution_key_shares" (
	"key_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"basis_points" integer NOT NULL,
	CONSTRAINT "distribution_key_shares_key_id_organisation_id_pk" PRIMARY KEY("key_id","organisation_id"),
	CONSTRAINT "distribution_key_shares_range" CHECK ("distribution_key_shares"."basis_points" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "distribution_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arena_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"decided_by_matter_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "distribution_keys_arena_year_version" UNIQUE("arena_id","year","version")
);
--> statement-breakpoint
CREATE TABLE "funding_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_entries_amount" CHECK ("funding_entries"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "funding_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arena_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"activity_id" uuid,
	"matter_id" uuid,
	"title" text NOT NULL,
	"total_amount" integer NOT NULL,
	"region_basis_points" integer NOT NULL,
	"region_organisation_id" uuid NOT NULL,
	"key_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_plans_amount" CHECK ("funding_plans"."total_amount" >= 0),
	CONSTRAINT "funding_plans_region" CHECK ("funding_plans"."region_basis_points" between 0 and 10000),
	CONSTRAINT "funding_plans_target" CHECK (("funding_plans"."kind" = 'activity') = ("funding_plans"."activity_id" is not null) and ("funding_plans"."kind" = 'matter') = ("funding_plans"."matter_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "funding_shares" (
	"plan_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	CONSTRAINT "funding_shares_plan_id_organisation_id_pk" PRIMARY KEY("plan_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "mail_settings" ADD COLUMN "digest_hour" integer;--> statement-breakpoint
ALTER TABLE "arenas" ADD COLUMN "county_code" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "municipality_code" text;--> statement-breakpoint
ALTER TABLE "strategic_goals" ADD COLUMN "review_on" date;--> statement-breakpoint
ALTER TABLE "support_actors" ADD COLUMN "phases" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "cycle_measures" ADD COLUMN "indicator_id" uuid;--> statement-breakpoint
ALTER TABLE "indicator_series" ADD CONSTRAINT "indicator_series_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_series_id_indicator_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."indicator_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_arena_id_arenas_id_fk" FOREIGN KEY ("arena_id") REFERENCES "public"."arenas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_skr_number_skr_indicators_number_fk" FOREIGN KEY ("skr_number") REFERENCES "public"."skr_indicators"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_indicators" ADD CONSTRAINT "activity_indicators_activity_id_plan_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."plan_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_indicators" ADD CONSTRAINT "activity_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_origins" ADD CONSTRAINT "activity_origins_activity_id_plan_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."plan_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_origins" ADD CONSTRAINT "activity_origins_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_updates" ADD CONSTRAINT "activity_updates_activity_id_plan_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."plan_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_updates" ADD CONSTRAINT "activity_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_arena_id_arenas_id_fk" FOREIGN KEY ("arena_id") REFERENCES "public"."arenas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_goal_id_strategic_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."strategic_goals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_sub_goal_id_plan_sub_goals_id_fk" FOREIGN KEY ("sub_goal_id") REFERENCES "public"."plan_sub_goals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_responsible_body_id_bodies_id_fk" FOREIGN KEY ("responsible_body_id") REFERENCES "public"."bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_responsible_organisation_id_organisations_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_contact_person_id_users_id_fk" FOREIGN KEY ("contact_person_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_sub_goals" ADD CONSTRAINT "plan_sub_goals_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_sub_goals" ADD CONSTRAINT "plan_sub_goals_goal_id_strategic_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."strategic_goals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_arena_id_arenas_id_fk" FOREIGN KEY ("arena_id") REFERENCES "public"."arenas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_adoption_matter_id_matters_id_fk" FOREIGN KEY ("adoption_matter_id") REFERENCES "public"."matters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_adopted_by_matter_id_matters_id_fk" FOREIGN KEY ("adopted_by_matter_id") REFERENCES "public"."matters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_arena_id_arenas_id_fk" FOREIGN KEY ("arena_id") REFERENCES "public"."arenas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_stage_stays" ADD CONSTRAINT "insight_stage_stays_arena_id_arenas_id_fk" FOREIGN KEY ("arena_id") REFERENCES "public"."arenas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_stage_stays" ADD CONSTRAINT "insight_stage_stays_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "read_tokens" ADD CONSTRAINT "read_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_milestones" ADD CONSTRAINT "wheel_milestones_arena_id_arenas_id_fk" FOREIGN KEY ("arena_id") REFERENCES "public"."arenas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_milestones" ADD CONSTRAINT "wheel_milestones_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_milestones" ADD CONSTRAINT "wheel_milestones_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_reminders" ADD CONSTRAINT "wheel_reminders_milestone_id_wheel_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."wheel_milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_key_shares" ADD CONSTRAINT "distribution_key_shares_key_id_distribution_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."distribution_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_key_shares" ADD CONSTRAINT "distribution_key_shares_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_keys" ADD CONSTRAINT "distribution_keys_arena_id_arenas_id_fk" FOREIGN KEY ("arena_id") REFERENCES "public"."arenas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_keys" ADD CONSTRAINT "distribution_keys_decided_by_matter_id_matters_id_fk" FOREIGN KEY ("decided_by_matter_id") REFERENCES "public"."matters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_keys" ADD CONSTRAINT "distribution_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_entries" ADD CONSTRAINT "funding_entries_plan_id_funding_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."funding_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_entries" ADD CONSTRAINT "funding_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_entries" ADD CONSTRAINT "funding_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_plans" ADD CONSTRAINT "funding_plans_arena_id_arenas_id_fk" FOREIGN KEY ("arena_id") REFERENCES "public"."arenas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_plans" ADD CONSTRAINT "funding_plans_activity_id_plan_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."plan_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_plans" ADD CONSTRAINT "funding_plans_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_plans" ADD CONSTRAINT "funding_plans_region_organisation_id_organisations_id_fk" FOREIGN KEY ("region_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_plans" ADD CONSTRAINT "funding_plans_key_id_distribution_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."distribution_keys"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_plans" ADD CONSTRAINT "funding_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_shares" ADD CONSTRAINT "funding_shares_plan_id_funding_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."funding_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_shares" ADD CONSTRAINT "funding_shares_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_values_area" ON "indicator_values" USING btree ("area_code","period");--> statement-breakpoint
CREATE INDEX "indicators_skr" ON "indicators" USING btree ("skr_number");--> statement-breakpoint
CREATE INDEX "activity_indicators_indicator" ON "activity_indicators" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "activity_origins_idea" ON "activity_origins" USING btree ("idea_id");--> statement-breakpoint
CREATE INDEX "activity_origins_target_id" ON "activity_origins" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "activity_updates_activity" ON "activity_updates" USING btree ("activity_id","reported_on");--> statement-breakpoint
CREATE INDEX "plan_activities_plan" ON "plan_activities" USING btree ("plan_id","goal_id","sort");--> statement-breakpoint
CREATE INDEX "plan_activities_arena_goal" ON "plan_activities" USING btree ("arena_id","goal_id");--> statement-breakpoint
CREATE INDEX "plan_activities_contact" ON "plan_activities" USING btree ("contact_person_id");--> statement-breakpoint
CREATE INDEX "plan_sub_goals_plan" ON "plan_sub_goals" USING btree ("plan_id","goal_id");--> statement-breakpoint
CREATE INDEX "plans_arena_year" ON "plans" USING btree ("arena_id","year");--> statement-breakpoint
CREATE INDEX "good_examples_municipality" ON "good_examples" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "insight_stage_stays_arena" ON "insight_stage_stays" USING btree ("arena_id","stage","entered_at","idea_id","left_at");--> statement-breakpoint
CREATE INDEX "insight_stage_stays_idea" ON "insight_stage_stays" USING btree ("idea_id","left_at");--> statement-breakpoint
CREATE UNIQUE INDEX "read_tokens_hash" ON "read_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "read_tokens_user" ON "read_tokens" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "wheel_milestones_arena" ON "wheel_milestones" USING btree ("arena_id","month","day");--> statement-breakpoint
CREATE INDEX "funding_entries_plan" ON "funding_entries" USING btree ("plan_id","organisation_id");--> statement-breakpoint
CREATE INDEX "funding_plans_arena_year" ON "funding_plans" USING btree ("arena_id","year");--> statement-breakpoint
CREATE INDEX "funding_plans_activity" ON "funding_plans" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "funding_plans_matter" ON "funding_plans" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "funding_shares_organisation" ON "funding_shares" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "cycle_measures" ADD CONSTRAINT "cycle_measures_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ideas_insight" ON "ideas" USING btree ("arena_id","submitted_at","id","sector","stage","hear_back_by","acknowledged_at","decision_due_by","triaged_at","target_group");--> statement-breakpoint
CREATE INDEX "cycle_measures_indicator" ON "cycle_measures" USING btree ("indicator_id");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_arena_municipality_code" UNIQUE("arena_id","municipality_code");