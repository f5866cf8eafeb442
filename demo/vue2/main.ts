import 'civic-widgets/leaderboard'; // registers <civic-unit-leaderboard> only: no ECharts
import Vue from 'vue';
import App from './App.vue';

// The civic-* tags are custom elements, not Vue components to resolve.
Vue.config.ignoredElements = [/^civic-/];

new Vue({ render: (h) => h(App) }).$mount('#app');
