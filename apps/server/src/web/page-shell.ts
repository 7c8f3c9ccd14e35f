import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a page is served with: data the app would otherwise fetch first, and the head's title. */
export interface ShellContent {
  /** API responses keyed by path: the page reads them instead of asking again. */
  preload?: Record<string, unknown>;
  title?: string;
  /** `light` | `dark` set on <html> so the first paint has the right colours. */
  theme?: string | undefined;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON inside <script>: `<` escaped so no "</script>" or "<!--" can end it early. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * The built index.html of apps/web, read again whenever the build replaces it, so a rebuild
 * (`npm run build:web`) shows up without restarting the server.
 */
export function createPageShell(distDir: string) {
  const indexPath = join(distDir, 'index.html');
  let cached: { mtimeMs: number; html: string } | null = null;

  const template = (): string | null => {
    try {
      const { mtimeMs } = statSync(indexPath);
      if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(indexPath, 'utf8') };
      return cached.html;
    } catch {
      return null;
    }
  };

  return (content: ShellContent): string | null => {
    const html = template();
    if (html === null) return null;
    const head = [
      content.title ? `<title>${escapeHtml(content.title)}</title>` : '',
      content.preload
        ? `<script id="kairos-preload" type="application/json">${scriptJson(content.preload)}</script>`
        : '',
    ].join('');
    let page = html.replace('<!--kairos:head-->', head);
    if (content.title) page = page.replace(/<title>Kairos<\/title>/, '');
    if (content.theme === 'light' || content.theme === 'dark')
      page = page.replace('<html lang="en">', `<html lang="en" data-theme="${content.theme}">`);
    return page;
  };
}
