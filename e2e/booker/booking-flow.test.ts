import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness';
import {
  alwaysOpenSchedule,
  bookingByUid,
  dateIn,
  instantOf,
  longDate,
  uidFromUrl,
} from './testing/booker-helpers';

const NY = 'America/New_York';
let h: Harness;
let scheduleId: number;
const date = dateIn(3, NY);

beforeAll(async () => {
  h = await startHarness();
  scheduleId = await alwaysOpenSchedule(h);
  const common = { scheduleId, minimumBookingNotice: 0 };
  await h.createEventType({ ...common, title: 'Intro call', slug: 'intro', lengthInMinutes: 30 });
  await h.createEventType({
    ...common,
    title: 'Consultation',
    slug: 'consult',
    lengthInMinutes: 30,
    locations: [
      { type: 'link', link: 'https://meet.example.com/ada', public: true },
      { type: 'attendeePhone' },
    ],
    bookingFields: [
      { type: 'text', slug: 'company', label: 'Company', required: true },
      {
        type: 'select',
        slug: 'size',
        label: 'Team size',
        required: false,
        options: ['1-10', '11-50'],
      },
    ],
  });
  await h.createEventType({
    ...common,
    title: 'Flexible',
    slug: 'flexible',
    lengthInMinutes: 30,
    lengthInMinutesOptions: [15, 30, 60],
  });
  await h.createEventType({
    ...common,
    title: 'Weekly check-in',
    slug: 'weekly',
    lengthInMinutes: 30,
    recurrence: { frequency: 'weekly', interval: 1, occurrences: 3 },
  });
  await h.createEventType({
    ...common,
    title: 'Secret',
    slug: 'secret',
    lengthInMinutes: 30,
    hidden: true,
  });
});
afterAll(() => h?.stop());

const newPage = (timezoneId = NY) =>
  h.newPage({ timezoneId, locale: 'en-US', viewport: { width: 1280, height: 900 } });

/** Opens the Booker on `date` and waits until that day's times are listed. */
async function openBooker(page: Page, slug: string, query = '') {
  await page.goto(`${h.url}/ada/${slug}?date=${date}${query}`);
  await page
    .getByRole('region', { name: /^Times on/ })
    .getByRole('button')
    .first()
    .waitFor();
}

const slotButton = (page: Page, label: string) =>
  page.getByRole('region', { name: /^Times on/ }).getByRole('button', { name: label, exact: true });

