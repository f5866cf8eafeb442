import type { AriaComponentOption } from 'echarts/components';

/**
 * ECharts' aria component set to the widget's own sentence (its visible summary), so the
 * canvas's accessible description is the text a sighted reader sees, in the page's language.
 *
 * Only for a chart that is a picture (the gauge): ECharts writes `role="img"` and an
 * `aria-label` on the element the chart was started in. A chart that the keyboard operates
 * (the heatmap, with `FocusCell`) leaves ECharts' aria out of its option and its
 * `echarts.use` list, so its box keeps the role, name and description that it sets itself;
 * `operableChartRole` is that role.
 */
export const ariaOption = (description: string): AriaComponentOption => ({
  enabled: true,
  label: { description },
});

/**
 * The role of a chart box that arrow keys operate and a live region reads out: screen readers
 * pass the keys through to it instead of reading a picture.
 */
export const operableChartRole = 'application';
