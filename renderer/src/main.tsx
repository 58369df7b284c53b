import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { chooseBridge } from './bridge/choose-bridge.js';
import { installBridge } from './bridge/current-bridge.js';
import { ErrorBoundary } from './components/error-boundary.js';
import { NoBridgePage } from './components/no-bridge-page.js';
import { startRouting } from './stores/navigation-store.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/states.css';
import './styles/roster.css';

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
