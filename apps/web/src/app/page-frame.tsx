import type { AppearanceOutput } from '@kairos/contracts';
import { useEffect, type ReactNode } from 'react';
import { en } from '../i18n/en';
import { applyLook, onSystemThemeChange } from '../theme/theme';
import { useEmbed } from './embed-context';

/** Applies the host's look (theme, brand colour) and keeps it in step with the system theme. */
export function useLook(appearance: AppearanceOutput | null): void {
  const { ui } = useEmbed();
  const linkTheme = new URLSearchParams(location.search).get('theme');
  useEffect(() => {
    const apply = () => applyLook({ appearance, linkTheme, embedUi: ui });
    apply();
    return onSystemThemeChange(apply);
  }, [appearance, linkTheme, ui]);
}

/** The page around a booking page's card: the host's logo above, "Powered by Kairos" below. */
export function PageFrame(props: {
  appearance: AppearanceOutput | null;
  children: ReactNode;
  wide?: boolean;
}) {
  const { isEmbed } = useEmbed();
  useLook(props.appearance);
  const { appearance } = props;
  return (
    <div className={`page${isEmbed ? ' page-embed' : ''}`}>
      <main className={`card${props.wide ? ' card-wide' : ''}`}>{props.children}</main>
      {appearance?.hideBranding ? null : <footer className="branding">{en.poweredBy}</footer>}
    </div>
  );
}
