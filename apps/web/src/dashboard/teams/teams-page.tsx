import type { PendingInvitationOutput, TeamOutput } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { api } from '../api';
import { slugFrom } from '../event-types/event-types-page';
import { paths } from '../routes';
import { t } from '../strings';
import { FormStatus, TextField } from '../ui/form';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { AppLink, LoadFailed, Loading, PageHeader, ToggleButton } from '../ui/widgets';

const m = t.teams;

/** Invitations waiting for the caller; `onAnswered` reloads the team list (a joined team shows). */
function Invitations({ onAnswered }: { onAnswered: () => void }) {
  const { state, reload } = useLoad('invitations', () =>
    api.get<PendingInvitationOutput[]>('/v2/teams/invitations'),
  );
  const action = useAction(t.common.network);
  if (state.status !== 'done') return null;
  // The answer's status stays in view after the last invitation leaves the list.
  if (state.data.length === 0) return <FormStatus error={action.error} done={action.done} />;
  const answer = async (invitation: PendingInvitationOutput, verb: 'accept' | 'decline') => {
    const done = await action.run(
      () => api.post(`/v2/teams/${invitation.team.id}/invitations/${verb}`),
      verb === 'accept' ? m.joined(invitation.team.name) : m.declinedInvite(invitation.team.name),
    );
    if (done) {
      reload();
      onAnswered();
    }
  };
  return (
    <section className="d-section" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{m.invitations}</h2>
      <FormStatus error={action.error} done={action.done} />
      <ul className="d-list">
        {state.data.map((invitation) => (
          <li key={invitation.team.id} className="d-list-item">
            <p className="d-list-main">
              {m.invitedTo(invitation.team.name, m.roles[invitation.role])}
            </p>
            <div className="d-actions">
              <button
                type="button"
                className="button"
                onClick={() => void answer(invitation, 'accept')}
              >
                {m.accept}
                <span className="visually-hidden"> {invitation.team.name}</span>
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void answer(invitation, 'decline')}
              >
                {m.decline}
                <span className="visually-hidden"> {invitation.team.name}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CreateTeam({ onCancel }: { onCancel: () => void }) {
  const [name, setName] = useState('');
  const [slug, setSlug] = useState<string | null>(null);
  const action = useAction(t.common.network);
  const shownSlug = slug ?? slugFrom(name);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const team = await action.run(() =>
      api.post<TeamOutput>('/v2/teams', { name, slug: shownSlug }),
    );
    if (team) navigate(paths.team(team.id));
  };
  return (
    <form className="d-card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{m.newTitle}</h2>
      <div className="d-grid">
        <TextField
          label={m.name}
          name="name"
          value={name}
          onChange={setName}
          error={action.fieldErrors.name}
        />
        <TextField
          label={m.slug}
          name="slug"
          value={shownSlug}
          onChange={setSlug}
          hint={m.slugHint(location.origin, shownSlug || 'team')}
          error={action.fieldErrors.slug}
        />
      </div>
      <FormStatus error={action.error} done={null} />
      <div className="d-actions">
        <button type="submit" className="button" disabled={action.isBusy}>
          {m.create}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}

export function TeamsPage() {
  const { state, reload } = useLoad('teams', () => api.get<TeamOutput[]>('/v2/teams'));
  const [isCreating, setIsCreating] = useState(false);
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title={m.title}
        intro={m.intro}
        actions={<ToggleButton open={isCreating} onToggle={setIsCreating} label={m.new} />}
      />
      {isCreating ? <CreateTeam onCancel={() => setIsCreating(false)} /> : null}
      <Invitations onAnswered={reload} />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <LoadFailed error={state.error} retry={reload} /> : null}
      {state.status === 'done' && state.data.length === 0 ? (
        <p className="d-empty">{m.none}</p>
      ) : null}
      {state.status === 'done' && state.data.length > 0 ? (
        <ul className="d-list" aria-label={m.title}>
          {state.data.map((team) => (
            <li key={team.id} className="d-list-item">
              <div className="d-list-main">
                <h2 className="d-list-title">
                  <AppLink href={paths.team(team.id)}>{team.name}</AppLink>
                </h2>
                <p className="d-muted">/team/{team.slug}</p>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
