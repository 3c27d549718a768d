import { ConnectionIndicator } from './ConnectionIndicator';
import { HelpButton } from './HelpButton';
import { NavBar } from './NavBar';
import { RoleBadge } from './RoleBadge';
import { WorkspaceLabel } from './WorkspaceLabel';

export function AppHeader() {
  return (
    <header className="app-header">
      <span className="brand">Warroom</span>
      <NavBar />
      <div className="header-status">
        <WorkspaceLabel />
        <RoleBadge />
        <ConnectionIndicator />
        <HelpButton />
      </div>
    </header>
  );
}
