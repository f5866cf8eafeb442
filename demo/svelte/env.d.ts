// For plain `tsc`: a Svelte file is a component. svelte-check reads the real file.
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component;
  export default component;
}
