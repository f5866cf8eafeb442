/** @jsxImportSource preact */
import 'civic-widgets/leaderboard'; // registers <civic-unit-leaderboard> only: no ECharts
import { render } from 'preact';
import { App } from './App.tsx';

render(<App />, document.getElementById('root')!);
