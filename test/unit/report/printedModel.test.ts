import { afterEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../../electron/host/report/buildReport';
import { PDF_TIMELINE_MAX_EVENTS, printedModel } from '../../../electron/host/report/export/pdf/printedModel';
import { renderHtml } from '../../../electron/host/report/render/html/renderHtml';
import { healthyDay, PANELS, type RecordedDay } from '../../support/recordedDay';

describe('the model a PDF is printed from', () => {
  let day: RecordedDay;
  afterEach(() => day.dispose());

  it('keeps every event of an ordinary day', async () => {
    day = await healthyDay();
    const model = buildReport({ day: day.exported(), signoff: [], panels: PANELS });
    expect(printedModel(model)).toBe(model);
  });

  it('lists only the key events of a long day, and the PDF says where the others are', async () => {
    day = await healthyDay();
    for (let i = 0; i < PDF_TIMELINE_MAX_EVENTS; i++) await day.at(800_000 + i * 1000).note(`poll ${i} ok`);
    const model = buildReport({ day: day.exported(), signoff: [], panels: PANELS });
    const keyCount = model.timeline.entries.filter((entry) => entry.key).length;

    const printed = printedModel(model);

    expect(printed.timeline.entries.length).toBe(keyCount);
    expect(printed.timeline.entries.every((entry) => entry.key)).toBe(true);
    expect(printed.timeline.omitted).toBe(model.timeline.entries.length - keyCount);
    const html = renderHtml(printed);
    expect(html).toContain(
      `This copy lists the key events only: the ${printed.timeline.omitted} other events of the day are in the HTML report and the audit log`,
    );
    expect(html).not.toContain('poll 7 ok');
    expect(renderHtml(model)).toContain('poll 7 ok');
  });
});
