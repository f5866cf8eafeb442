import 'civic-widgets/leaderboard'; // registers <civic-unit-leaderboard> only: no ECharts
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
