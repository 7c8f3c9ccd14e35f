import type { BookingField, PublicEventType } from '@kairos/contracts';
import { en } from '../i18n/en';

/**
 * The booking form as the Booker renders it, resolved from the event type's stored fields the
 * way the server reads them: name and email always; notes and guests unless hidden (guests also
 * off with disableGuests); title and rescheduleReason only when listed; custom fields in their
 * order. An empty stored list is the default form.
 */

export type FormFieldKind =
  | 'name'
  | 'splitName'
  | 'email'
  | 'title'
  | 'notes'
  | 'guests'
  | 'rescheduleReason'
  | 'phone'
  | 'address'
  | 'text'
  | 'number'
  | 'textarea'
  | 'multiemail'
  | 'boolean'
  | 'url'
  | 'select'
  | 'multiselect'
  | 'checkbox'
  | 'radio';

export interface FormField {
  kind: FormFieldKind;
  /** Key of the answer (`name`, `email`, `notes`, a custom slug…). */
  key: string;
  label: string;
  required: boolean;
  placeholder?: string | undefined;
  options?: string[] | undefined;
  disableOnPrefill: boolean;
  /** splitName only. */
  lastNameLabel?: string | undefined;
  firstNamePlaceholder?: string | undefined;
  lastNamePlaceholder?: string | undefined;
  lastNameRequired?: boolean | undefined;
}

/** A form value: text, a list (guests, multi choices), a yes/no, or first/last name. */
export type FieldValue = string | string[] | boolean | { first: string; last: string };
export type FormValues = Record<string, FieldValue>;

const CUSTOM_KINDS = new Set<string>([
  'phone',
  'address',
  'text',
  'number',
  'textarea',
  'multiemail',
  'boolean',
  'url',
  'select',
  'multiselect',
  'checkbox',
  'radio',
]);

type SlugField = Extract<BookingField, { slug: 'notes' | 'title' | 'guests' | 'rescheduleReason' }>;

function builtIn(stored: BookingField[], slug: SlugField['slug']): SlugField | undefined {
  return stored.find(
    (field): field is SlugField =>
      field.type === undefined && 'slug' in field && field.slug === slug,
  );
}

function nameField(stored: BookingField[]): FormField {
  const split = stored.find((f) => f.type === 'splitName');
  if (split?.type === 'splitName') {
    return {
      kind: 'splitName',
      key: 'name',
      label: split.firstNameLabel ?? en.form.firstName,
      lastNameLabel: split.lastNameLabel ?? en.form.lastName,
      firstNamePlaceholder: split.firstNamePlaceholder,
      lastNamePlaceholder: split.lastNamePlaceholder,
      lastNameRequired: split.lastNameRequired ?? false,
      required: true,
      disableOnPrefill: split.disableOnPrefill ?? false,
    };
  }
  const name = stored.find((f) => f.type === 'name');
  return {
    kind: 'name',
    key: 'name',
    label: (name?.type === 'name' && name.label) || en.form.name,
    placeholder: name?.type === 'name' ? name.placeholder : undefined,
    required: true,
    disableOnPrefill: (name?.type === 'name' && name.disableOnPrefill) || false,
  };
}

function emailField(stored: BookingField[]): FormField {
  const email = stored.find((f) => f.type === 'email');
  return {
    kind: 'email',
    key: 'email',
    label: (email?.type === 'email' && email.label) || en.form.email,
    placeholder: email?.type === 'email' ? email.placeholder : undefined,
    required: true,
    disableOnPrefill: (email?.type === 'email' && email.disableOnPrefill) || false,
  };
}

function slugField(
  stored: BookingField[],
  slug: SlugField['slug'],
  label: string,
  shownByDefault: boolean,
): FormField | null {
  const field = builtIn(stored, slug);
  if (field ? field.hidden : !shownByDefault) return null;
  const hasText = field && 'label' in field;
  return {
    kind: slug,
    key: slug,
    label: (hasText && field.label) || label,
    placeholder: hasText && 'placeholder' in field ? field.placeholder : undefined,
    required: (field && 'required' in field && field.required) || false,
    disableOnPrefill: (field && 'disableOnPrefill' in field && field.disableOnPrefill) || false,
  };
}

