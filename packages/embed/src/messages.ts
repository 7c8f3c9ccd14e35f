import { asRecord } from './context';
import type { EmbedContext } from './context';

const FULL_TYPE = /^CAL:([^:]*):(.+)$/;

/**
 * Messages from booking-page iframes: `{originator:"CAL", type, namespace, fullType, data}`.
 * The iframe that sent it handles the internal ones (handshake, size, close); every event of a
 * known namespace is dispatched on the window as `CAL:<ns>:<type>` for `Cal("on")`.
 */
export function installMessageListener(context: EmbedContext): void {
  context.win.addEventListener('message', (event: MessageEvent) => {
    const message = asRecord(event.data);
    const match = typeof message.fullType === 'string' ? FULL_TYPE.exec(message.fullType) : null;
    if (!match) return;
    const [, name = '', type = ''] = match;
    const data = asRecord(message.data);
    for (const frame of context.frames) {
      if (frame.iframe.contentWindow === event.source) frame.receive(type, data);
    }
    context.namespaces.get(name)?.dispatch(type, message.data ?? {});
  });
}
