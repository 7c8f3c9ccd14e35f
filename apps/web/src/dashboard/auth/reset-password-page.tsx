import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { api } from '../api';
import { paths } from '../routes';
import { t } from '../strings';
import { FormStatus, TextField } from '../ui/form';
import { useAction } from '../ui/use-action';
import { AppLink } from '../ui/widgets';
import { AuthFrame } from './auth-frame';

/** Without `?token=`: ask for a link by mail. With it (the mailed link): choose a new password. */
export function ResetPasswordPage() {
  const token = new URLSearchParams(location.search).get('token');
  return (
    <AuthFrame
      title={token ? t.auth.newPasswordTitle : t.auth.resetTitle}
      footer={
        <p>
          <AppLink href={paths.login}>{t.auth.backToLogin}</AppLink>
        </p>
      }
    >
      {token ? <ChoosePassword token={token} /> : <AskForLink />}
    </AuthFrame>
  );
}

function AskForLink() {
  const [email, setEmail] = useState('');
  const action = useAction(t.common.network);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(() => api.post('/v2/auth/password-reset', { email }), t.auth.resetSent);
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p className="d-muted">{t.auth.resetIntro}</p>
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
      <FormStatus error={action.error} done={action.done} />
      <button type="submit" className="button d-wide" disabled={action.isBusy}>
        {t.auth.resetButton}
      </button>
    </form>
  );
}

function ChoosePassword({ token }: { token: string }) {
  const [password, setPassword] = useState('');
  const action = useAction(t.common.network);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await action.run(() =>
      api.post('/v2/auth/password-reset/confirm', { token, password }),
    );
    if (done) navigate(paths.home, { replace: true });
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t.auth.newPassword}
        type="password"
        name="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={setPassword}
        hint={t.auth.passwordHint}
        error={action.fieldErrors.password}
      />
      {action.fieldErrors.token ? (
        <p className="d-notice d-notice-error" role="alert">
          {action.fieldErrors.token} <AppLink href={paths.resetPassword}>{t.auth.askAgain}</AppLink>
        </p>
      ) : null}
      <FormStatus error={action.fieldErrors.token ? null : action.error} done={null} />
      <button type="submit" className="button d-wide" disabled={action.isBusy}>
        {t.auth.setPasswordButton}
      </button>
    </form>
  );
}
