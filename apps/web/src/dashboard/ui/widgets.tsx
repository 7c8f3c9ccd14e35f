import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { navigate } from '../../app/router';
import { ApiError } from '../api';
import { t } from '../strings';

export function Loading() {
  return (
    <p className="d-loading" role="status" aria-live="polite">
      {t.common.loading}
    </p>
  );
}

/** A load that failed, with a way to try again. */
export function LoadFailed({ error, retry }: { error: unknown; retry: () => void }) {
  const message =
    error instanceof ApiError
      ? error.status === 0
        ? t.common.network
        : error.message
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <div className="d-notice d-notice-error" role="alert">
      <p>{message}</p>
      <button type="button" className="button button-secondary" onClick={retry}>
        {t.common.retry}
      </button>
    </div>
  );
}

export function PageHeader(props: { title: string; intro?: string; actions?: ReactNode }) {
  return (
    <header className="d-page-header">
      <div>
        <h1 id="page-title" tabIndex={-1}>
          {props.title}
        </h1>
        {props.intro ? <p className="d-muted">{props.intro}</p> : null}
      </div>
      {props.actions ? <div className="d-actions">{props.actions}</div> : null}
    </header>
  );
}

/** Copies text to the clipboard and says so; if the browser refuses, says to copy by hand. */
export function CopyButton(props: { text: string; label: string; className?: string }) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setSaid(t.common.copied);
    } catch {
      setSaid(t.common.copyFailed);
    }
    setTimeout(() => setSaid(''), 4000);
  };
  return (
    <span className="d-copy">
      <button
        type="button"
        className={props.className ?? 'button button-secondary'}
        onClick={() => void copy()}
      >
        {props.label}
      </button>
      <span role="status" aria-live="polite" className="d-muted">
        {said}
      </span>
    </span>
  );
}

export interface Tab {
  id: string;
  label: string;
}

/**
 * Tabs as the ARIA pattern has them: one tab stop, arrow keys move between tabs, the selected
 * tab controls the panel rendered by the caller (id `${idPrefix}-panel`).
 */
export function Tabs(props: {
  tabs: readonly Tab[];
  selected: string;
  onSelect: (id: string) => void;
  label: string;
  idPrefix: string;
}) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = props.tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const tab = props.tabs[next];
    if (!tab) return;
    props.onSelect(tab.id);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className="d-tabs">
      {props.tabs.map((tab, index) => {
        const isSelected = tab.id === props.selected;
        return (
          <button
            key={tab.id}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${props.idPrefix}-tab-${tab.id}`}
            aria-selected={isSelected}
            aria-controls={`${props.idPrefix}-panel`}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => props.onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

/** A button that asks first (the browser's own dialog: focus and keys work everywhere). */
export function ConfirmButton(props: {
  question: string;
  onConfirm: () => void;
  children: ReactNode;
  className?: string;
  disabled?: boolean;
  'aria-label'?: string;
}) {
  return (
    <button
      type="button"
      className={props.className ?? 'button button-danger'}
      disabled={props.disabled}
      aria-label={props['aria-label']}
      onClick={() => {
        if (window.confirm(props.question)) props.onConfirm();
      }}
    >
      {props.children}
    </button>
  );
}

/** An in-app link: a plain <a> that moves without a page load on a plain left click. */
export function AppLink(props: {
  href: string;
  children: ReactNode;
  className?: string;
  'aria-current'?: 'page' | undefined;
}) {
  return (
    <a
      href={props.href}
      className={props.className}
      aria-current={props['aria-current']}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
          return;
        event.preventDefault();
        navigate(props.href);
      }}
    >
      {props.children}
    </a>
  );
}

/** A button that opens and closes the panel it controls (a "New …" form). */
export function ToggleButton(props: {
  open: boolean;
  onToggle: (open: boolean) => void;
  label: string;
  secondary?: boolean;
}) {
  return (
    <button
      type="button"
      className={props.secondary ? 'button button-secondary' : 'button'}
      aria-expanded={props.open}
      onClick={() => props.onToggle(!props.open)}
    >
      {props.label}
    </button>
  );
}
