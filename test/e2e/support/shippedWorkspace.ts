import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The default workspace the repository ships: its warroom.yaml and runbooks, as a new user gets them. */
const SHIPPED_WORKSPACE = fileURLToPath(new URL('../../../runbooks/', import.meta.url));

/** The sandbox's ports in the shipped warroom.yaml; a test moves them to free ones, so runs never collide. */
const SHIPPED_SERVICE_PORT = '4290';
const SHIPPED_PROMETHEUS_PORT = '4291';

/** The shipped warroom.yaml, word for word, except its sandbox's two ports. */
export function shippedWorkspaceYaml(servicePort: number, prometheusPort: number): string {
  const text = readFileSync(join(SHIPPED_WORKSPACE, 'warroom.yaml'), 'utf8');
  if (!text.includes(SHIPPED_SERVICE_PORT) || !text.includes(SHIPPED_PROMETHEUS_PORT)) {
    throw new Error(
      `runbooks/warroom.yaml no longer uses ports ${SHIPPED_SERVICE_PORT} and ${SHIPPED_PROMETHEUS_PORT}`,
    );
  }
  return text
    .replaceAll(SHIPPED_SERVICE_PORT, String(servicePort))
    .replaceAll(SHIPPED_PROMETHEUS_PORT, String(prometheusPort));
}

/** Copies the shipped runbooks (every folder beside warroom.yaml) into a scratch workspace. */
export function copyShippedRunbooks(workspace: string): void {
  for (const entry of readdirSync(SHIPPED_WORKSPACE, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      cpSync(join(SHIPPED_WORKSPACE, entry.name), join(workspace, entry.name), { recursive: true });
    }
  }
}
