import type { TrustedOrigins } from './app-origin';

/** The part of an Electron IPC event the check needs (IpcMainInvokeEvent / IpcMainEvent fit it). */
export interface IpcSenderLike {
  senderFrame: { url: string; parent: unknown } | null;
}

export class UntrustedSenderError extends Error {
  constructor(channel: string, url: string | undefined) {
    super(`Refused IPC "${channel}" from untrusted frame ${url ?? '(gone)'}`);
    this.name = 'UntrustedSenderError';
  }
}

/**
 * Every IPC message must come from the app's own top-level frame: a frame
 * that navigated elsewhere, an iframe, or a frame already destroyed is refused.
 */
export function isTrustedSender(event: IpcSenderLike, origins: TrustedOrigins): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return origins.isTrusted(frame.url);
}

export function assertTrustedSender(channel: string, event: IpcSenderLike, origins: TrustedOrigins): void {
  if (!isTrustedSender(event, origins)) throw new UntrustedSenderError(channel, event.senderFrame?.url);
}
