/** `dist/builder.html`: starts the tag builder in the page. */
import { BuilderApp } from './builder-app.js';

const root = document.getElementById('builder');
// The runtime sits next to the builder in the copied dist/ folder; pages name it by its path.
const runtime = new URL('civic-widgets.iife.js', document.baseURI).pathname;
if (root) new BuilderApp(root, runtime).start();
