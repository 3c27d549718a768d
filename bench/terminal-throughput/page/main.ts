import '../../../renderer/zodJitless';
import '@xterm/xterm/css/xterm.css';
import './benchPage.css';
import { webglRasterizer } from '../../../renderer/terminals/webglRasterizer';
import type { BenchWindow, CspViolation } from '../pageContract';
import { runEndToEnd } from './endToEnd';
import { runXtermDirect } from './xtermDirect';

const violations: CspViolation[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI || 'inline',
    source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
  });
});

(window as unknown as BenchWindow).terminalBench = {
  xtermDirect: runXtermDirect,
  endToEnd: runEndToEnd,
  webglRasterizer,
  cspViolations: () => [...violations],
};
