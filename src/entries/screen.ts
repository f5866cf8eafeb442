/** `civic-widgets/screen`: registers `<civic-screen>`, the command-center container. */
import '../screen/define.js';

export { CivicScreen } from '../screen/civic-screen.js';
export type { ScaleMode } from '../screen/scale.js';
export * from './common.js';
