import type { MembershipOutput, TeamOutput } from '@kairos/contracts';
import type { MembershipRecord, TeamRow } from '@kairos/db';
import { iso } from '../http/iso';

/** A team in Cal.com's shape (no organizations: parentId null). */
export function presentTeam(team: TeamRow): TeamOutput {
  return {
    id: team.id,
    name: team.name,
    slug: team.slug,
    bio: team.bio,
    logoUrl: team.logoUrl,
    bannerUrl: team.bannerUrl,
    isPrivate: team.isPrivate,
    hideBookATeamMember: team.hideBookATeamMember,
    hideBranding: team.hideBranding,
    brandColor: team.brandColor,
    darkBrandColor: team.darkBrandColor,
    theme: team.theme,
    timeZone: team.timeZone,
    weekStart: team.weekStart,
    timeFormat: team.timeFormat,
    metadata: team.metadata,
    parentId: null,
    isOrganization: false,
    createdAt: iso(team.createdAt),
    updatedAt: iso(team.updatedAt),
  };
}

/** A membership in Cal.com's shape. */
export function presentMembership({ membership, user }: MembershipRecord): MembershipOutput {
  return {
    id: membership.id,
    userId: membership.userId,
    teamId: membership.teamId,
    accepted: membership.accepted,
    role: membership.role,
    disableImpersonation: membership.disableImpersonation,
    user: {
      email: user.email,
      avatarUrl: null,
      username: user.username,
      name: user.name,
      bio: null,
      metadata: {},
    },
  };
}
