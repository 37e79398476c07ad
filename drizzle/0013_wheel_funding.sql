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
CREATE INDEX "wheel_milestones_arena" ON "wheel_milestones" USING btree ("arena_id","month","day");--> statement-breakpoint
CREATE INDEX "funding_entries_plan" ON "funding_entries" USING btree ("plan_id","organisation_id");--> statement-breakpoint
CREATE INDEX "funding_plans_arena_year" ON "funding_plans" USING btree ("arena_id","year");--> statement-breakpoint
CREATE INDEX "funding_plans_activity" ON "funding_plans" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "funding_plans_matter" ON "funding_plans" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "funding_shares_organisation" ON "funding_shares" USING btree ("organisation_id");