import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness';
import {
  alwaysOpenSchedule,
  bookingByUid,
  dateIn,
  instantOf,
  uidFromUrl,
} from './testing/booker-helpers';

const NY = 'America/New_York';
let h: Harness;
let thanksUrl: string;
const ids: Record<string, number> = {};
const date = dateIn(4, NY);

beforeAll(async () => {
  h = await startHarness();
  thanksUrl = `${(await h.serveHostPage({ '/thanks': '<h1>Thank you</h1>' })).url}/thanks`;
  const scheduleId = await alwaysOpenSchedule(h);
  const common = { scheduleId, minimumBookingNotice: 0, lengthInMinutes: 30 };
  for (const [slug, extra] of Object.entries({
    meeting: { title: 'Meeting' },
    class: {
      title: 'Pottery class',
      seats: { seatsPerTimeSlot: 3, showAttendeeInfo: false, showAvailabilityCount: true },
    },
    approval: {
      title: 'Needs approval',
      confirmationPolicy: { type: 'always', blockUnconfirmedBookingsInBooker: false },
    },
    redirect: { title: 'Redirects', successRedirectUrl: thanksUrl },
  })) {
    ids[slug] = (await h.createEventType({ ...common, ...extra, slug })).id;
  }
});
afterAll(() => h?.stop());

const newPage = () =>
  h.newPage({ timezoneId: NY, locale: 'en-US', viewport: { width: 1280, height: 900 } });

/** Books through the API, as another visitor would. */
async function bookByApi(slug: string, time: string, email: string) {
  const response = await h.api('/v2/bookings', {
    method: 'POST',
    key: null,
    body: {
      eventTypeId: ids[slug],
      start: instantOf(date, time, NY),
      attendee: { name: email.split('@')[0], email, timeZone: NY },
    },
  });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body.data;
}

const slotList = (page: Page) => page.getByRole('region', { name: /^Times on/ });
const slotButton = (page: Page, label: string) =>
  slotList(page).getByRole('button', { name: new RegExp(`^${label}`) });

async function openBooker(page: Page, slug: string) {
  await page.goto(`${h.url}/ada/${slug}?date=${date}`);
  await slotList(page).getByRole('button').first().waitFor();
}

async function fillAndSend(page: Page, name: string, email: string, submit = 'Confirm') {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: submit }).click();
}

