import { z } from 'zod';
import { didYouMean } from './didYouMean';
import { oneLineTextSchema } from './fieldSchemas';
import type { SignoffCriterion } from './workspaceTypes';

/** A go-live sign-off is a page, not a test plan. */
const MAX_CRITERIA = 50;
const MAX_DESCRIPTION_CHARS = 2_000;

const criterionSchema = z
  .object({
    name: oneLineTextSchema(120),
    description: z
      .string({ error: 'expected text' })
      .trim()
      .max(MAX_DESCRIPTION_CHARS, `at most ${MAX_DESCRIPTION_CHARS} characters`)
      .optional(),
    panel: z.string({ error: 'expected a panel id, e.g. error-rate' }).trim().optional(),
  })
  .strict()
  .transform(
    (criterion): SignoffCriterion => ({
      name: criterion.name,
      description: criterion.description || null,
      panel: criterion.panel ?? null,
    }),
  );

/**
 * The `signoff` section: the go-live criteria. One with a panel holds when every target of that
 * panel held over the test window; one without is judged by a person.
 */
export const signoffSchema = z
  .array(criterionSchema, { error: 'expected a list of criteria, each with a name' })
  .max(MAX_CRITERIA, `at most ${MAX_CRITERIA} criteria`);

export interface SignoffPanelIssue {
  /** Under the signoff section: [index, 'panel']. */
  path: (string | number)[];
  message: string;
}

/** What to say after "no dashboard panel has the id": the nearest id, or that there are none. */
function panelHint(panel: string, panelIds: readonly string[]): string {
  if (panelIds.length === 0) return '; this workspace has no dashboard panels';
  const suggestion = didYouMean(panel, panelIds);
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}

/** Criteria naming a panel the dashboard does not have; reads the section valid or not. */
export function unknownSignoffPanels(signoff: unknown, panelIds: readonly string[]): SignoffPanelIssue[] {
  if (!Array.isArray(signoff)) return [];
  return signoff.flatMap((criterion: unknown, index): SignoffPanelIssue[] => {
    const panel =
      typeof criterion === 'object' && criterion !== null ? Reflect.get(criterion, 'panel') : undefined;
    if (typeof panel !== 'string' || panelIds.includes(panel.trim())) return [];
    return [
      {
        path: [index, 'panel'],
        message: `no dashboard panel has the id "${panel}"${panelHint(panel, panelIds)}`,
      },
    ];
  });
}
