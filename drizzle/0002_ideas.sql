CREATE TABLE "comment_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"comment_id" uuid NOT NULL,
	"reporter_id" uuid NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idea_id" uuid NOT NULL,
	"thread" text NOT NULL,
	"author_id" uuid NOT NULL,
	"parent_id" uuid,
	"body" text NOT NULL,
	"report_count" integer DEFAULT 0 NOT NULL,
	"hidden_at" timestamp with time zone,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "follows" (
	"user_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follows_user_id_idea_id_pk" PRIMARY KEY("user_id","idea_id")
);
--> statement-breakpoint
CREATE TABLE "idea_agenda2030_goals" (
	"idea_id" uuid NOT NULL,
	"goal_number" integer NOT NULL,
	CONSTRAINT "idea_agenda2030_goals_idea_id_goal_number_pk" PRIMARY KEY("idea_id","goal_number")
);
--> statement-breakpoint
CREATE TABLE "idea_co_bearers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idea_id" uuid NOT NULL,
	"email" text NOT NULL,
	"user_id" uuid,
	"status" text DEFAULT 'invited' NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "idea_focus_areas" (
	"idea_id" uuid NOT NULL,
	"focus_area_id" uuid NOT NULL,
	CONSTRAINT "idea_focus_areas_idea_id_focus_area_id_pk" PRIMARY KEY("idea_id","focus_area_id")
);
--> statement-breakpoint
CREATE TABLE "idea_goals" (
	"idea_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "idea_goals_idea_id_goal_id_pk" PRIMARY KEY("idea_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "idea_health_target_areas" (
	"idea_id" uuid NOT NULL,
	"area_number" integer NOT NULL,
	CONSTRAINT "idea_health_target_areas_idea_id_area_number_pk" PRIMARY KEY("idea_id","area_number")
);
--> statement-breakpoint
CREATE TABLE "idea_places" (
	"idea_id" uuid NOT NULL,
	"county_part_id" uuid,
	"organisation_id" uuid,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arena_id" uuid NOT NULL,
	"bearer_id" uuid NOT NULL,
	"client_key" text NOT NULL,
	"stage" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"need" text DEFAULT '' NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"solution" text DEFAULT '' NOT NULL,
	"expected_benefit" text DEFAULT '' NOT NULL,
	"tried_before" text DEFAULT '' NOT NULL,
	"organisation_name" text DEFAULT '' NOT NULL,
	"sector" text NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"consent_to_contact" boolean DEFAULT false NOT NULL,
	"public_notice_accepted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"hear_back_by" timestamp with time zone,
	"merged_into_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('swedish', coalesce("title", '')), 'A') || setweight(to_tsvector('swedish', coalesce("summary", '')), 'B') || setweight(to_tsvector('swedish', coalesce("need", '') || ' ' || coalesce("target_group", '') || ' ' || coalesce("solution", '') || ' ' || coalesce("expected_benefit", '')), 'C')) STORED
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"arena_id" uuid,
	"kind" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_agenda2030_goals" ADD CONSTRAINT "idea_agenda2030_goals_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_agenda2030_goals" ADD CONSTRAINT "idea_agenda2030_goals_goal_number_agenda2030_goals_number_fk" FOREIGN KEY ("goal_number") REFERENCES "public"."agenda2030_goals"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_co_bearers" ADD CONSTRAINT "idea_co_bearers_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_co_bearers" ADD CONSTRAINT "idea_co_bearers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_co_bearers" ADD CONSTRAINT "idea_co_bearers_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_focus_areas" ADD CONSTRAINT "idea_focus_areas_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_focus_areas" ADD CONSTRAINT "idea_focus_areas_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_goals" ADD CONSTRAINT "idea_goals_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_goals" ADD CONSTRAINT "idea_goals_goal_id_strategic_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."strategic_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_health_target_areas" ADD CONSTRAINT "idea_health_target_areas_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_health_target_areas" ADD CONSTRAINT "idea_health_target_areas_area_number_public_health_target_areas_number_fk" FOREIGN KEY ("area_number") REFERENCES "public"."public_health_target_areas"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_places" ADD CONSTRAINT "idea_places_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_places" ADD CONSTRAINT "idea_places_county_part_id_county_parts_id_fk" FOREIGN KEY ("county_part_id") REFERENCES "public"."county_parts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_places" ADD CONSTRAINT "idea_places_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_arena_id_arenas_id_fk" FOREIGN KEY ("arena_id") REFERENCES "public"."arenas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_bearer_id_users_id_fk" FOREIGN KEY ("bearer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_arena_id_arenas_id_fk" FOREIGN KEY ("arena_id") REFERENCES "public"."arenas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "comment_reports_once" ON "comment_reports" USING btree ("comment_id","reporter_id");--> statement-breakpoint
CREATE INDEX "comments_idea_thread" ON "comments" USING btree ("idea_id","thread","created_at");--> statement-breakpoint
CREATE INDEX "comments_parent" ON "comments" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "follows_idea" ON "follows" USING btree ("idea_id");--> statement-breakpoint
CREATE UNIQUE INDEX "idea_co_bearers_idea_email" ON "idea_co_bearers" USING btree ("idea_id",lower("email"));--> statement-breakpoint
CREATE INDEX "idea_co_bearers_user" ON "idea_co_bearers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idea_goals_goal" ON "idea_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "idea_places_idea" ON "idea_places" USING btree ("idea_id");--> statement-breakpoint
CREATE INDEX "idea_places_org" ON "idea_places" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ideas_bearer_client_key" ON "ideas" USING btree ("bearer_id","client_key");--> statement-breakpoint
CREATE INDEX "ideas_arena_stage" ON "ideas" USING btree ("arena_id","stage","submitted_at");--> statement-breakpoint
CREATE INDEX "ideas_bearer" ON "ideas" USING btree ("bearer_id","updated_at");--> statement-breakpoint
CREATE INDEX "ideas_search" ON "ideas" USING gin ("search");--> statement-breakpoint
CREATE INDEX "ideas_title_trgm" ON "ideas" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "notifications_user" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_unsent" ON "outbox" USING btree ("sent_at","created_at");