function customFields(stored: BookingField[]): FormField[] {
  return stored
    .filter((f) => f.type !== undefined && CUSTOM_KINDS.has(f.type) && 'label' in f)
    .map((f) => {
      const field = f as Extract<BookingField, { label: string; required: boolean; slug: string }>;
      return {
        kind: field.type,
        key: field.slug,
        label: field.label,
        required: field.required && !field.hidden,
        placeholder: field.placeholder,
        options: 'options' in field ? field.options : undefined,
        disableOnPrefill: field.disableOnPrefill ?? false,
        hidden: field.hidden ?? false,
      };
    })
    .filter((field) => !field.hidden);
}

/** The fields to render, in order; `rescheduling` shows the reschedule reason instead. */
export function resolveFormFields(eventType: PublicEventType, rescheduling: boolean): FormField[] {
  const stored = eventType.bookingFields as BookingField[];
  if (rescheduling) {
    const reason = slugField(stored, 'rescheduleReason', en.form.rescheduleReason, true);
    return reason ? [reason] : [];
  }
  const fields: Array<FormField | null> = [
    nameField(stored),
    emailField(stored),
    slugField(stored, 'title', en.form.title, false),
    ...customFields(stored),
    slugField(stored, 'notes', en.form.notes, true),
    eventType.disableGuests ? null : slugField(stored, 'guests', en.form.guests, true),
  ];
  return fields.filter((field): field is FormField => field !== null);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

const isUrl = (text: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};

/** "a@x.org, b@y.org" → ["a@x.org", "b@y.org"]. */
export const emailList = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter(Boolean);

function isBlank(value: FieldValue | undefined): boolean {
  if (value === undefined || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every((item) => item.trim() === '');
  if (typeof value === 'object') return value.first.trim() === '';
  return false;
}

/** Why a value does not fit its field, or null. */
function problem(field: FormField, value: FieldValue | undefined): string | null {
  if (isBlank(value)) {
    const requiredBoolean = field.kind === 'boolean' && field.required && value !== true;
    return field.required || requiredBoolean ? en.validation.required : null;
  }
  const text = typeof value === 'string' ? value.trim() : '';
  const kind = field.kind;
  if (kind === 'email') return EMAIL.test(text) ? null : en.validation.email;
  if (kind === 'phone') return E164.test(text.replace(/[\s()-]/g, '')) ? null : en.validation.phone;
  if (kind === 'number') return Number.isFinite(Number(text)) ? null : en.validation.number;
  if (kind === 'url') return isUrl(text) ? null : en.validation.url;
  if (kind === 'guests') {
    const guests = value as string[];
    return guests.every((item) => !item.trim() || EMAIL.test(item.trim()))
      ? null
      : en.validation.email;
  }
  if (kind === 'multiemail')
    return emailList(text).every((item) => EMAIL.test(item)) ? null : en.validation.email;
  if (kind === 'splitName') {
    const name = value as { first: string; last: string };
    return field.lastNameRequired && !name.last.trim() ? en.validation.required : null;
  }
  if (kind === 'select' || kind === 'radio')
    return field.options?.includes(text) ? null : en.validation.choice;
  return text.length > 10_000 ? en.validation.tooLong : null;
}

/** Problems by field key; empty when the form can be sent. */
export function validateForm(fields: FormField[], values: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const message = problem(field, values[field.key]);
    if (message) errors[field.key] = message;
  }
  return errors;
}

/** The answer as the API takes it (numbers as numbers, lists as lists). */
export function answerOf(field: FormField, value: FieldValue | undefined): unknown {
  if (value === undefined || isBlank(value)) return undefined;
  const kind = field.kind;
  if (kind === 'number') return Number(value);
  if (kind === 'boolean') return value === true;
  if (kind === 'phone') return (value as string).replace(/[\s()-]/g, '');
  if (kind === 'multiemail') return emailList(value as string);
  if (kind === 'guests') return (value as string[]).map((guest) => guest.trim()).filter(Boolean);
  if (kind === 'splitName') {
    const name = value as { first: string; last: string };
    return `${name.first.trim()} ${name.last.trim()}`.trim();
  }
  return typeof value === 'string' ? value.trim() : value;
}

/** Blank values for each field. */
export function emptyValue(field: FormField): FieldValue {
  const kind = field.kind;
  if (kind === 'splitName') return { first: '', last: '' };
  if (kind === 'guests' || kind === 'multiselect' || kind === 'checkbox') return [];
  if (kind === 'boolean') return false;
  return '';
}
