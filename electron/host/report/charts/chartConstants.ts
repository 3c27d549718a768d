/** Points per series in a panel's chart over the day: about one per pixel of a report-wide chart. */
export const PANEL_CHART_MAX_POINTS = 600;

/** Points per series in a snapshot's small chart (a quarter hour at a 5 s refresh is 180). */
export const SNAPSHOT_CHART_MAX_POINTS = 120;

/** Event markers on one panel chart: beyond this the lines would merge into a band. */
export const PANEL_CHART_MAX_MARKERS = 200;
