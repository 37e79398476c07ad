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
ALTER TABLE "arenas" ADD COLUMN "county_code" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "municipality_code" text;--> statement-breakpoint
ALTER TABLE "cycle_measures" ADD COLUMN "indicator_id" uuid;--> statement-breakpoint
ALTER TABLE "indicator_series" ADD CONSTRAINT "indicator_series_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_series_id_indicator_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."indicator_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_values_area" ON "indicator_values" USING btree ("area_code","period");--> statement-breakpoint
ALTER TABLE "cycle_measures" ADD CONSTRAINT "cycle_measures_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cycle_measures_indicator" ON "cycle_measures" USING btree ("indicator_id");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_arena_municipality_code" UNIQUE("arena_id","municipality_code");