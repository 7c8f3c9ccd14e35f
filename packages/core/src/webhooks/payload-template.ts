/**
 * `payloadTemplate` rendering. Placeholders are `{{path}}`: the PRD's paths from the envelope
 * (`{{triggerEvent}}`, `{{payload.uid}}`, `{{payload.attendees[0].email}}`) and Cal.com's
 * Handlebars-style root paths into the payload (`{{uid}}`, `{{attendees.0.email}}`).
 *
 * Unlike Cal.com (which HTML-escapes and then re-parses, so a quote in a name breaks the JSON),
 * every value is escaped for where it lands: inside a JSON string it is string-escaped, outside
 * one it is inserted as a JSON value, and a template that does not render to JSON is sent as
 * `application/x-www-form-urlencoded` with its values percent-encoded.
 */

/** What a webhook POST carries (before templating); meeting triggers add root fields. */
export interface WebhookEnvelope {
  triggerEvent: string;
  /** ISO 8601. */
  createdAt: string;
  payload: Record<string, unknown>;
  [field: string]: unknown;
}

export type WebhookContentType = 'application/json' | 'application/x-www-form-urlencoded';

/** The exact body text to send and sign, with its content type. */
export interface RenderedBody {
  body: string;
  contentType: WebhookContentType;
}

const PLACEHOLDER = /\{\{\{?\s*([^{}]*?)\s*\}?\}\}/g;
const SEGMENT = /[^.[\]]+|\[(\d+|"[^"]*"|'[^']*')\]/g;

/** Path segments of `a.b[0].c`, `a.0.c` or `a["b c"]`. */
function segmentsOf(path: string): string[] {
  const segments: string[] = [];
  for (const match of path.matchAll(SEGMENT)) {
    const bracketed = match[1];
    segments.push(bracketed === undefined ? match[0] : bracketed.replace(/^["']|["']$/g, ''));
  }
  return segments;
}

/** The value at a path, or undefined. Only own properties are read. */
export function valueAtPath(root: unknown, path: string): unknown {
  let value = root;
  for (const segment of segmentsOf(path)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** A value as text: strings as they are, objects as compact JSON, nothing as ''. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

/** What templates can name: the envelope, with the payload's keys also at the root. */
function variablesOf(envelope: WebhookEnvelope): Record<string, unknown> {
  return {
    ...envelope.payload,
    triggerEvent: envelope.triggerEvent,
    createdAt: envelope.createdAt,
    payload: envelope.payload,
  };
}

/** Renders for JSON: string-escaped inside string literals, JSON values outside them. */
function renderJsonText(template: string, variables: Record<string, unknown>): string {
  let out = '';
  let inString = false;
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const before = template.slice(last, match.index);
    inString = stringStateAfter(before, inString);
    const value = valueAtPath(variables, match[1] ?? '');
    out += before;
    out += inString ? JSON.stringify(textOf(value)).slice(1, -1) : JSON.stringify(value ?? null);
    last = match.index + match[0].length;
  }
  return out + template.slice(last);
}

/** Whether a JSON text scan is inside a string literal after `text`. */
function stringStateAfter(text: string, inString: boolean): boolean {
  let state = inString;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (state && char === '\\') i++;
    else if (char === '"') state = !state;
  }
  return state;
}

function renderFormText(template: string, variables: Record<string, unknown>): string {
  return template.replace(PLACEHOLDER, (_whole, path: string) =>
    encodeURIComponent(textOf(valueAtPath(variables, path))),
  );
}

/**
 * The body of a webhook POST. Without a template: `JSON.stringify(envelope)`, compact, keys in
 * the envelope's order (PRD 3.9's receiver re-stringifies the parsed body and must get the same
 * bytes). With a template: see the module comment.
 * @example renderWebhookBody(envelope, '{"name":"{{payload.organizer.name}}"}').body // '{"name":"Jo \\"JJ\\" Smith"}'
 */
export function renderWebhookBody(
  envelope: WebhookEnvelope,
  template: string | null | undefined,
): RenderedBody {
  if (template === null || template === undefined || template.trim() === '') {
    return { body: JSON.stringify(envelope), contentType: 'application/json' };
  }
  const variables = variablesOf(envelope);
  const asJson = renderJsonText(template, variables);
  try {
    return { body: JSON.stringify(JSON.parse(asJson)), contentType: 'application/json' };
  } catch {
    return {
      body: renderFormText(template, variables),
      contentType: 'application/x-www-form-urlencoded',
    };
  }
}
