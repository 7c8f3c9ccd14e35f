import type { InvitationOutput } from '@kairos/contracts';
import type { TeamRow, UserRow } from '@kairos/db';
import type { MailMessage } from '../mail/mailer';

const ROLE_NAME = { OWNER: 'an owner', ADMIN: 'an admin', MEMBER: 'a member' } as const;

/**
 * The mail an invited address gets: an account holder is sent to the teams page to accept or
 * decline, anyone else to sign up with this address first (the invitation waits for them).
 */
export function invitationMail(
  team: Pick<TeamRow, 'name'>,
  inviter: Pick<UserRow, 'name' | 'email'>,
  invitation: InvitationOutput,
  baseUrl: string,
): MailMessage {
  const hasAccount = invitation.userId !== null;
  const link = hasAccount
    ? `${baseUrl}/dashboard/teams`
    : `${baseUrl}/signup?email=${encodeURIComponent(invitation.email)}`;
  const next = hasAccount
    ? 'Sign in to accept or decline it:'
    : 'Create your Kairos account with this email address, then accept it on the Teams page:';
  return {
    to: invitation.email,
    subject: `${inviter.name} invited you to ${team.name} on Kairos`,
    text: [
      'Hello,',
      '',
      `${inviter.name} (${inviter.email}) invited you to join the team "${team.name}" as ${ROLE_NAME[invitation.role]}.`,
      next,
      '',
      link,
      '',
      'If you did not expect this invitation, ignore this mail: nothing changes until you accept.',
    ].join('\n'),
  };
}
