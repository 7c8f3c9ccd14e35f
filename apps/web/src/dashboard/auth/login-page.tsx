import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { api } from '../api';
import { paths } from '../routes';
import { t } from '../strings';
import { FormStatus, TextField } from '../ui/form';
import { useAction } from '../ui/use-action';
import { AppLink } from '../ui/widgets';
import { AuthFrame, nextPath } from './auth-frame';

export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction(t.common.network);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const signedIn = await action.run(() => api.post('/v2/auth/login', { email, password }));
    if (signedIn) navigate(nextPath(paths.home), { replace: true });
  };

  return (
    <AuthFrame
      title={t.auth.loginTitle}
      footer={
        <p>
          {t.auth.noAccount} <AppLink href={paths.signup}>{t.auth.signupLink}</AppLink>
        </p>
      }
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t.auth.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
          error={action.fieldErrors.email}
        />
        <TextField
          label={t.auth.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={action.fieldErrors.password}
        />
        <FormStatus error={action.error} done={null} />
        <button type="submit" className="button d-wide" disabled={action.isBusy}>
          {t.auth.loginButton}
        </button>
      </form>
      <p>
        <AppLink href={paths.resetPassword}>{t.auth.forgotLink}</AppLink>
      </p>
    </AuthFrame>
  );
}
