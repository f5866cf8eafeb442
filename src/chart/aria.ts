import type { AriaComponentOption } from 'echarts/components';

/**
 * ECharts' aria component set to the widget's own sentence (its visible summary), so the
 * canvas's accessible description is the text a sighted reader sees, in the page's language.
 */
export const ariaOption = (description: string): AriaComponentOption => ({
  enabled: true,
  label: { description },
});
