/** The /curation/ page: the decisions in this browser, those whose clause is gone, and the export. */
import { curationYaml, staleDecisions, undo, type AppliedCuration } from '../../lib/curation.ts';
import { fill, localeHref, localeOf } from '../../i18n/locale.ts';
import { curationText } from './text.ts';
import { readDecisions, writeDecisions } from './client.ts';

const cell = (text: string, href?: string) => {
  const td = document.createElement('td');
  if (href) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    td.append(a);
  } else td.textContent = text;
  return td;
};

const readerHref = (id: string) => localeHref(localeOf(location.pathname), `/docs/${id.slice(0, id.indexOf('/'))}/#c-${id.slice(id.indexOf('/') + 1)}`);

export async function startCurationList() {
  const [labels, applied] = await Promise.all([
    fetch('/curation/clauses.json').then((r) => r.json() as Promise<Record<string, string>>),
    fetch('/data/curation.json').then((r) => r.json() as Promise<AppliedCuration>),
  ]);
  const exists = (id: string) => id in labels;
  const table = document.querySelector<HTMLTableElement>('.curation-table')!;
  const yaml = document.querySelector<HTMLTextAreaElement>('#curation-yaml')!;
  const status = document.querySelector<HTMLElement>('[data-export-copy] ~ .curation-status')!;
  const t = curationText();

  const render = () => {
    const decisions = readDecisions();
    const stale = new Set(staleDecisions(decisions, exists));
    document.querySelector<HTMLElement>('.curation-empty')!.hidden = decisions.length > 0;
    table.hidden = decisions.length === 0;
    table.tBodies[0].replaceChildren(
      ...decisions.map((d) => {
        const tr = document.createElement('tr');
        tr.dataset.action = d.action;
        if (stale.has(d)) tr.className = 'stale';
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = t.remove;
        remove.addEventListener('click', () => {
          writeDecisions(undo(readDecisions(), d));
          render();
        });
        const actions = document.createElement('td');
        actions.append(remove);
        tr.append(
          cell(t.action[d.action]),
          cell(labels[d.source] ? `${d.source.split('/')[0]} ${labels[d.source]}` : fill(t.gone, { id: d.source }), exists(d.source) ? readerHref(d.source) : undefined),
          cell(labels[d.target] ? labels[d.target] : fill(t.gone, { id: d.target }), exists(d.target) ? readerHref(d.target) : undefined),
          cell(d.note ?? ''),
          cell(d.at.slice(0, 16).replace('T', ' ')),
          actions,
        );
        return tr;
      }),
    );
    const staleBox = document.querySelector<HTMLElement>('.curation-stale')!;
    staleBox.hidden = stale.size === 0;
    staleBox.querySelector('ul')!.replaceChildren(
      ...[...stale].map((d) => {
        const li = document.createElement('li');
        li.textContent = fill(t.stale, { action: t.action[d.action], source: d.source, target: d.target, note: d.note ? fill(t.note, { note: d.note }) : '' });
        return li;
      }),
    );
    yaml.value = curationYaml(applied, decisions, new Date().toISOString().slice(0, 10));
  };
  render();

  document.querySelector('[data-export-download]')!.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([yaml.value], { type: 'text/yaml;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'links.curated.yaml';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  document.querySelector('[data-export-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(yaml.value);
      status.textContent = t.copied;
    } catch {
      yaml.select();
      status.textContent = t.copyFailed;
    }
  });
}
