import type { JournalEvent } from '../../../shared/journalTypes';
import type { K6Section } from '../../../shared/report/reportK6';
import type {
  BuiltInCriterionId,
  CriterionResult,
  RunbookRunsSection,
  SignoffSection,
  TargetsSection,
} from '../../../shared/report/reportModel';
import type { Panel, SignoffCriterion } from '../../../shared/workspace/workspaceTypes';
import { noCriticalAlert } from './alertCriterion';
import { builtInName } from './builtInCriteria';
import { withOverride } from './criterionOverrides';
import { countsAsPassed, type Judgement } from './criterionResult';
import { drillsRecovered } from './drillCriterion';
import { everyK6ThresholdPassed } from './k6Criterion';
import { p95UnderTarget, targetsHeld } from './panelCriteria';

export interface SignoffInputs {
  events: readonly JournalEvent[];
  criteria: readonly SignoffCriterion[];
  panels: readonly Panel[];
  targets: TargetsSection;
  k6: K6Section;
  runs: RunbookRunsSection;
  alertsSnapshotEvidence: number[];
  polledEvidenceOf(panelId: string): number[];
}

/** The go-live sign-off: the four built-in criteria, then the workspace's, and the verdict they give. */
export function signoffSection(inputs: SignoffInputs): SignoffSection {
  const judged: CriterionResult[] = [
    builtIn('no-critical-alert', noCriticalAlert(inputs.events, inputs.alertsSnapshotEvidence)),
    builtIn('k6-thresholds', everyK6ThresholdPassed(inputs.k6, inputs.events)),
    builtIn('drills-recovered', drillsRecovered(inputs.runs.runs)),
    builtIn('p95-under-target', p95UnderTarget(inputs.targets.rows, inputs.polledEvidenceOf)),
    ...inputs.criteria.map((criterion) => workspaceCriterion(criterion, inputs)),
  ];
  const criteria = judged.map((criterion) => withOverride(criterion, inputs.events));
  const notPassed = criteria.filter((criterion) => !countsAsPassed(criterion));
  const overridden = criteria.filter((criterion) => criterion.override !== null).length;
  return {
    verdict: notPassed.length === 0 ? 'go' : 'no-go',
    verdictReason:
      notPassed.length === 0
        ? `all ${criteria.length} criteria passed${overridden > 0 ? ` (${overridden} overridden by a person)` : ''}`
        : `${notPassed.length} of ${criteria.length} criteria did not pass: ${notPassed.map((criterion) => `${criterion.name} (${criterion.status})`).join('; ')}`,
    notPassed: notPassed.map((criterion) => criterion.name),
    criteria,
  };
}

function builtIn(id: BuiltInCriterionId, judgement: Judgement): CriterionResult {
  const name = builtInName(id);
  return { id, name, description: null, origin: 'built-in', panelId: null, ...judgement, override: null };
}

/**
 * A workspace criterion: with a panel, whether that panel's targets held (see targetsHeld); a
 * panel the dashboard gives without any target cannot be judged by data, so a person judges it,
 * as one does a criterion without a panel.
 */
function workspaceCriterion(criterion: SignoffCriterion, inputs: SignoffInputs): CriterionResult {
  const base = {
    id: `workspace:${criterion.name}` as const,
    name: criterion.name,
    description: criterion.description,
    origin: 'workspace' as const,
    panelId: criterion.panel,
    override: null,
  };
  if (criterion.panel === null) {
    return { ...base, status: 'needs-judgement', reason: 'a person judges this criterion', evidence: [] };
  }
  const panelId = criterion.panel;
  const rows = inputs.targets.rows.filter((row) => row.panelId === panelId);
  const panel = inputs.panels.find((one) => one.id === panelId);
  if (rows.length === 0 && panel) {
    return {
      ...base,
      status: 'needs-judgement',
      reason: `panel ${panelId} has no target to judge by`,
      evidence: [],
    };
  }
  if (rows.length === 0) {
    return { ...base, status: 'no-data', reason: `nothing recorded about panel ${panelId}`, evidence: [] };
  }
  return {
    ...base,
    ...targetsHeld(rows, inputs.polledEvidenceOf(panelId), `panel ${panel?.title ?? panelId}`),
  };
}
