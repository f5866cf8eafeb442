// For plain `tsc`: a single-file component is a component. vue-tsc reads the real file.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
