/** Where this tab keeps its identity and token, so a reload is not a new client. */
const CLIENT_ID_KEY = 'warroom.clientId';
const TOKEN_KEY = 'warroom.token';

/** A stable id for this browser tab or window; survives reloads, not a new tab. */
export function clientId(): string {
  let id = sessionStorage.getItem(CLIENT_ID_KEY);
  if (!id) {
    // getRandomValues works on plain http too, unlike randomUUID.
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    sessionStorage.setItem(CLIENT_ID_KEY, id);
  }
  return id;
}

/**
 * The serve-mode token arrives in the URL fragment (never sent to a server or a log). It is
 * kept for this tab and taken off the address bar, so a wall screen does not display it.
 */
export function takeAccessToken(): string | null {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const fromUrl = fragment.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    fragment.delete('token');
    const rest = fragment.toString();
    history.replaceState(null, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}
