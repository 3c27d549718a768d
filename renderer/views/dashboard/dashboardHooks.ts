import { useEffect, useState } from 'react';
import { useServices } from '../../app/servicesContext';
import type { DashboardServices } from '../../dashboard/dashboardServices';

export function useDashboard(): DashboardServices {
  return useServices().dashboard;
}

/** The time, re-read every `intervalMs`: for "how long ago" texts, never for chart data. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
