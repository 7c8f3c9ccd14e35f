import type { MembershipOutput, TeamHostInput } from '@kairos/contracts';
import { t } from '../strings';
import { CheckboxField, NumberField, SelectField } from '../ui/form';

const m = t.teams;
const priorities = ['lowest', 'low', 'medium', 'high', 'highest'] as const;
export type Host = Pick<TeamHostInput, 'userId' | 'mandatory' | 'priority' | 'weight'> &
  Partial<Pick<TeamHostInput, 'scheduleId' | 'bookingLimitsCount'>>;

/**
 * Who hosts a team event type: every member (and whoever joins), or the members ticked, each
 * with mandatory, priority and weight for the round robin.
 */
export function HostsEditor(props: {
  members: MembershipOutput[];
  hosts: Host[];
  assignAll: boolean;
  isRoundRobin: boolean;
  onChange: (hosts: Host[], assignAll: boolean) => void;
  error?: string | undefined;
}) {
  const { members, hosts, assignAll, onChange } = props;
  const byUser = new Map(hosts.map((host) => [host.userId, host]));
  const set = (userId: number, host: Host | null) => {
    const rest = hosts.filter((h) => h.userId !== userId);
    onChange(host ? [...rest, host] : rest, assignAll);
  };
  return (
    <fieldset className="d-section">
      <legend>{m.hosts}</legend>
      {props.error ? <p className="d-error">{props.error}</p> : null}
      <CheckboxField
        label={m.assignAll}
        hint={m.assignAllHint}
        checked={assignAll}
        onChange={(checked) => onChange(hosts, checked)}
      />
      {assignAll ? null : (
        <ul className="d-rows">
          {members
            .filter((member) => member.accepted)
            .map((member) => {
              const host = byUser.get(member.userId);
              const name = member.user.name;
              return (
                <li key={member.userId} className="d-row">
                  <CheckboxField
                    label={m.isHost(name)}
                    checked={host !== undefined}
                    onChange={(checked) =>
                      set(
                        member.userId,
                        checked
                          ? {
                              userId: member.userId,
                              mandatory: false,
                              priority: 'medium',
                              weight: 1,
                            }
                          : null,
                      )
                    }
                  />
                  {host && props.isRoundRobin ? (
                    <div className="d-grid">
                      <CheckboxField
                        label={m.mandatory(name)}
                        checked={host.mandatory}
                        onChange={(mandatory) => set(member.userId, { ...host, mandatory })}
                      />
                      <SelectField
                        label={m.priority(name)}
                        value={host.priority}
                        options={priorities.map((value) => ({ value, label: m.priorities[value] }))}
                        onChange={(priority) =>
                          set(member.userId, { ...host, priority: priority as Host['priority'] })
                        }
                      />
                      <NumberField
                        label={m.weight(name)}
                        min={1}
                        max={1000}
                        value={host.weight}
                        onChange={(weight) => set(member.userId, { ...host, weight: weight ?? 1 })}
                      />
                    </div>
                  ) : null}
                </li>
              );
            })}
        </ul>
      )}
    </fieldset>
  );
}
