import type { TestApp } from '../../testing/test-app';
import { person, teamEventType, teamOf, type Person } from './team-fixtures';

/** The n-th half-hour start of working hours from Monday 9 March 2026, 09:00 UTC. */
export function startAt(n: number): string {
  const day = Math.floor(n / 16);
  const week = Math.floor(day / 5);
  const date = Date.UTC(2026, 2, 9 + week * 7 + (day % 5), 9, 30 * (n % 16));
  return new Date(date).toISOString();
}

/** Alice, Bob and Carol in a round robin run by an owner who hosts nothing. */
export async function salesTeam(t: TestApp, hosts: (people: Record<string, Person>) => object[]) {
  const owner = await person(t, 'Owner');
  const people = {
    alice: await person(t, 'Alice'),
    bob: await person(t, 'Bob'),
    carol: await person(t, 'Carol'),
  };
  const team = await teamOf(t, owner, Object.values(people));
  const eventType = await teamEventType(t, owner, team.id, {
    schedulingType: 'roundRobin',
    hosts: hosts(people),
  });
  return { owner, team, eventType, ...people };
}

/** PRD 8.2's weights: Alice 1, Bob 2, Carol 1. */
export const weighted = ({ alice, bob, carol }: Record<string, Person>) => [
  { userId: alice!.user.id, weight: 1 },
  { userId: bob!.user.id, weight: 2 },
  { userId: carol!.user.id, weight: 1 },
];
