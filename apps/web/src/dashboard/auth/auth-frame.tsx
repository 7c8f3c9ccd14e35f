import { useEffect, type ReactNode } from 'react';
import { t } from '../strings';

/** The centred card of the sign-in, sign-up and reset pages. */
export function AuthFrame(props: { title: string; children: ReactNode; footer?: ReactNode }) {
  useEffect(() => {
    document.title = `${props.title} · ${t.productName}`;
  }, [props.title]);
  return (
    <div className="d-auth">
      <main className="d-auth-card">
        <p className="d-brand">{t.productName}</p>
        <h1>{props.title}</h1>
        {props.children}
      </main>
      {props.footer ? <footer className="d-auth-footer">{props.footer}</footer> : null}
    </div>
  );
}

/** Where to go after signing in: `?next=` when it is a path of this site, else the dashboard. */
export function nextPath(fallback: string): string {
  const next = new URLSearchParams(location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
