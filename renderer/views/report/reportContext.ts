import { createContext, useContext } from 'react';
import type { ReportStores } from '../../state/report/reportStores';

const ReportContext = createContext<ReportStores | null>(null);

export const ReportProvider = ReportContext.Provider;

/** The Report view's stores, which live as long as the view is open. */
export function useReport(): ReportStores {
  const stores = useContext(ReportContext);
  if (!stores) throw new Error('useReport() needs a <ReportProvider> above it');
  return stores;
}