describe('booking through the Booker', () => {
  it('shows times, takes a time and the form, and confirms (PRD 8.5)', async () => {
    const page = await newPage();
    const slotSearches: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/v2/slots')) slotSearches.push(request.url());
    });
    await openBooker(page, 'intro');
    // One search: the page started it before its script loaded, and the Booker used it.
    expect(slotSearches).toHaveLength(1);
    await slotButton(page, '10:00 AM').click();
    await page.getByLabel('Your name').fill('Grace Hopper');
    await page.getByLabel('Email address').fill('grace@example.com');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();

    const booking = await bookingByUid(h, uidFromUrl(page.url()));
    expect(booking.status).toBe('accepted');
    expect(booking.start).toBe(instantOf(date, '10:00', NY));
    expect(booking.attendees[0]).toMatchObject({
      name: 'Grace Hopper',
      email: 'grace@example.com',
      timeZone: NY,
    });
    const details = await page.locator('.booking-details').textContent();
    expect(details).toContain('Intro call between Ada Lovelace and Grace Hopper');
    expect(details).toContain('10:00 AM – 10:30 AM');
  });

  it('fills the form from the link and sends guests, notes and metadata', async () => {
    const page = await newPage();
    const query =
      '&name=Katherine%20Johnson&email=katherine@example.com&notes=About%20orbits' +
      '&guests=dorothy@example.com&metadata[source]=newsletter';
    await openBooker(page, 'intro', query);
    await slotButton(page, '11:00 AM').click();
    expect(await page.getByLabel('Your name').inputValue()).toBe('Katherine Johnson');
    expect(await page.getByLabel('Guest 1 email').inputValue()).toBe('dorothy@example.com');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();

    const booking = await bookingByUid(h, uidFromUrl(page.url()));
    expect(booking.attendees[0].email).toBe('katherine@example.com');
    expect(booking.guests).toEqual(['dorothy@example.com']);
    expect(booking.description).toBe('About orbits');
    expect(booking.metadata).toEqual({ source: 'newsletter' });
  });

  it('checks the answers before sending, names each problem, then books with them', async () => {
    const page = await newPage();
    await openBooker(page, 'consult');
    await slotButton(page, '9:30 AM').click();
    await page.getByLabel('Your name').fill('Alan Turing');
    await page.getByLabel('Email address').fill('not-an-email');
    await page.getByLabel('Phone call, the host calls you').check();
    await page.getByRole('button', { name: 'Confirm' }).click();

    const summary = page.getByRole('alert');
    await summary.waitFor();
    const text = await summary.textContent();
    expect(text).toContain('Email address');
    expect(text).toContain('Company');
    expect(text).toContain('Where should we meet?');
    expect(await page.getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Email address').fill('alan@example.com');
    await page.getByLabel('Company').fill('Bletchley');
    await page.getByLabel('Team size').selectOption('11-50');
    await page.getByLabel('Your phone number').fill('+441234567890');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();

    const booking = await bookingByUid(h, uidFromUrl(page.url()));
    expect(booking.location).toBe('+441234567890');
    expect(booking.bookingFieldsResponses).toMatchObject({ company: 'Bletchley', size: '11-50' });
  });

  it('offers the durations of a multi-length event type and books the one chosen', async () => {
    const page = await newPage();
    await openBooker(page, 'flexible');
    await page
      .getByRole('group', { name: 'Pick a duration' })
      .getByRole('button', { name: '60 min' })
      .click();
    await slotButton(page, '1:00 PM').click();
    expect(await page.locator('.details-selected').textContent()).toContain('1:00 PM – 2:00 PM');
    await page.getByLabel('Your name').fill('Ada Byron');
    await page.getByLabel('Email address').fill('byron@example.com');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();
    const booking = await bookingByUid(h, uidFromUrl(page.url()));
    expect(booking.duration).toBe(60);
  });

  it('shows times in the zone and clock the visitor picks', async () => {
    const page = await newPage();
    await openBooker(page, 'intro');
    expect(await slotButton(page, '12:30 PM').count()).toBe(1);
    await page.getByRole('group', { name: 'Clock' }).getByRole('button', { name: '24h' }).click();
    expect(await slotButton(page, '12:30').count()).toBe(1);
    // Kathmandu is UTC+5:45: the times are asked for and written in that zone.
    await page.getByLabel('Time zone').selectOption('Asia/Kathmandu');
    const list = page.getByRole('region', { name: /^Times on/ });
    await list.locator('[data-start$="+05:45"]').first().waitFor();
    const slots = await list
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons.map((b) => ({ start: b.getAttribute('data-start') ?? '', label: b.textContent })),
      );
    expect(slots.length).toBeGreaterThan(0);
    for (const { start, label } of slots) {
      expect(start.endsWith('+05:45')).toBe(true);
      expect(label).toBe(start.slice(11, 16));
    }
  });

  it('shows the week and column layouts and books from the week', async () => {
    const page = await newPage();
    await page.goto(`${h.url}/ada/intro?date=${date}&layout=week_view`);
    const day = page.getByRole('list', { name: /^Times on/ }).first();
    await day.waitFor();
    expect(await page.locator('.week-day').count()).toBe(7);
    await page.getByRole('button', { name: 'Columns' }).click();
    expect(await page.locator('.column').count()).toBe(5);
    await page.getByRole('button', { name: 'Week' }).click();
    const target = instantOf(date, '15:00', NY);
    await page
      .getByRole('list', { name: `Times on ${longDate(date)}` })
      .getByRole('button', { name: '3:00 PM', exact: true })
      .click();
    await page.getByLabel('Your name').fill('Week Viewer');
    await page.getByLabel('Email address').fill('week@example.com');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();
    const booking = await bookingByUid(h, uidFromUrl(page.url()));
    expect(booking.start).toBe(target);
  });

  it('can be booked with the keyboard alone', async () => {
    const page = await newPage();
    await openBooker(page, 'intro');
    await page.locator(`[data-date="${date}"]`).focus();
    // Within the month (the next month's days wait for their times to load).
    await page.keyboard.press(Number(date.slice(8)) > 15 ? 'ArrowLeft' : 'ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-date'));
    expect(next).not.toBe(date);
    await page.keyboard.press('Enter');
    expect(await page.locator(`[data-date="${next}"]`).getAttribute('aria-pressed')).toBe('true');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('slot'))) break;
    }
    const start = await page.evaluate(() => document.activeElement?.getAttribute('data-start'));
    expect(start).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Keyboard User');
    await page.keyboard.press('Tab');
    await page.keyboard.type('keys@example.com');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();
    const booking = await bookingByUid(h, uidFromUrl(page.url()));
    expect(booking.start).toBe(new Date(start!).toISOString());
  });

  it('shows the dates of a recurring series before booking it', async () => {
    const page = await newPage();
    await openBooker(page, 'weekly');
    await slotButton(page, '8:00 AM').click();
    await page.getByText('The dates of the series').waitFor();
    expect(await page.locator('.series li').count()).toBe(3);
    await page.getByLabel('Number of occurrences').fill('2');
    expect(await page.locator('.series li').count()).toBe(2);
    await page.getByLabel('Your name').fill('Series Booker');
    await page.getByLabel('Email address').fill('series@example.com');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();
    await page.getByText('Every date of the series').waitFor();

    const booking = await bookingByUid(h, uidFromUrl(page.url()));
    const series = (await h.api(`/v2/bookings/${booking.recurringBookingUid}`)).body.data;
    expect(series).toHaveLength(2);
    expect(series[1].start).toBe(instantOf(dateIn(10, NY), '08:00', NY));
  });

  it("lists a person's visible event types and opens one", async () => {
    const page = await newPage();
    await page.goto(`${h.url}/ada`);
    await page.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
    const titles = await page.locator('.event-type-title').allTextContents();
    expect(titles).toEqual(
      expect.arrayContaining(['Intro call', 'Consultation', 'Flexible', 'Weekly check-in']),
    );
    expect(titles).not.toContain('Secret');
    await page.getByRole('link', { name: /Intro call/ }).click();
    await page.getByRole('heading', { name: 'Intro call' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/ada/intro');
  });
});
