import { describe, expect, it } from 'vitest';
import { renderWebhookBody, valueAtPath, type WebhookEnvelope } from './payload-template';

const envelope: WebhookEnvelope = {
  triggerEvent: 'BOOKING_CREATED',
  createdAt: '2025-11-15T14:05:23.000Z',
  payload: {
    uid: 'bk_1',
    id: 789012,
    title: '30 Minute Meeting',
    startTime: '2025-11-15T14:00:00.000Z',
    organizer: { name: 'John "JJ" Smith', email: 'john@example.com' },
    attendees: [{ name: 'Jane & Co', email: 'jane+x@example.com' }],
    metadata: { videoCallUrl: 'https://meet.example.com/a?b=c' },
    responses: { notes: 'line 1\nline 2 \\ "quoted"' },
  },
};

describe('payload templates', () => {
  it('sends JSON.stringify of the envelope, compact, when there is no template', () => {
    for (const template of [null, undefined, '', '   ']) {
      const rendered = renderWebhookBody(envelope, template);
      expect(rendered).toEqual({ body: JSON.stringify(envelope), contentType: 'application/json' });
      expect(JSON.stringify(JSON.parse(rendered.body))).toBe(rendered.body);
    }
  });

  it("renders the PRD's example template with envelope paths and [n] indexes", () => {
    const template = `{
      "eventName": "{{triggerEvent}}",
      "bookingId": "{{payload.uid}}",
      "customerEmail": "{{payload.attendees[0].email}}",
      "meetingStart": "{{payload.startTime}}",
      "customMessage": "Meeting scheduled with {{payload.organizer.name}}"
    }`;
    const rendered = renderWebhookBody(envelope, template);
    expect(rendered.contentType).toBe('application/json');
    expect(JSON.parse(rendered.body)).toEqual({
      eventName: 'BOOKING_CREATED',
      bookingId: 'bk_1',
      customerEmail: 'jane+x@example.com',
      meetingStart: '2025-11-15T14:00:00.000Z',
      customMessage: 'Meeting scheduled with John "JJ" Smith',
    });
    expect(rendered.body).not.toContain('\n');
  });

  it("renders Cal.com's root paths with .0 indexes and triple braces", () => {
    const rendered = renderWebhookBody(
      envelope,
      '{"uid":"{{uid}}","who":"{{attendees.0.name}}","video":"{{{metadata.videoCallUrl}}}","at":"{{createdAt}}"}',
    );
    expect(JSON.parse(rendered.body)).toEqual({
      uid: 'bk_1',
      who: 'Jane & Co',
      video: 'https://meet.example.com/a?b=c',
      at: '2025-11-15T14:05:23.000Z',
    });
  });

  it('escapes quotes, backslashes and newlines so the JSON stays valid', () => {
    const rendered = renderWebhookBody(
      envelope,
      '{"name":"{{payload.organizer.name}}","notes":"Notes: {{payload.responses.notes}}"}',
    );
    expect(JSON.parse(rendered.body)).toEqual({
      name: 'John "JJ" Smith',
      notes: 'Notes: line 1\nline 2 \\ "quoted"',
    });
  });

  it('inserts JSON values for placeholders outside strings, null when missing', () => {
    const rendered = renderWebhookBody(
      envelope,
      '{"id": {{payload.id}}, "attendees": {{payload.attendees}}, "nothing": {{payload.nope}}, "s": "{{payload.nope}}"}',
    );
    expect(JSON.parse(rendered.body)).toEqual({
      id: 789012,
      attendees: [{ name: 'Jane & Co', email: 'jane+x@example.com' }],
      nothing: null,
      s: '',
    });
  });

  it('renders objects as JSON text inside strings', () => {
    const rendered = renderWebhookBody(envelope, '{"organizer":"{{payload.organizer}}"}');
    expect(JSON.parse(JSON.parse(rendered.body).organizer)).toEqual(envelope.payload.organizer);
  });

  it('sends a template that is not JSON as form-urlencoded with percent-encoded values', () => {
    const rendered = renderWebhookBody(
      envelope,
      'event={{triggerEvent}}&name={{payload.attendees[0].name}}&email={{attendees.0.email}}',
    );
    expect(rendered.contentType).toBe('application/x-www-form-urlencoded');
    expect(rendered.body).toBe(
      'event=BOOKING_CREATED&name=Jane%20%26%20Co&email=jane%2Bx%40example.com',
    );
    expect(new URLSearchParams(rendered.body).get('name')).toBe('Jane & Co');
  });

  it('reads own properties only, by dotted, indexed or quoted paths', () => {
    const root = { a: { 'b c': [1, { d: 2 }] } };
    expect(valueAtPath(root, 'a["b c"][1].d')).toBe(2);
    expect(valueAtPath(root, "a['b c'].0")).toBe(1);
    expect(valueAtPath(root, 'a.toString')).toBeUndefined();
    expect(valueAtPath(root, 'a.__proto__')).toBeUndefined();
    expect(valueAtPath(root, 'x.y')).toBeUndefined();
  });
});
