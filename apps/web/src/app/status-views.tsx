import { useEffect } from 'react';
import { ApiError } from '../api/client';
import { reportLinkFailed } from '../embed/bridge';
import { en } from '../i18n/en';
import { PageFrame } from './page-frame';

export function LoadingView() {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span className="visually-hidden">{en.loading}</span>
    </div>
  );
}

/** A 404 page; inside an embed the parent is told (linkFailed). */
export function NotFoundView() {
  useEffect(() => reportLinkFailed(404, en.notFound.title), []);
  return (
    <PageFrame appearance={null}>
      <section className="message-page">
        <h1>{en.notFound.title}</h1>
        <p>{en.notFound.body}</p>
      </section>
    </PageFrame>
  );
}

/** A failed load: not found, or something else with a way to retry. */
export function FailedView({ error, retry }: { error: unknown; retry: () => void }) {
  if (error instanceof ApiError && error.status === 404) return <NotFoundView />;
  const message =
    error instanceof ApiError && error.status === 0
      ? en.error.network
      : error instanceof Error
        ? error.message
        : '';
  return (
    <PageFrame appearance={null}>
      <section className="message-page" role="alert">
        <h1>{en.error.title}</h1>
        <p>{message}</p>
        <button type="button" className="button" onClick={retry}>
          {en.error.retry}
        </button>
      </section>
    </PageFrame>
  );
}
