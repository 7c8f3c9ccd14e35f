import type { InvitationOutput, MembershipOutput, TeamOutput } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useSession } from '../session';
import { t } from '../strings';
import { FormStatus, SelectField, TextField } from '../ui/form';
import { useAction } from '../ui/use-action';
import { ConfirmButton } from '../ui/widgets';

const m = t.teams;
const roles = ['MEMBER', 'ADMIN', 'OWNER'] as const;
type Role = (typeof roles)[number];

/** Members and their roles; admins change roles, remove members and invite by email. */
export function TeamMembers(props: {
  team: TeamOutput;
  members: MembershipOutput[];
  onChange: () => void;
}) {
  const { session } = useSession();
  const { team, members, onChange } = props;
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const action = useAction(t.common.network);
  const base = `/v2/teams/${team.id}`;

  const setMemberRole = async (member: MembershipOutput, next: string) => {
    const done = await action.run(
      () => api.patch(`${base}/memberships/${member.id}`, { role: next }),
      m.roleChanged(member.user.name, m.roles[next as Role]),
    );
    if (done) onChange();
  };
  const remove = async (member: MembershipOutput) => {
    const done = await action.run(
      () => api.delete(`${base}/memberships/${member.id}`),
      m.removed(member.user.name),
    );
    if (done) onChange();
  };
  const invite = async (event: FormEvent) => {
    event.preventDefault();
    const invited = await action.run(
      () => api.post<InvitationOutput>(`${base}/invitations`, { email, role }),
      m.invited(email),
    );
    if (invited) {
      setEmail('');
      onChange();
    }
  };

  return (
    <section className="d-section" aria-labelledby="members-title">
      <h2 id="members-title">{m.members}</h2>
      <FormStatus error={action.error} done={action.done} />
      <table className="d-table">
        <caption className="visually-hidden">{m.members}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.member}</th>
            <th scope="col">{m.columns.role}</th>
            <th scope="col">{m.columns.status}</th>
            <th scope="col">
              <span className="visually-hidden">{m.columns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <td>
                {member.user.name}
                <br />
                <span className="d-muted">{member.user.email}</span>
              </td>
              <td>
                <SelectField
                  label={m.roleOf(member.user.name)}
                  value={member.role}
                  options={roles.map((value) => ({ value, label: m.roles[value] }))}
                  onChange={(next) => void setMemberRole(member, next)}
                  className="d-compact"
                />
              </td>
              <td>{member.accepted ? m.accepted : m.pending}</td>
              <td>
                {member.userId === session.user.id ? null : (
                  <ConfirmButton
                    question={m.confirmRemove(member.user.name, team.name)}
                    onConfirm={() => void remove(member)}
                    aria-label={m.removeLabel(member.user.name)}
                  >
                    {m.remove}
                  </ConfirmButton>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="d-subsection"
        onSubmit={(event) => void invite(event)}
        noValidate
        aria-label={m.invite}
      >
        <h3>{m.invite}</h3>
        <div className="d-grid">
          <TextField
            label={m.inviteEmail}
            type="email"
            value={email}
            onChange={setEmail}
            error={action.fieldErrors.email}
          />
          <SelectField
            label={m.inviteRole}
            value={role}
            options={roles.map((value) => ({ value, label: m.roles[value] }))}
            onChange={(value) => setRole(value as Role)}
          />
        </div>
        <button type="submit" className="button" disabled={action.isBusy}>
          {m.sendInvite}
        </button>
      </form>
    </section>
  );
}
