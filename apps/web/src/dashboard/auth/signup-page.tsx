import type { InstanceOutput } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { api } from '../api';
import { paths } from '../routes';
import { t } from '../strings';
import { FormStatus, SelectField, TextField } from '../ui/form';
import { timeZoneOptions, browserTimeZone } from '../ui/time-zones';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { AppLink } from '../ui/widgets';
import { AuthFrame, nextPath } from './auth-frame';

/** A booking-link name from an email address: "Ada.L@x" -> "ada-l". */
export function usernameFrom(email: string): string {
  return (email.split('@')[0] ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, 63);
}

export function SignupPage() {
  const instance = useLoad('instance', () => api.get<InstanceOutput>('/v2/auth/instance'));
  // An invitation mail links here with the invited address: it may sign up even when closed.
  const [invitedEmail] = useState(() => new URLSearchParams(location.search).get('email'));
  const [name, setName] = useState('');
  const [email, setEmail] = useState(invitedEmail ?? '');
  const [username, setUsername] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone());
  const action = useAction(t.common.network);
  const shownUsername = username ?? usernameFrom(email);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { name, email, username: shownUsername, password, timeZone };
    const created = await action.run(() => api.post('/v2/auth/signup', body));
    if (created) navigate(nextPath(invitedEmail ? paths.teams : paths.home), { replace: true });
  };

  const info = instance.state.status === 'done' ? instance.state.data : null;
  const isClosed = info !== null && info.hasOwner && !info.signupsOpen && !invitedEmail;
  return (
    <AuthFrame
      title={t.auth.signupTitle}
      footer={
        <p>
          {t.auth.haveAccount} <AppLink href={paths.login}>{t.auth.loginLink}</AppLink>
        </p>
      }
    >
      {info && !info.hasOwner ? <p className="d-notice">{t.auth.firstUser}</p> : null}
      {isClosed ? (
        <p className="d-notice">{t.auth.signupClosed}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            label={t.auth.name}
            name="name"
            autoComplete="name"
            required
            value={name}
            onChange={setName}
            error={action.fieldErrors.name}
          />
          <TextField
            label={t.auth.email}
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onChange={setEmail}
            error={action.fieldErrors.email}
          />
          <TextField
            label={t.auth.username}
            name="username"
            autoComplete="off"
            required
            value={shownUsername}
            onChange={setUsername}
            hint={t.auth.usernameHint(location.origin, shownUsername || 'you')}
            error={action.fieldErrors.username}
          />
          <TextField
            label={t.auth.password}
            type="password"
            name="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={setPassword}
            hint={t.auth.passwordHint}
            error={action.fieldErrors.password}
          />
          <SelectField
            label={t.auth.timeZone}
            name="timeZone"
            value={timeZone}
            onChange={setTimeZone}
            options={timeZoneOptions(timeZone)}
            error={action.fieldErrors.timeZone}
          />
          <FormStatus error={action.error} done={null} />
          <button type="submit" className="button d-wide" disabled={action.isBusy}>
            {t.auth.signupButton}
          </button>
        </form>
      )}
    </AuthFrame>
  );
}
