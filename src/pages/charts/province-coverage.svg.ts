/** /charts/province-coverage.svg: the national clause × province heat map, a file of its own so the overview's HTML stays small. */
import type { APIRoute } from 'astro';
import { render } from '../../charts/svg.ts';
import { provinceCoverageChart } from '../../lib/province-coverage-chart.ts';
import { localeOf } from '../../i18n/locale.ts';

export const GET: APIRoute = ({ url }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${render(provinceCoverageChart(localeOf(url)))}`, { headers: { 'Content-Type': 'image/svg+xml' } });
