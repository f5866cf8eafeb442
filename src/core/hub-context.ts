import { ContextRoot, createContext } from '@lit/context';
import type { SourceHub } from '../data/source.js';

/**
 * The data source a container (such as `<civic-screen>`) hands to every widget inside it,
 * so all of them share one request, one cache and one live channel per URL.
 */
export const hubContext = createContext<SourceHub>(Symbol.for('civic-widgets.source-hub'));

// A container defined after its widgets (a CMS may load scripts in any order) still reaches
// them: the root replays their unanswered requests when a provider appears.
const root = new ContextRoot();
// Not on a server: Node has no document, and @lit-labs/ssr's DOM shim one without an element.
if (typeof document !== 'undefined' && document.documentElement)
  root.attach(document.documentElement);
