import { z } from 'zod';
import { timeZone } from './time-zone';

export const weekDay = z.enum([
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
]);

/** A CSS colour as `#rrggbb` (`#rgb` is accepted and widened); stored lower-case. */
export const hexColor = z
  .string()
  .trim()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'Must be a hex colour such as "#0066ff"')
  .transform((text) =>
    (text.length === 4
      ? `#${[...text.slice(1)].map((digit) => digit + digit).join('')}`
      : text
    ).toLowerCase(),
  );

/** How booking pages look: `auto` follows the visitor's system setting. */
export const bookingPageTheme = z.enum(['light', 'dark', 'auto']);

/**
 * The booking pages' look (PRD 3.6 theming and white label): the brand colour of buttons and
 * selected days in the light and the dark theme, the theme, a logo shown instead of the
 * initials, and whether the "Powered by Kairos" line is hidden.
 */
export const appearanceOutput = z.object({
  brandColor: z.string().describe('#rrggbb, used on light backgrounds'),
  darkBrandColor: z.string().describe('#rrggbb, used on dark backgrounds'),
  theme: bookingPageTheme,
  logoUrl: z.string().nullable().describe('An http(s) image URL, or null'),
  hideBranding: z.boolean(),
});

/** The authenticated user as `GET /v2/me` presents it (Cal.com's shape plus `name`). */
export const userOutput = z.object({
  id: z.number().int(),
  email: z.string(),
  username: z.string(),
  name: z.string(),
  timeZone: z.string(),
  weekStart: weekDay,
  timeFormat: z.union([z.literal(12), z.literal(24)]),
  defaultScheduleId: z.number().int().nullable(),
  organizationId: z.null(),
  brandColor: appearanceOutput.shape.brandColor,
  darkBrandColor: appearanceOutput.shape.darkBrandColor,
  theme: appearanceOutput.shape.theme,
  logoUrl: appearanceOutput.shape.logoUrl,
  hideBranding: appearanceOutput.shape.hideBranding,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const updateMeInput = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  timeZone: timeZone.optional(),
  weekStart: weekDay.optional(),
  timeFormat: z.union([z.literal(12), z.literal(24)]).optional(),
  brandColor: hexColor.optional(),
  darkBrandColor: hexColor.optional(),
  theme: bookingPageTheme.optional(),
  logoUrl: z
    .url({ protocol: /^https?$/, error: 'Must be an http or https URL' })
    .max(2048)
    .nullable()
    .optional()
    .describe('null removes the logo'),
  hideBranding: z.boolean().optional(),
});

export type UserOutput = z.infer<typeof userOutput>;
export type AppearanceOutput = z.infer<typeof appearanceOutput>;
export type BookingPageTheme = z.infer<typeof bookingPageTheme>;
