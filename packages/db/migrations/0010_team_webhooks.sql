-- Team webhooks (issue 6): /v2/teams/{teamId}/webhooks. The team_id column came with 0005;
-- here it gets its foreign key (deleting a team deletes its webhooks and their delivery log),
-- one subscriber URL per team, and an index for the relay's lookup by team.
DELETE FROM "webhooks" WHERE "team_id" IS NOT NULL AND "team_id" NOT IN (SELECT "id" FROM "teams");
--> statement-breakpoint
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE;
--> statement-breakpoint
-- A webhook belongs to one scope: a team's is not also an event type's.
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_one_scope_check" CHECK ("team_id" IS NULL OR "event_type_id" IS NULL);
--> statement-breakpoint
CREATE UNIQUE INDEX "webhooks_team_url_key" ON "webhooks" USING btree ("team_id", "subscriber_url") WHERE "team_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "webhooks_team_idx" ON "webhooks" USING btree ("team_id", "created_at") WHERE "team_id" IS NOT NULL;
