/** `civic-widgets/screen`: registers `<civic-screen>`, the command-center container, and `<civic-panel>`. */
import '../screen/define.js';

export { CivicScreen } from '../screen/civic-screen.js';
export { CivicPanel } from '../screen/civic-panel.js';
export type { ScaleMode } from '../screen/scale.js';
export * from './common.js';
