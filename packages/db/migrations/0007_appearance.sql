-- PRD 3.6 theming and white label: how a user's booking pages look. Colours are #rrggbb
-- (Cal.com's defaults), theme 'auto' follows the visitor's system setting, logo_url is an
-- http(s) image shown on the pages, hide_branding removes the "Powered by Kairos" line.
ALTER TABLE "users" ADD COLUMN "brand_color" text DEFAULT '#292929' NOT NULL;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "dark_brand_color" text DEFAULT '#fafafa' NOT NULL;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "theme" text DEFAULT 'auto' NOT NULL;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "logo_url" text;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "hide_branding" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_theme_check" CHECK ("theme" IN ('light', 'dark', 'auto'));
