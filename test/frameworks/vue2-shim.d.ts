// Vue 2.7's full build (with the template compiler), typed as the runtime it contains.
declare module 'vue2/dist/vue.esm.browser.js' {
  import Vue from 'vue2';
  export default Vue;
}
