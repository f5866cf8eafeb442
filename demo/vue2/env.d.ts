// For vue-tsc's script checks: a single-file component is a component (Vue 2.7 types).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
