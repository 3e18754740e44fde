import { collabPath } from '../../shared/docName';
import { clientEnv } from '../env';

/** `ws(s)://<host>/collab`; the provider appends `/<docName>`. */
export function collabServerUrl(): string {
  const origin = clientEnv.collabOrigin ?? window.location.origin;
  const url = new URL(collabPath, origin);
  url.protocol = url.protocol === 'https:' || url.protocol === 'wss:' ? 'wss:' : 'ws:';
  return url.toString().replace(/\/+$/, '');
}
