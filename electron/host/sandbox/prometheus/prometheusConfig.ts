import { EVALUATION_INTERVAL, SCRAPE_INTERVAL } from './prometheusConstants';

/** One scrape job: the sandbox service, Warroom's own metrics, or anything else on this machine. */
export interface ScrapeTarget {
  job: string;
  /** host:port, e.g. 127.0.0.1:8080 */
  address: string;
  /** Defaults to /metrics. */
  metricsPath?: string;
}

const JOB_NAME = /^[a-zA-Z_][a-zA-Z0-9_-]*$/;
const ADDRESS = /^[^\s/:]+:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$/;

/**
 * The generated prometheus.yml. Written as JSON, which is YAML, so no YAML library is needed and
 * no value can break out of its quoting.
 */
export function prometheusConfig(targets: readonly ScrapeTarget[], ruleFilePath: string): string {
  const seen = new Set<string>();
  for (const [index, target] of targets.entries()) {
    if (!JOB_NAME.test(target.job))
      throw new Error(`targets[${index}].job "${target.job}" is not a job name`);
    if (seen.has(target.job)) throw new Error(`targets[${index}].job "${target.job}" is given twice`);
    seen.add(target.job);
    if (!ADDRESS.test(target.address)) {
      throw new Error(`targets[${index}].address "${target.address}" is not host:port`);
    }
  }
  const config = {
    global: { scrape_interval: SCRAPE_INTERVAL, evaluation_interval: EVALUATION_INTERVAL },
    rule_files: [ruleFilePath],
    scrape_configs: targets.map((target) => ({
      job_name: target.job,
      metrics_path: target.metricsPath ?? '/metrics',
      static_configs: [{ targets: [target.address] }],
    })),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
