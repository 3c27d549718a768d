/**
 * Text a person typed (subjects, names, commands, reasons), made inert in HTML: it shows as the
 * same text and can open no element, attribute or entity. The same escape serves element text and
 * double-quoted attribute values, so there is one function to use everywhere.
 */

const HTML_SPECIALS = /[&<>"']/g;
/** The non-global twin: a test with no state, so text without specials is returned as it is. */
const HAS_HTML_SPECIAL = /[&<>"']/;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return HAS_HTML_SPECIAL.test(text)
    ? text.replace(HTML_SPECIALS, (special) => ENTITIES[special] ?? '')
    : text;
}
