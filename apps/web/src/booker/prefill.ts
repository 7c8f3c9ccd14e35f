import { emptyValue, type FieldValue, type FormField, type FormValues } from './booking-fields';

/**
 * Values given in the booking link (Cal.com's prefill): `name`, `email`, `notes`, `guests` (or
 * `guest`, repeated or comma-separated), `metadata[key]`, `firstName`/`lastName`, and any field
 * by its slug (lists repeated or comma-separated, yes/no as `true`).
 */
export interface Prefill {
  values: FormValues;
  /** Keys that came from the link (locked when the field says disableOnPrefill). */
  prefilled: Set<string>;
  metadata: Record<string, string>;
}

const listOf = (params: URLSearchParams, ...names: string[]) =>
  names
    .flatMap((name) => params.getAll(name))
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

function valueFor(field: FormField, params: URLSearchParams): FieldValue | undefined {
  const kind = field.kind;
  if (kind === 'splitName') {
    const [first = '', ...rest] = (params.get('name') ?? '').trim().split(/\s+/);
    const firstName = params.get('firstName') ?? first;
    const lastName = params.get('lastName') ?? rest.join(' ');
    return firstName || lastName ? { first: firstName, last: lastName } : undefined;
  }
  if (kind === 'guests') {
    const guests = listOf(params, 'guests', 'guest');
    return guests.length ? guests : undefined;
  }
  if (kind === 'multiselect' || kind === 'checkbox') {
    const chosen = listOf(params, field.key);
    return chosen.length ? chosen : undefined;
  }
  if (kind === 'boolean')
    return params.has(field.key) ? params.get(field.key) === 'true' : undefined;
  return params.get(field.key) ?? undefined;
}

/** The form's starting values: from the link where given, blank otherwise. */
export function readPrefill(fields: FormField[], search: string): Prefill {
  const params = new URLSearchParams(search);
  const values: FormValues = {};
  const prefilled = new Set<string>();
  for (const field of fields) {
    const given = valueFor(field, params);
    values[field.key] = given ?? emptyValue(field);
    if (given !== undefined) prefilled.add(field.key);
  }
  const metadata: Record<string, string> = {};
  for (const [name, value] of params) {
    const match = /^metadata\[([^\]]{1,40})\]$/.exec(name);
    if (match && Object.keys(metadata).length < 50) metadata[match[1]!] = value.slice(0, 500);
  }
  return { values, prefilled, metadata };
}
