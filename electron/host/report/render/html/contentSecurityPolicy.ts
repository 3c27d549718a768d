import { TIMELINE_FILTER_SCRIPT_SOURCE } from './timelineFilterScript';

/**
 * The standalone report's policy: it may load nothing at all (no font, image, style sheet, frame or
 * connection), so even a text that slipped through escaping cannot make a request; its inline
 * styles and `data:` images are allowed, and of scripts only the timeline filter, by its hash.
 */
export const REPORT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  `script-src ${TIMELINE_FILTER_SCRIPT_SOURCE}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
