import { describe, expect, it } from 'vitest';
import { denyListMatches } from '../../../electron/host/runbooks/execution/denyList';
import { DEFAULT_DENY_LIST } from '../../../shared/workspace/runbooksSettingsSchema';

describe('the deny-list', () => {
  it.each([
    ['redis-cli -h cache FLUSHALL', ['FLUSHALL']],
    ['redis-cli -h cache flushall', ['FLUSHALL']],
    ['kubectl --context prod -n shop delete pod api-7d9', ['delete']],
    ['kubectl drain node-3 --delete-emptydir-data --force', ['delete', '--force']],
    ['psql -c "DROP TABLE orders"', ['drop']],
    ['rm -rf /var/cache/app', ['rm -rf']],
    ['pkill -f stress-ng; kill -9 1234', ['kill']],
  ])('asks before %s', (command, expected) => {
    expect(denyListMatches(command, DEFAULT_DENY_LIST)).toEqual(expected);
  });

  it.each([
    'kubectl get pods -n shop',
    'echo undeleted dropped killer',
    'kubectl rollout status deploy/api',
    'rm -r build',
  ])('lets %s run without asking', (command) => {
    expect(denyListMatches(command, DEFAULT_DENY_LIST)).toEqual([]);
  });

  it('uses the list warroom.yaml gives instead of the default', () => {
    expect(denyListMatches('kubectl scale deploy/api --replicas=0', ['--replicas=0'])).toEqual([
      '--replicas=0',
    ]);
    expect(denyListMatches('kubectl delete pod x', [])).toEqual([]);
  });
});
