import { z } from 'zod';
import {
  checkEventTypeRules,
  eventTypeDefaults,
  eventTypeHostOutput,
  eventTypeOutput,
  eventTypeSettings,
  hostPriorities,
  withDefaults,
} from './event-type';
import { dbId, MAX_DB_ID } from './ids';

/** How a team event type assigns hosts (Cal.com's stored values). */
export const schedulingTypes = ['roundRobin', 'collective', 'managed'] as const;

export type SchedulingTypeName = (typeof schedulingTypes)[number];

const SCHEDULING_ALIASES: Record<string, SchedulingTypeName> = {
  roundrobin: 'roundRobin',
  round_robin: 'roundRobin',
  collective: 'collective',
  managed: 'managed',
};

/** `roundRobin | collective | managed`; Cal.com's `ROUND_ROBIN`-style spellings are accepted. */
export const schedulingType = z.preprocess(
  (value) =>
    typeof value === 'string' ? (SCHEDULING_ALIASES[value.toLowerCase()] ?? value) : value,
  z.enum(schedulingTypes),
);

const capCount = z.number().int().min(1).max(1000);

/**
 * A host's own caps inside a round robin: most bookings of this event type per day and per week
 * in the host's zone (the day may not exceed the week).
 */
export const hostCaps = z
  .object({ day: capCount.optional(), week: capCount.optional() })
  .refine((caps) => caps.day === undefined || caps.week === undefined || caps.day <= caps.week, {
    path: ['day'],
    message: 'A day cannot allow more than its week',
  });

/**
 * A host of a team event type (Cal.com's `hosts[]` plus `weight` and caps). `mandatory` hosts of
 * a round robin always attend; `priority` and `weight` steer the round robin.
 */
export const teamHostInput = z.object({
  userId: dbId,
  mandatory: z.boolean().default(false),
  priority: z.enum(hostPriorities).default('medium'),
  weight: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(1)
    .describe('Over any Σweights consecutive round-robin bookings, this host takes `weight`'),
  scheduleId: dbId.nullable().default(null).describe("One of the host's schedules; null: default"),
  bookingLimitsCount: hostCaps.nullable().default(null),
});

export type TeamHostInput = z.output<typeof teamHostInput>;

/** Settings of a managed template that its members may change on their own event type. */
export const unlockableFields = Object.keys(eventTypeSettings).filter(
  (key) => key !== 'slug',
) as Array<Exclude<keyof typeof eventTypeSettings, 'slug'>>;

const hosts = z
  .array(teamHostInput)
  .max(500)
  .refine(
    (list) => new Set(list.map((host) => host.userId)).size === list.length,
    'Each user may be a host once',
  );

const teamFields = {
  hosts,
  assignAllTeamMembers: z
    .boolean()
    .describe('Every accepted member hosts it, now and when members join (hosts ignored)'),
  unlockedFields: z
    .array(z.enum(unlockableFields as [string, ...string[]]))
    .max(50)
    .describe("Managed only: settings members may change on their own event type's copy"),
};

type TeamRules = { schedulingType?: SchedulingTypeName; unlockedFields?: string[] | undefined };

const checkTeamRules = (value: TeamRules, ctx: z.RefinementCtx) => {
  if (value.unlockedFields !== undefined && value.schedulingType !== 'managed') {
    const message = 'Only a managed event type has unlocked fields';
    ctx.addIssue({ code: 'custom', path: ['unlockedFields'], message });
  }
};

/** `POST /v2/teams/{teamId}/event-types`: an event type's settings plus the team's. */
export const createTeamEventTypeInput = z
  .object({
    ...withDefaults(eventTypeSettings, eventTypeDefaults),
    schedulingType,
    hosts: hosts.default([]),
    assignAllTeamMembers: teamFields.assignAllTeamMembers.default(false),
    unlockedFields: teamFields.unlockedFields.optional(),
  })
  .superRefine(checkEventTypeRules)
  .superRefine(checkTeamRules);

/** `PATCH /v2/teams/{teamId}/event-types/{eventTypeId}`; the scheduling type cannot change. */
export const updateTeamEventTypeInput = z
  .object({ ...eventTypeSettings, ...teamFields, schedulingType })
  .partial()
  .superRefine(checkEventTypeRules);

export type CreateTeamEventTypeInput = z.output<typeof createTeamEventTypeInput>;
export type UpdateTeamEventTypeInput = z.output<typeof updateTeamEventTypeInput>;

const idParam = z.coerce.number().int().positive().max(MAX_DB_ID);

/** `{teamId}` and `{eventTypeId}` in a path. */
export const teamEventTypeParams = z.object({ teamId: idParam, eventTypeId: idParam });

/** `GET /v2/teams/{teamId}/event-types?eventSlug=`. */
export const listTeamEventTypesQuery = z.object({
  eventSlug: z.string().trim().min(1).max(100).optional(),
});

/** A team event type's host as returned: Cal.com's fields plus weight, schedule and caps. */
export const teamEventTypeHostOutput = eventTypeHostOutput.extend({
  weight: z.number().int(),
  scheduleId: z.number().int().nullable(),
  bookingLimitsCount: z
    .object({ day: z.number().int().optional(), week: z.number().int().optional() })
    .nullable(),
});

/** A team event type (Cal.com 2024-06-14 team output). */
export const teamEventTypeOutput = eventTypeOutput.omit({ hosts: true }).extend({
  teamId: z.number().int(),
  schedulingType: z.enum(schedulingTypes),
  assignAllTeamMembers: z.boolean(),
  hosts: z.array(teamEventTypeHostOutput),
  unlockedFields: z.array(z.string()).nullable().describe('Managed only; null otherwise'),
  children: z
    .array(z.object({ id: z.number().int(), ownerId: z.number().int() }))
    .describe("Managed only: each assigned member's own event type"),
  team: z.object({
    id: z.number().int(),
    name: z.string(),
    slug: z.string(),
    logoUrl: z.string().nullable(),
    bannerUrl: z.string().nullable(),
    weekStart: z.string(),
    brandColor: z.string().nullable(),
    darkBrandColor: z.string().nullable(),
    theme: z.string().nullable(),
  }),
});

export type TeamEventTypeOutput = z.input<typeof teamEventTypeOutput>;

/** One host's line in the round-robin report. */
export const roundRobinHostReport = z.object({
  userId: z.number().int(),
  name: z.string(),
  username: z.string(),
  priority: z.enum(hostPriorities),
  weight: z.number().int(),
  turns: z.number().int().describe('Bookings round robin gave the host (active ones)'),
  otherBookings: z.number().int().describe('Pinned by an admin or reassigned by hand'),
  targetShare: z.number().describe('weight / Σweights'),
  actualShare: z.number().describe('turns / Σturns'),
  expectedTurns: z.number(),
  deviation: z.number().describe('(turns − expectedTurns) / expectedTurns'),
  isWithinTolerance: z.boolean(),
  lastBookedAt: z.string().nullable(),
  bookingLimitsCount: teamEventTypeHostOutput.shape.bookingLimitsCount,
});

/** `GET /v2/teams/{teamId}/event-types/{eventTypeId}/round-robin` (PRD 6.4, 7.6). */
export const roundRobinReportOutput = z.object({
  eventTypeId: z.number().int(),
  totalTurns: z.number().int(),
  tolerance: z.number().describe('PRD 6.4: ±10% of each expected share'),
  isFair: z.boolean().describe('Every host within tolerance'),
  hosts: z.array(roundRobinHostReport),
});

export type RoundRobinReportOutput = z.input<typeof roundRobinReportOutput>;
