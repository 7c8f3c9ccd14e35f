-- Delivery log retention (KAIROS_WEBHOOK_LOG_DAYS): the recurring job deletes finished
-- deliveries and old attempts oldest first, a batch at a time; these indexes find them.
CREATE INDEX "webhook_deliveries_finished_idx" ON "webhook_deliveries" USING btree ("updated_at") WHERE "status" <> 'pending';
--> statement-breakpoint
CREATE INDEX "webhook_delivery_attempts_started_idx" ON "webhook_delivery_attempts" USING btree ("started_at");
