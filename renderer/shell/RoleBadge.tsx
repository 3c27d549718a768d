import { useStore } from 'zustand';
import { useServices } from '../app/servicesContext';

/** Who this console is: an operator may act; a viewer can only watch, and must see that at a glance. */
export function RoleBadge() {
  const role = useStore(useServices().host.connection, (state) => state.role);
  if (role === null) return null;
  return (
    <span className={`role-badge role-${role}`} data-testid="role-badge" data-role={role}>
      {role === 'viewer' ? 'Read-only viewer' : 'Operator'}
    </span>
  );
}
