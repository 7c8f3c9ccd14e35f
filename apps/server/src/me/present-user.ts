import type { AppearanceOutput, UserOutput } from '@kairos/contracts';
import type { UserRow } from '@kairos/db';
import { iso } from '../http/iso';

export function presentUser(user: UserRow): UserOutput {
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    name: user.name,
    timeZone: user.timeZone,
    weekStart: user.weekStart as UserOutput['weekStart'],
    timeFormat: user.timeFormat === 12 ? 12 : 24,
    defaultScheduleId: user.defaultScheduleId,
    organizationId: null,
    ...presentAppearance(user),
    createdAt: iso(user.createdAt),
    updatedAt: iso(user.updatedAt),
  };
}

/** How the user's booking pages look (PRD 3.6). */
export function presentAppearance(user: UserRow): AppearanceOutput {
  return {
    brandColor: user.brandColor,
    darkBrandColor: user.darkBrandColor,
    theme: user.theme === 'light' || user.theme === 'dark' ? user.theme : 'auto',
    logoUrl: user.logoUrl,
    hideBranding: user.hideBranding,
  };
}
