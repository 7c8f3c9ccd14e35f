export interface Dimensions {
  iframeHeight: number;
  iframeWidth: number;
  isFirstTime: boolean;
}

/** In an embed the document is as tall as its content, so the parent can size the iframe to it. */
const EMBED_CSS =
  'html.kairos-embed,html.kairos-embed body{height:auto!important;min-height:0!important}';

/**
 * Reports the content's size whenever it changes (`__dimensionChanged`). Content sized in `vh`
 * or `height:100%` would follow the iframe instead of setting it; the stylesheet above undoes the
 * usual full-height root so the measure is the content's own.
 */
export function startSizeReporter(doc: Document, send: (size: Dimensions) => void): () => void {
  const root = doc.documentElement;
  root.classList.add('kairos-embed');
  const style = doc.createElement('style');
  style.textContent = EMBED_CSS;
  doc.head.appendChild(style);
  let lastHeight = -1;
  let isFirstTime = true;
  const measure = () => {
    const box = root.getBoundingClientRect();
    const iframeHeight = Math.ceil(box.height);
    if (iframeHeight === lastHeight) return;
    lastHeight = iframeHeight;
    send({ iframeHeight, iframeWidth: Math.ceil(box.width), isFirstTime });
    isFirstTime = false;
  };
  const observer = new ResizeObserver(measure);
  observer.observe(root);
  observer.observe(doc.body);
  measure();
  return () => observer.disconnect();
}
