import 'civic-widgets/leaderboard'; // registers <civic-unit-leaderboard> only: no ECharts
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
