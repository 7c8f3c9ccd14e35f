import type { InstanceOutput, UserOutput } from '@kairos/contracts';
import { useState } from 'react';
import { api } from '../api';
import { useSession } from '../session';
import { t } from '../strings';
import { CheckboxField, FormStatus, SectionForm, SelectField, TextField } from '../ui/form';
import { timeZoneOptions } from '../ui/time-zones';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { PageHeader } from '../ui/widgets';

const s = t.settings;
const weekDays = ['Monday', 'Sunday', 'Saturday'] as const;

function Profile() {
  const { session, setUser } = useSession();
  const user = session.user;
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email);
  const [username, setUsername] = useState(user.username);
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const [weekStart, setWeekStart] = useState<string>(user.weekStart);
  const [timeFormat, setTimeFormat] = useState(String(user.timeFormat));
  const action = useAction(t.common.network);
  const submit = async () => {
    const body = { name, email, username, timeZone, weekStart, timeFormat: Number(timeFormat) };
    const updated = await action.run(() => api.patch<UserOutput>('/v2/me', body), t.common.saved);
    if (updated) setUser(updated);
  };
  return (
    <SectionForm title={s.profile} submitLabel={s.saveProfile} action={action} onSubmit={submit}>
      <div className="d-grid">
        <TextField
          label={s.name}
          name="name"
          value={name}
          onChange={setName}
          error={action.fieldErrors.name}
        />
        <TextField
          label={s.email}
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={action.fieldErrors.email}
        />
        <TextField
          label={s.username}
          name="username"
          autoComplete="off"
          value={username}
          onChange={setUsername}
          hint={t.auth.usernameHint(location.origin, username || 'you')}
          error={action.fieldErrors.username}
        />
        <SelectField
          label={s.timeZone}
          name="timeZone"
          value={timeZone}
          options={timeZoneOptions(timeZone)}
          onChange={setTimeZone}
          error={action.fieldErrors.timeZone}
        />
        <SelectField
          label={s.weekStart}
          name="weekStart"
          value={weekStart}
          options={[...new Set([weekStart, ...weekDays])].map((value) => ({ value, label: value }))}
          onChange={setWeekStart}
        />
        <SelectField
          label={s.timeFormat}
          name="timeFormat"
          value={timeFormat}
          options={[
            { value: '24', label: s.hour24 },
            { value: '12', label: s.hour12 },
          ]}
          onChange={setTimeFormat}
        />
      </div>
    </SectionForm>
  );
}

function Appearance() {
  const { session, setUser } = useSession();
  const user = session.user;
  const [brandColor, setBrandColor] = useState(user.brandColor);
  const [darkBrandColor, setDarkBrandColor] = useState(user.darkBrandColor);
  const [theme, setTheme] = useState<string>(user.theme);
  const [logoUrl, setLogoUrl] = useState(user.logoUrl ?? '');
  const [hideBranding, setHideBranding] = useState(user.hideBranding);
  const action = useAction(t.common.network);
  const submit = async () => {
    const body = {
      brandColor,
      darkBrandColor,
      theme,
      logoUrl: logoUrl.trim() === '' ? null : logoUrl.trim(),
      hideBranding,
    };
    const updated = await action.run(() => api.patch<UserOutput>('/v2/me', body), t.common.saved);
    if (updated) setUser(updated);
  };
  return (
    <SectionForm
      title={s.appearance}
      intro={s.appearanceIntro}
      submitLabel={s.saveAppearance}
      action={action}
      onSubmit={submit}
    >
      <div className="d-grid">
        <TextField
          label={s.brandColor}
          type="color"
          name="brandColor"
          value={brandColor}
          onChange={setBrandColor}
          error={action.fieldErrors.brandColor}
        />
        <TextField
          label={s.darkBrandColor}
          type="color"
          name="darkBrandColor"
          value={darkBrandColor}
          onChange={setDarkBrandColor}
          error={action.fieldErrors.darkBrandColor}
        />
        <SelectField
          label={s.theme}
          name="theme"
          value={theme}
          options={(['auto', 'light', 'dark'] as const).map((value) => ({
            value,
            label: s.themes[value],
          }))}
          onChange={setTheme}
        />
        <TextField
          label={s.logoUrl}
          type="url"
          name="logoUrl"
          value={logoUrl}
          onChange={setLogoUrl}
          hint={s.logoUrlHint}
          error={action.fieldErrors.logoUrl}
        />
      </div>
      <CheckboxField label={s.hideBranding} checked={hideBranding} onChange={setHideBranding} />
    </SectionForm>
  );
}

function Password() {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const action = useAction(t.common.network);
  const submit = async () => {
    const done = await action.run(
      () => api.post('/v2/auth/password', { currentPassword, newPassword }),
      s.passwordChanged,
    );
    if (done) {
      setCurrent('');
      setNew('');
    }
  };
  return (
    <SectionForm
      title={s.password}
      submitLabel={s.changePassword}
      action={action}
      onSubmit={submit}
    >
      <div className="d-grid">
        <TextField
          label={s.currentPassword}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrent}
          error={action.fieldErrors.currentPassword}
        />
        <TextField
          label={s.newPassword}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={setNew}
          hint={t.auth.passwordHint}
          error={action.fieldErrors.newPassword}
        />
      </div>
    </SectionForm>
  );
}

function Instance() {
  const { state, set } = useLoad('instance', () => api.get<InstanceOutput>('/v2/auth/instance'));
  const action = useAction(t.common.network);
  if (state.status !== 'done') return null;
  const toggle = async (signupsOpen: boolean) => {
    const updated = await action.run(
      () => api.patch<InstanceOutput>('/v2/auth/instance', { signupsOpen }),
      t.common.saved,
    );
    if (updated) set(updated);
  };
  return (
    <section className="d-section" aria-labelledby="instance-title">
      <h2 id="instance-title">{s.instance}</h2>
      <p className="d-muted">{s.instanceIntro}</p>
      <CheckboxField
        label={s.signupsOpen}
        hint={s.signupsOpenHint}
        checked={state.data.signupsOpen}
        onChange={(checked) => void toggle(checked)}
      />
      <FormStatus error={action.error} done={action.done} />
    </section>
  );
}

export function SettingsPage() {
  const { session } = useSession();
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={s.title} />
      <Profile />
      <Appearance />
      <Password />
      {session.isInstanceOwner ? <Instance /> : null}
    </section>
  );
}
