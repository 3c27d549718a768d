import { residentBytesOf } from './processFigures';

/** One RSS reading a minute while the cycles run: not judged, printed to show where growth goes. */
const TREND_EVERY_MS = 60_000;

/** Reads the process's RSS every minute until `until`; resolves to the readings in MiB. */
export async function rssTrend(pid: number, until: number): Promise<number[]> {
  const readings: number[] = [];
  const maxReadings = Math.ceil((until - Date.now()) / TREND_EVERY_MS) + 1;
  while (readings.length < maxReadings && Date.now() + TREND_EVERY_MS <= until) {
    await new Promise((resolve) => setTimeout(resolve, TREND_EVERY_MS));
    readings.push(Math.round(residentBytesOf(pid) / (1024 * 1024)));
  }
  return readings;
}
