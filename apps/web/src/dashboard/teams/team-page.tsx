import type { MembershipOutput, TeamEventTypeOutput, TeamOutput } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { api } from '../api';
import { slugFrom } from '../event-types/event-types-page';
import { paths } from '../routes';
import { t } from '../strings';
import {
  CheckboxField,
  FormStatus,
  SectionForm,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
} from '../ui/form';
import { timeZoneOptions } from '../ui/time-zones';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { AppLink, ConfirmButton, CopyButton, Loading, LoadFailed, PageHeader } from '../ui/widgets';
import { useSession } from '../session';
import { TeamMembers } from './team-members';
import { TeamWebhooks } from './team-webhooks';

const m = t.teams;

export function TeamPage({ id }: { id: number }) {
  const { session } = useSession();
  const { state, reload } = useLoad(`team:${id}`, async () => ({
    team: await api.get<TeamOutput>(`/v2/teams/${id}`),
    members: await api.get<MembershipOutput[]>(`/v2/teams/${id}/memberships`),
    eventTypes: await api.get<TeamEventTypeOutput[]>(`/v2/teams/${id}/event-types`),
  }));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailed error={state.error} retry={reload} />;
  const { team, members, eventTypes } = state.data;
  const mine = members.find((member) => member.userId === session.user.id);
  const isAdmin = mine?.accepted === true && mine.role !== 'MEMBER';
  return (
    <section aria-labelledby="page-title">
      <p>
        <AppLink href={paths.teams}>{m.back}</AppLink>
      </p>
      <PageHeader
        title={team.name}
        intro={`/team/${team.slug}`}
        actions={<DeleteTeam team={team} />}
      />
      <TeamEventTypes team={team} eventTypes={eventTypes} />
      <TeamMembers team={team} members={members} onChange={reload} />
      {isAdmin ? <TeamWebhooks teamId={team.id} /> : null}
      <TeamSettings team={team} onSaved={reload} />
    </section>
  );
}

function DeleteTeam({ team }: { team: TeamOutput }) {
  const action = useAction(t.common.network);
  const remove = async () => {
    if (await action.run(() => api.delete(`/v2/teams/${team.id}`))) navigate(paths.teams);
  };
  return (
    <>
      <ConfirmButton question={m.confirmDelete(team.name)} onConfirm={() => void remove()}>
        {m.delete}
      </ConfirmButton>
      <FormStatus error={action.error} done={null} />
    </>
  );
}

const schedulingTypes = ['roundRobin', 'collective', 'managed'] as const;

function TeamEventTypes({
  team,
  eventTypes,
}: {
  team: TeamOutput;
  eventTypes: TeamEventTypeOutput[];
}) {
  const [title, setTitle] = useState('');
  const [length, setLength] = useState<number | null>(30);
  const [kind, setKind] = useState<string>('roundRobin');
  const action = useAction(t.common.network);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      title,
      slug: slugFrom(title),
      lengthInMinutes: length,
      schedulingType: kind,
      assignAllTeamMembers: true,
    };
    const created = await action.run(() =>
      api.post<TeamEventTypeOutput>(`/v2/teams/${team.id}/event-types`, body),
    );
    if (created) navigate(paths.teamEventType(team.id, created.id));
  };
  return (
    <section className="d-section" aria-labelledby="team-event-types-title">
      <h2 id="team-event-types-title">{m.eventTypes}</h2>
      {eventTypes.length === 0 ? <p className="d-muted">{m.noEventTypes}</p> : null}
      <ul className="d-list">
        {eventTypes.map((eventType) => {
          const link = `${location.origin}/team/${team.slug}/${eventType.slug}`;
          return (
            <li key={eventType.id} className="d-list-item">
              <div className="d-list-main">
                <h3 className="d-list-title">
                  <AppLink href={paths.teamEventType(team.id, eventType.id)}>
                    {eventType.title}
                  </AppLink>
                </h3>
                <p className="d-muted">
                  {m.schedulingTypes[eventType.schedulingType]} ·{' '}
                  {t.common.minutes(eventType.lengthInMinutes)} ·{' '}
                  {m.hostCount(eventType.hosts.length)}
                </p>
              </div>
              {eventType.schedulingType === 'managed' ? null : (
                <CopyButton text={link} label={t.eventTypes.copyLink} />
              )}
            </li>
          );
        })}
      </ul>
      <form
        className="d-subsection"
        onSubmit={(event) => void create(event)}
        noValidate
        aria-label={m.newEventType}
      >
        <h3>{m.newEventType}</h3>
        <div className="d-grid">
          <TextField
            label={t.eventTypes.fields.title}
            value={title}
            onChange={setTitle}
            error={action.fieldErrors.title ?? action.fieldErrors.slug}
          />
          <NumberField
            label={t.eventTypes.fields.lengthInMinutes}
            min={1}
            value={length}
            onChange={setLength}
            error={action.fieldErrors.lengthInMinutes}
          />
          <SelectField
            label={m.schedulingType}
            value={kind}
            options={schedulingTypes.map((value) => ({ value, label: m.schedulingTypes[value] }))}
            onChange={setKind}
          />
        </div>
        <FormStatus error={action.error} done={null} />
        <button type="submit" className="button" disabled={action.isBusy}>
          {t.eventTypes.create}
        </button>
      </form>
    </section>
  );
}

function TeamSettings({ team, onSaved }: { team: TeamOutput; onSaved: () => void }) {
  const [name, setName] = useState(team.name);
  const [slug, setSlug] = useState(team.slug);
  const [bio, setBio] = useState(team.bio ?? '');
  const [timeZone, setTimeZone] = useState(team.timeZone);
  const [isPrivate, setIsPrivate] = useState(team.isPrivate);
  const [hideBookATeamMember, setHideBook] = useState(team.hideBookATeamMember);
  const [hideBranding, setHideBranding] = useState(team.hideBranding);
  const action = useAction(t.common.network);
  const save = async () => {
    const body = {
      name,
      slug,
      bio: bio.trim() === '' ? null : bio,
      timeZone,
      isPrivate,
      hideBookATeamMember,
      hideBranding,
    };
    if (await action.run(() => api.patch(`/v2/teams/${team.id}`, body), t.common.saved)) onSaved();
  };
  return (
    <SectionForm title={m.settings} submitLabel={t.common.save} action={action} onSubmit={save}>
      <div className="d-grid">
        <TextField label={m.name} value={name} onChange={setName} error={action.fieldErrors.name} />
        <TextField label={m.slug} value={slug} onChange={setSlug} error={action.fieldErrors.slug} />
        <SelectField
          label={m.timeZone}
          value={timeZone}
          options={timeZoneOptions(timeZone)}
          onChange={setTimeZone}
        />
      </div>
      <TextAreaField label={m.bio} value={bio} onChange={setBio} error={action.fieldErrors.bio} />
      <CheckboxField label={m.isPrivate} checked={isPrivate} onChange={setIsPrivate} />
      <CheckboxField
        label={m.hideBookATeamMember}
        checked={hideBookATeamMember}
        onChange={setHideBook}
      />
      <CheckboxField
        label={t.settings.hideBranding}
        checked={hideBranding}
        onChange={setHideBranding}
      />
    </SectionForm>
  );
}
