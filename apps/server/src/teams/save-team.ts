import { AppError, type CreateTeamInput, type UpdateTeamInput } from '@kairos/contracts';
import {
  insertTeamWithOwner,
  isUniqueViolation,
  saveTeam,
  type Db,
  type TeamRow,
} from '@kairos/db';

/** A slug from a name: "Sales EMEA!" -> "sales-emea". */
export function slugFrom(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || 'team';
}

/** Runs a write; the unique index on lower(slug) turns into CONFLICT on `slug`. */
async function withUniqueSlug<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError('CONFLICT', 'Another team has this slug', [
      { field: 'slug', message: 'Already taken' },
    ]);
  }
}

/** Creates a team; its creator becomes its accepted owner. */
export function createTeam(db: Db, ownerId: number, input: CreateTeamInput): Promise<TeamRow> {
  const values = { ...input, slug: input.slug ?? slugFrom(input.name) };
  return withUniqueSlug(() => insertTeamWithOwner(db, values, ownerId));
}

/** Applies the settings given. */
export function updateTeam(db: Db, teamId: number, input: UpdateTeamInput): Promise<TeamRow> {
  return withUniqueSlug(() => saveTeam(db, teamId, input));
}
