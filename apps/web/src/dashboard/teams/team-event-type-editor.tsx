import type {
  MembershipOutput,
  RoundRobinReportOutput,
  TeamEventTypeOutput,
} from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { api } from '../api';
import { BasicsSection } from '../event-types/basics-section';
import { BookingFieldsEditor } from '../event-types/booking-fields-editor';
import { draftFrom, errorUnder, type Draft } from '../event-types/event-type-draft';
import { LimitsSection } from '../event-types/limits-section';
import { LocationsEditor } from '../event-types/locations-editor';
import { OptionsSection } from '../event-types/options-section';
import { TimingSection } from '../event-types/timing-section';
import { paths } from '../routes';
import { t } from '../strings';
import { FormStatus } from '../ui/form';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { AppLink, ConfirmButton, Loading, LoadFailed, PageHeader } from '../ui/widgets';
import { HostsEditor, type Host } from './hosts-editor';

const m = t.teams;

export function TeamEventTypeEditor({ teamId, id }: { teamId: number; id: number }) {
  const base = `/v2/teams/${teamId}/event-types/${id}`;
  const { state, reload } = useLoad(`team-event-type:${teamId}:${id}`, async () => ({
    eventType: await api.get<TeamEventTypeOutput>(base),
    members: await api.get<MembershipOutput[]>(`/v2/teams/${teamId}/memberships`),
  }));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailed error={state.error} retry={reload} />;
  return <Editor base={base} teamId={teamId} {...state.data} />;
}

const hostsOf = (eventType: TeamEventTypeOutput): Host[] =>
  eventType.hosts.map((host) => ({
    userId: host.userId,
    mandatory: host.mandatory,
    priority: host.priority,
    weight: host.weight,
    scheduleId: host.scheduleId,
    bookingLimitsCount: host.bookingLimitsCount,
  }));

function Editor(props: {
  base: string;
  teamId: number;
  eventType: TeamEventTypeOutput;
  members: MembershipOutput[];
}) {
  const [saved, setSaved] = useState(props.eventType);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(props.eventType));
  const [hosts, setHosts] = useState(() => hostsOf(props.eventType));
  const [assignAll, setAssignAll] = useState(props.eventType.assignAllTeamMembers);
  const [reportRound, setReportRound] = useState(0);
  const action = useAction(t.common.network);
  const update = (changes: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...changes }));
  const isRoundRobin = saved.schedulingType === 'roundRobin';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const body = { ...draft, assignAllTeamMembers: assignAll, ...(assignAll ? {} : { hosts }) };
    const result = await action.run(
      () => api.patch<TeamEventTypeOutput>(props.base, body),
      t.common.saved,
    );
    if (result) {
      setSaved(result);
      setDraft(draftFrom(result));
      setHosts(hostsOf(result));
      setReportRound((n) => n + 1);
    }
  };
  const remove = async () => {
    if (await action.run(() => api.delete(props.base))) navigate(paths.team(props.teamId));
  };
  const sectionProps = { draft, update, errors: action.fieldErrors };
  return (
    <section aria-labelledby="page-title">
      <p>
        <AppLink href={paths.team(props.teamId)}>{m.backToTeam(saved.team.name)}</AppLink>
      </p>
      <PageHeader
        title={saved.title}
        intro={`${m.schedulingTypes[saved.schedulingType]} · /team/${saved.team.slug}/${saved.slug}`}
        actions={
          <ConfirmButton
            question={t.eventTypes.confirmDelete(saved.title)}
            onConfirm={() => void remove()}
          >
            {t.common.delete}
          </ConfirmButton>
        }
      />
      {isRoundRobin ? (
        <RoundRobinReport path={`${props.base}/round-robin`} round={reportRound} />
      ) : null}
      <form className="d-editor" onSubmit={(event) => void save(event)} noValidate>
        <HostsEditor
          members={props.members}
          hosts={hosts}
          assignAll={assignAll}
          isRoundRobin={isRoundRobin}
          onChange={(nextHosts, nextAssignAll) => {
            setHosts(nextHosts);
            setAssignAll(nextAssignAll);
          }}
          error={errorUnder(action.fieldErrors, 'hosts')}
        />
        <BasicsSection {...sectionProps} />
        <TimingSection {...sectionProps} schedules={[]} />
        <LimitsSection {...sectionProps} />
        <OptionsSection {...sectionProps} />
        <LocationsEditor {...sectionProps} />
        <BookingFieldsEditor {...sectionProps} />
        <div className="d-savebar">
          <FormStatus error={action.error} done={action.done} />
          <button type="submit" className="button" disabled={action.isBusy}>
            {t.common.save}
          </button>
        </div>
      </form>
    </section>
  );
}

/** How fairly the round robin has shared bookings so far (PRD 6.4: ±10%). */
function RoundRobinReport(props: { path: string; round: number }) {
  const { state } = useLoad(`${props.path}:${props.round}`, () =>
    api.get<RoundRobinReportOutput>(props.path),
  );
  if (state.status !== 'done') return null;
  const report = state.data;
  return (
    <section className="d-section" aria-labelledby="fairness-title">
      <h2 id="fairness-title">{m.fairness}</h2>
      <p className="d-muted">
        {report.totalTurns === 0
          ? m.noTurns
          : report.isFair
            ? m.fair(report.totalTurns)
            : m.unfair(report.totalTurns)}
      </p>
      {report.hosts.length > 0 ? (
        <table className="d-table">
          <caption className="visually-hidden">{m.fairness}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.member}</th>
              <th scope="col">{m.columns.weight}</th>
              <th scope="col">{m.columns.turns}</th>
              <th scope="col">{m.columns.share}</th>
            </tr>
          </thead>
          <tbody>
            {report.hosts.map((host) => (
              <tr key={host.userId}>
                <td>{host.name}</td>
                <td>{host.weight}</td>
                <td>{host.turns}</td>
                <td>
                  {Math.round(host.actualShare * 100)}% / {Math.round(host.targetShare * 100)}%
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
