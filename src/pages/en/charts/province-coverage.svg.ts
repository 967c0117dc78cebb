// The English heat map: the same endpoint as /charts/province-coverage.svg, in the locale of its URL.
export { GET } from '../../charts/province-coverage.svg.ts';
