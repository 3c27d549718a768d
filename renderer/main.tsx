import './zodJitless';
import '@xterm/xterm/css/xterm.css';
import 'uplot/dist/uPlot.min.css';
import './styles/theme.css';
import './styles/shell.css';
import './styles/views.css';
import './styles/terminals.css';
import './styles/overlay.css';
import './styles/journal.css';
import './styles/rehearsal.css';
import './styles/dashboard.css';
import './styles/runbooks.css';
import './styles/report.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openHostConnection } from './api/hostConnection';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const connection = openHostConnection();
createRoot(root).render(
  <StrictMode>
    <App connection={connection} />
  </StrictMode>,
);
