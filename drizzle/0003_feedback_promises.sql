ALTER TABLE "arenas" ADD COLUMN "ack_working_days" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "arenas" ADD COLUMN "decision_working_days" integer DEFAULT 15 NOT NULL;