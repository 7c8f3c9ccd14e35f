import type { BookingField, FieldError } from '@kairos/contracts';

/** Answers the booking form already takes from elsewhere in the body (attendee, guests...). */
const BUILT_IN_ANSWERS = new Set(['name', 'email', 'location', 'guests', 'notes', 'title']);
const E164 = /^\+[1-9]\d{6,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_TEXT = 10_000;

type CustomField = Extract<BookingField, { label: string; required: boolean }>;

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

const isUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const stringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Why an answer does not fit its field, or undefined when it does. */
function answerProblem(field: CustomField, value: unknown): string | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'address':
      return typeof value === 'string' && value.length <= MAX_TEXT ? undefined : 'Must be text';
    case 'phone':
      return typeof value === 'string' && E164.test(value) ? undefined : 'Must be an E.164 number';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'Must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'Must be true or false';
    case 'url':
      return typeof value === 'string' && isUrl(value) ? undefined : 'Must be an http(s) URL';
    case 'multiemail':
      return stringList(value) && value.every((item) => EMAIL.test(item))
        ? undefined
        : 'Must be a list of email addresses';
    case 'select':
    case 'radio':
      return typeof value === 'string' && field.options.includes(value)
        ? undefined
        : `Must be one of: ${field.options.join(', ')}`;
    case 'multiselect':
    case 'checkbox':
      return stringList(value) && value.every((item) => field.options.includes(item))
        ? undefined
        : `Must be a list of: ${field.options.join(', ')}`;
  }
}

const isCustom = (field: BookingField): field is CustomField =>
  'label' in field && 'required' in field && field.type !== undefined;

/** Built-in text fields addressed by slug that the event type made required. */
function builtInProblems(fields: BookingField[], answers: Record<string, unknown>): FieldError[] {
  return fields
    .filter((field) => !isCustom(field) && 'slug' in field && field.slug !== 'location')
    .filter(
      (field) => 'required' in field && field.required && !('hidden' in field && field.hidden),
    )
    .filter((field) => 'slug' in field && isEmpty(answers[field.slug]))
    .map((field) => ({
      field: `bookingFieldsResponses.${'slug' in field ? field.slug : ''}`,
      message: 'Required',
    }));
}

/**
 * Checks the answers against the event type's booking form: required fields answered, each
 * answer of its field's type, choices among the options, no answers to fields that do not exist.
 * `answers` already holds the built-in answers (name, email, notes, guests) from the body.
 */
export function validateBookingFields(
  stored: unknown[],
  answers: Record<string, unknown>,
): FieldError[] {
  const fields = stored as BookingField[];
  const custom = fields.filter(isCustom);
  const errors: FieldError[] = builtInProblems(fields, answers);
  for (const field of custom) {
    const value = answers[field.slug];
    const path = `bookingFieldsResponses.${field.slug}`;
    if (isEmpty(value)) {
      if (field.required && !field.hidden) errors.push({ field: path, message: 'Required' });
      continue;
    }
    const problem = answerProblem(field, value);
    if (problem) errors.push({ field: path, message: problem });
  }
  const known = new Set([...BUILT_IN_ANSWERS, 'rescheduleReason', ...custom.map((f) => f.slug)]);
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) {
      errors.push({
        field: `bookingFieldsResponses.${key}`,
        message: 'The booking form has no such field',
      });
    }
  }
  return errors;
}
