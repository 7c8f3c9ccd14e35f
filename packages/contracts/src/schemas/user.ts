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

/**
 * First path segments Kairos serves itself (the API, the dashboard, the booking pages' own
 * routes): never a username, or that user's booking page could not be reached.
 */
export const RESERVED_USERNAMES: ReadonlySet<string> = new Set([
  'v2',
  'api',
  'embed',
  'assets',
  'docs',
  'health',
  'ready',
  'team',
  'booking',
  'reschedule',
  'forms',
  'router',
  'login',
  'signup',
  'reset-password',
  'dashboard',
]);

/** A username as accounts are made and changed: the booking link's first segment. */
export const usernameInput = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, {
    message: 'Use lowercase letters, digits, "-" and "_" (max 63)',
  })
  .refine((name) => !RESERVED_USERNAMES.has(name), {
    message: 'This name is reserved for Kairos itself',
  })
  .describe('The booking link: /{username}/{event slug}');

/** An account's email address. */
export const emailInput = z
  .string()
  .trim()
  .max(320)
  .pipe(z.email({ message: 'Invalid email address' }));

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
  email: emailInput.optional(),
  username: usernameInput.optional(),
  defaultScheduleId: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('One of your schedules: what event types without their own schedule use'),
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

export type UpdateMeInput = z.output<typeof updateMeInput>;
export type UserOutput = z.infer<typeof userOutput>;
export type AppearanceOutput = z.infer<typeof appearanceOutput>;
export type BookingPageTheme = z.infer<typeof bookingPageTheme>;
