import { createHash } from 'node:crypto';

/**
 * The report's one script: the timeline's filter bar, in plain DOM. It shows the bar (hidden in
 * the markup), hides the rows that do not match and the chunks they leave empty, and when an
 * evidence link leads to a hidden row it clears the filter first. Nothing from the journal is
 * ever written into it.
 */
export const TIMELINE_FILTER_SCRIPT = `(() => {
  const bar = document.getElementById('timeline-filter');
  const table = document.getElementById('timeline-table');
  if (!bar || !table) return;
  const chunks = Array.from(table.querySelectorAll('.event-chunk'));
  const rows = [];
  const chunkOf = [];
  chunks.forEach((chunk, index) => {
    for (const row of chunk.querySelectorAll('tbody tr')) {
      rows.push(row);
      chunkOf.push(index);
    }
  });
  const kinds = rows.map((row) => row.getAttribute('data-kind'));
  const severities = rows.map((row) => row.getAttribute('data-severity') || '');
  const keys = rows.map((row) => row.classList.contains('key'));
  let texts = null;
  const field = (name) => bar.querySelector('[data-filter="' + name + '"]');
  const [text, kind, severity, key, count] = ['text', 'kind', 'severity', 'key', 'count'].map(field);
  const apply = () => {
    const needle = text.value.trim().toLowerCase();
    if (needle && !texts) texts = rows.map((row) => row.textContent.toLowerCase());
    let shown = 0;
    const shownInChunk = chunks.map(() => 0);
    for (let i = 0; i < rows.length; i++) {
      const match =
        (!kind.value || kinds[i] === kind.value) &&
        (!severity.value || severities[i] === severity.value) &&
        (!key.checked || keys[i]) &&
        (!needle || texts[i].includes(needle));
      if (rows[i].hidden === match) rows[i].hidden = !match;
      if (match) {
        shown++;
        shownInChunk[chunkOf[i]]++;
      }
    }
    // A chunk with no row shown is hidden whole: off screen it would keep its estimated height.
    chunks.forEach((chunk, index) => {
      if (chunk.hidden !== (shownInChunk[index] === 0)) chunk.hidden = shownInChunk[index] === 0;
    });
    count.textContent = shown + ' of ' + rows.length + ' events shown';
  };
  let pending = 0;
  bar.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(apply, 120);
  });
  bar.addEventListener('change', apply);
  const reveal = () => {
    const target = location.hash.startsWith('#seq-') ? document.getElementById(location.hash.slice(1)) : null;
    if (!target || !target.hidden) return;
    text.value = kind.value = severity.value = '';
    key.checked = false;
    apply();
    target.scrollIntoView();
  };
  window.addEventListener('hashchange', reveal);
  bar.hidden = false;
  apply();
})();`;

/** The CSP source that allows exactly this script: its SHA-256, computed once. */
export const TIMELINE_FILTER_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(TIMELINE_FILTER_SCRIPT, 'utf8').digest('base64')}'`;
