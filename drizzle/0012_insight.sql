CREATE TABLE "insight_stage_stays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arena_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "insight_stage_stays" ADD CONSTRAINT "insight_stage_stays_arena_id_arenas_id_fk" FOREIGN KEY ("arena_id") REFERENCES "public"."arenas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_stage_stays" ADD CONSTRAINT "insight_stage_stays_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "insight_stage_stays_arena" ON "insight_stage_stays" USING btree ("arena_id","stage","entered_at","idea_id","left_at");--> statement-breakpoint
CREATE INDEX "insight_stage_stays_idea" ON "insight_stage_stays" USING btree ("idea_id","left_at");--> statement-breakpoint
CREATE INDEX "ideas_insight" ON "ideas" USING btree ("arena_id","submitted_at","id","sector","stage","hear_back_by","acknowledged_at","decision_due_by","triaged_at","target_group");