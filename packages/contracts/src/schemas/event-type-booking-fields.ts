import { z } from 'zod';

/**
 * The booking form, as Cal.com's API v2 (2024-06-14) writes it. Built-in fields are addressed by
 * `type` (name, splitName, email) or by `slug` (title, location, notes, guests, rescheduleReason);
 * custom fields carry `type`, `slug`, `label` and `required`.
 */

const label = z.string().trim().min(1).max(200);
const placeholder = z.string().max(200);
const disableOnPrefill = z
  .boolean()
  .describe('Lock the field when the booking URL prefills it (?<slug>=value)');
const hidden = z.boolean().describe('Kept in settings but not shown in the booking form');

/** The slugs of built-in fields; custom fields may not take them. */
export const builtInFieldSlugs = [
  'name',
  'email',
  'title',
  'location',
  'notes',
  'guests',
  'rescheduleReason',
] as const;

const byType = [
  z.object({
    type: z.literal('name'),
    label: label.optional(),
    placeholder: placeholder.optional(),
    disableOnPrefill: disableOnPrefill.optional(),
  }),
  z.object({
    type: z.literal('splitName'),
    firstNameLabel: label.optional(),
    firstNamePlaceholder: placeholder.optional(),
    lastNameLabel: label.optional(),
    lastNamePlaceholder: placeholder.optional(),
    lastNameRequired: z.boolean().optional(),
    disableOnPrefill: disableOnPrefill.optional(),
  }),
  z.object({
    type: z.literal('email'),
    label: label.optional(),
    placeholder: placeholder.optional(),
    // Phone-only booking (email optional) is for organization team event types in Cal.com.
    required: z.literal(true, 'The email field is always required').optional(),
    hidden: z.literal(false, 'The email field is always shown').optional(),
    disableOnPrefill: disableOnPrefill.optional(),
  }),
] as const;

const noType = { type: z.undefined('Built-in fields addressed by slug take no type').optional() };
const textDefault = {
  ...noType,
  required: z.boolean().optional(),
  hidden: hidden.optional(),
  label: label.optional(),
  placeholder: placeholder.optional(),
  disableOnPrefill: disableOnPrefill.optional(),
};

const bySlug = z.discriminatedUnion('slug', [
  z.object({ slug: z.literal('title'), ...textDefault }),
  z.object({ slug: z.literal('location'), ...noType, label: label.optional() }),
  z.object({ slug: z.literal('notes'), ...textDefault }),
  z.object({ slug: z.literal('guests'), ...textDefault }),
  z.object({ slug: z.literal('rescheduleReason'), ...textDefault }),
]);

const custom = {
  slug: z
    .string()
    .regex(
      /^[a-zA-Z][a-zA-Z0-9_-]{0,62}$/,
      'Use letters, digits, "-" and "_", starting with a letter',
    )
    .describe('Key of the answer in bookingFieldsResponses'),
  label,
  required: z.boolean(),
  placeholder: placeholder.optional(),
  hidden: hidden.optional(),
  disableOnPrefill: disableOnPrefill.optional(),
};

const options = z
  .array(z.string().trim().min(1).max(200), 'Give the options to choose from')
  .min(1, 'Give at least one option')
  .max(100);

const plainTypes = [
  'phone',
  'address',
  'text',
  'number',
  'textarea',
  'multiemail',
  'boolean',
  'url',
] as const;
const choiceTypes = ['select', 'multiselect', 'checkbox', 'radio'] as const;

/** One field of the booking form. */
export const bookingField = z.discriminatedUnion('type', [
  ...byType,
  ...plainTypes.map((type) => z.object({ type: z.literal(type), ...custom })),
  ...choiceTypes.map((type) => z.object({ type: z.literal(type), ...custom, options })),
  bySlug,
]);

export type BookingField = z.output<typeof bookingField>;

/** The key a field's answer is stored under (splitName answers as `name`). */
function answerKey(field: BookingField): { key: string; isCustom: boolean } {
  if (field.type === 'name' || field.type === 'splitName') return { key: 'name', isCustom: false };
  if (field.type === 'email') return { key: 'email', isCustom: false };
  return { key: field.slug, isCustom: field.type !== undefined };
}

/**
 * The booking form's fields; slugs unique, custom ones apart from the built-in slugs. An empty
 * list means Cal.com's default form (name, email, location, title, notes, guests, reschedule
 * reason).
 */
export const bookingFields = z
  .array(bookingField)
  .max(100)
  .superRefine((fields, ctx) => {
    const seen = new Set<string>();
    fields.forEach((field, index) => {
      const { key, isCustom } = answerKey(field);
      const path = [index, 'slug' in field ? 'slug' : 'type'];
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path, message: `Duplicate field "${key}"` });
      } else if (isCustom && (builtInFieldSlugs as readonly string[]).includes(key)) {
        ctx.addIssue({ code: 'custom', path, message: `"${key}" is a built-in field's slug` });
      }
      seen.add(key);
    });
  });
