CREATE INDEX "ideas_arena_newest" ON "ideas" USING btree ("arena_id","submitted_at" DESC NULLS FIRST,"id","stage","visibility");--> statement-breakpoint
CREATE INDEX "ideas_newest" ON "ideas" USING btree ("submitted_at" DESC NULLS FIRST,"id","stage","visibility");--> statement-breakpoint
CREATE INDEX "learnings_newest" ON "learnings" USING btree ("created_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "learnings_title_trgm" ON "learnings" USING gin ("title" gin_trgm_ops);