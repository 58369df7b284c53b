// the cascade's layer order first, before any stylesheet a component brings in
import './styles/layers.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/app.js';
import { chooseBridge } from './bridge/choose-bridge.js';
import { installBridge } from './bridge/current-bridge.js';
import { ErrorBoundary } from './ui/error-boundary.js';
import { NoBridgePage } from './shell/no-bridge-page.js';
import { startRouting } from './session/navigation-store.js';
import './styles/tokens.css';
import './styles/base.css';
// the shared kit's styles, used across sections (often as bare class names, e.g. "field" on a select)
import './ui/badge.css';
import './ui/button.css';
import './ui/dialog.css';
import './ui/field.css';
import './ui/level-chip.css';
import './ui/overflow-menu.css';
import './ui/segmented.css';
import './ui/states.css';
import './ui/table.css';
import './ui/view.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lost its #root element.');
const root = createRoot(container);

const bridge = chooseBridge({ window, document });
if (bridge.kind === 'none') {
  root.render(<NoBridgePage reason={bridge.reason} />);
} else {
  installBridge(bridge.api);
  startRouting();
  root.render(
    <StrictMode>
      {/* the last line of defence: a crash in the shell itself still ends in a readable panel */}
      <ErrorBoundary resetKeys={[]}>
        <App connection={bridge.kind} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