describe('after booking', () => {
  it('reschedules in the same Booker, from the link on the booking page', async () => {
    const original = await bookByApi('meeting', '10:00', 'mover@example.com');
    const page = await newPage();
    await page.goto(`${h.url}/booking/${original.uid}`);
    await page.getByRole('link', { name: 'Reschedule' }).click();
    await page.getByText('Former time').waitFor();
    // The Booker opens on the booking's own day.
    expect(await page.locator(`[data-date="${date}"]`).getAttribute('aria-pressed')).toBe('true');
    await slotButton(page, '2:00 PM').click();
    await page.getByLabel('Reason for rescheduling').fill('A clash came up');
    await page.getByRole('button', { name: 'Reschedule', exact: true }).click();
    await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();

    const moved = await bookingByUid(h, uidFromUrl(page.url()));
    expect(moved.uid).not.toBe(original.uid);
    expect(moved.start).toBe(instantOf(date, '14:00', NY));
    expect(moved.rescheduledFromUid).toBe(original.uid);
    expect(moved.reschedulingReason).toBe('A clash came up');
    const old = await bookingByUid(h, original.uid);
    expect(old.status).toBe('cancelled');
    expect(old.rescheduledToUid).toBe(moved.uid);
  });

  it('shows a phone-only attendee by their number', async () => {
    const response = await h.api('/v2/bookings', {
      method: 'POST',
      key: null,
      body: {
        eventTypeId: ids.meeting,
        start: instantOf(date, '16:30', NY),
        attendee: { name: 'Phone Only', phoneNumber: '+37120993151', timeZone: NY },
      },
    });
    expect(response.status).toBe(201);
    const page = await newPage();
    await page.goto(`${h.url}/booking/${response.body.data.uid}`);
    await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();
    expect(await page.locator('.booking-details').textContent()).toContain('+37120993151');
  });

  it('cancels with a reason from the booking page', async () => {
    const booking = await bookByApi('meeting', '11:00', 'canceller@example.com');
    const page = await newPage();
    await page.goto(`${h.url}/booking/${booking.uid}`);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByLabel('Reason for cancelling').fill('No longer needed');
    await page.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByRole('heading', { name: 'This booking is cancelled' }).waitFor();
    expect(await page.locator('.booking-details').textContent()).toContain('No longer needed');

    const cancelled = await bookingByUid(h, booking.uid);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.cancellationReason).toBe('No longer needed');
    // The time is free again in the Booker.
    const again = await newPage();
    await openBooker(again, 'meeting');
    expect(await slotButton(again, '11:00 AM').count()).toBe(1);
  });

  it('shows the seats left, takes a seat, and gives up only that seat', async () => {
    await bookByApi('class', '12:00', 'first@example.com');
    const page = await newPage();
    await openBooker(page, 'class');
    const slot = slotButton(page, '12:00 PM');
    expect(await slot.textContent()).toContain('2 seats left');
    expect(await slotButton(page, '12:30 PM').textContent()).toContain('3 seats left');
    await slot.click();
    await fillAndSend(page, 'Second Seat', 'second@example.com');
    await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();
    expect(new URL(page.url()).searchParams.get('seatUid')).toBeTruthy();

    const uid = uidFromUrl(page.url());
    expect((await bookingByUid(h, uid)).attendees).toHaveLength(2);
    const again = await newPage();
    await openBooker(again, 'class');
    expect(await slotButton(again, '12:00 PM').textContent()).toContain('1 seat left');

    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByRole('heading', { name: 'This booking is cancelled' }).waitFor();
    const after = await bookingByUid(h, uid);
    expect(after.status).toBe('accepted');
    expect(after.attendees.map((a: { email: string }) => a.email)).toEqual(['first@example.com']);
  });

  it('moves one seat to another start; the other seat stays where it was', async () => {
    await bookByApi('class', '13:00', 'stays@example.com');
    const mover = await bookByApi('class', '13:00', 'seat-mover@example.com');
    const page = await newPage();
    await page.goto(`${h.url}/booking/${mover.uid}?seatUid=${mover.seatUid}`);
    await page.getByRole('link', { name: 'Reschedule' }).click();
    await page.getByText('Former time').waitFor();
    expect(new URL(page.url()).searchParams.get('seatUid')).toBe(mover.seatUid);
    expect(await slotButton(page, '1:00 PM').textContent()).toContain('1 seat left');
    await slotButton(page, '1:30 PM').click();
    await page.getByRole('button', { name: 'Reschedule', exact: true }).click();
    await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();

    const newSeatUid = new URL(page.url()).searchParams.get('seatUid');
    expect(newSeatUid).toBeTruthy();
    expect(newSeatUid).not.toBe(mover.seatUid);
    const moved = await bookingByUid(h, uidFromUrl(page.url()));
    expect(moved.start).toBe(instantOf(date, '13:30', NY));
    expect(moved.attendees.map((a: { email: string }) => a.email)).toEqual([
      'seat-mover@example.com',
    ]);
    const left = await bookingByUid(h, mover.uid);
    expect(left.status).toBe('accepted');
    expect(left.attendees.map((a: { email: string }) => a.email)).toEqual(['stays@example.com']);
  });

  it('says a booking that needs the host is waiting for confirmation', async () => {
    const page = await newPage();
    await openBooker(page, 'approval');
    await page.getByText('The host confirms each booking').waitFor();
    await slotButton(page, '9:00 AM').click();
    await fillAndSend(page, 'Patient Person', 'patient@example.com', 'Request booking');
    await page.getByRole('heading', { name: 'Waiting for confirmation' }).waitFor();
    const booking = await bookingByUid(h, uidFromUrl(page.url()));
    expect(booking.status).toBe('pending');
  });

  it('explains when the time was taken meanwhile and shows the times left', async () => {
    const page = await newPage();
    await openBooker(page, 'meeting');
    await slotButton(page, '3:30 PM').click();
    await page.getByLabel('Your name').fill('Too Late');
    await page.getByLabel('Email address').fill('late@example.com');
    await bookByApi('meeting', '15:30', 'early@example.com');
    await page.getByRole('button', { name: 'Confirm' }).click();

    const notice = page.getByRole('alert').filter({ hasText: 'just taken' });
    await notice.waitFor();
    await slotButton(page, '4:00 PM').waitFor();
    await expect.poll(() => slotButton(page, '3:30 PM').count()).toBe(0);
    expect(await page.getByLabel('Your name').count()).toBe(0);
  });

  it("sends the visitor on to the event type's success page with the booking's uid", async () => {
    const page = await newPage();
    await openBooker(page, 'redirect');
    await slotButton(page, '5:00 PM').click();
    await fillAndSend(page, 'Redirected', 'redirected@example.com');
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();
    const landed = new URL(page.url());
    expect(`${landed.origin}${landed.pathname}`).toBe(thanksUrl);
    const booking = await bookingByUid(h, landed.searchParams.get('uid')!);
    expect(booking.attendees[0].email).toBe('redirected@example.com');
  });
});
