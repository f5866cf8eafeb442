import 'civic-widgets/leaderboard'; // registers <civic-unit-leaderboard> only: no ECharts
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
