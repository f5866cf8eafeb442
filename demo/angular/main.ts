import 'civic-widgets/leaderboard'; // registers <civic-unit-leaderboard> only: no ECharts
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { RankingComponent } from './ranking.component.ts';

bootstrapApplication(RankingComponent, { providers: [provideZonelessChangeDetection()] }).catch(
  (error: unknown) => console.error(error),
);
