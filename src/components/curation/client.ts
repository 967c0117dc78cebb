/**
 * The curation tools in the browser: confirm or reject a link, accept a suggestion, add a
 * link with a note. Decisions live in localStorage (src/lib/curation.ts) until exported
 * from /curation/ as corpus/links.curated.yaml; every page shows the pending ones.
 */
import { decide, decisionOn, PAIRS_DRAWN, parseDecisions, STORAGE_KEY, undo, type CurationAction, type Decision } from '../../lib/curation.ts';
import { fill } from '../../i18n/locale.ts';
import { curationText } from './text.ts';

export const readDecisions = (): Decision[] => parseDecisions(localStorage.getItem(STORAGE_KEY));
export const writeDecisions = (decisions: Decision[]) => localStorage.setItem(STORAGE_KEY, JSON.stringify(decisions));

function record(action: CurationAction, source: string, target: string, note: string | null = null) {
  writeDecisions(decide(readDecisions(), { action, source, target, note, at: new Date().toISOString() }));
}

/** The confirm, reject and undo buttons and the status of one link's tools. */
function fillTools(tools: HTMLElement) {
  const words = curationText().tools;
  const button = (action: string, label: string) => {
    const element = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
    element.dataset.curate = action;
    return element;
  };
  const undoButton = button('undo', words.undo);
  undoButton.hidden = true;
  const status = Object.assign(document.createElement('span'), { className: 'curation-status' });
  status.setAttribute('role', 'status');
  tools.append(button('confirm', words.confirm), button('reject', words.reject), undoButton, status);
}

/** Show each link's pending decision, and what the build already did with it. */
function showPairs(root: ParentNode) {
  const decisions = readDecisions();
  const t = curationText();
  for (const tools of root.querySelectorAll<HTMLElement>('[data-curation-pair]')) {
    if (!tools.firstChild) fillTools(tools);
    tools.hidden = false;
    const pair = { source: tools.dataset.source!, target: tools.dataset.target! };
    const decision = decisionOn(decisions, pair);
    const suggestion = tools.closest('.suggestion');
    const status = tools.querySelector<HTMLElement>('.curation-status')!;
    status.textContent = decision ? (suggestion && decision.action === 'confirm' ? t.accepted : t.pending[decision.action]) : '';
    tools.querySelector<HTMLButtonElement>('[data-curate="undo"]')!.hidden = !decision;
    const confirm = tools.querySelector<HTMLButtonElement>('[data-curate="confirm"]')!;
    if (suggestion) confirm.textContent = t.accept;
    confirm.hidden = decision?.action === 'confirm';
    tools.querySelector<HTMLButtonElement>('[data-curate="reject"]')!.hidden = !!suggestion || decision?.action === 'reject';
    const item = tools.parentElement!;
    if (decision) item.dataset.decision = decision.action;
    else delete item.dataset.decision;
  }
}

function showAdded(picker: HTMLElement) {
  const source = picker.dataset.source!;
  const added = readDecisions().filter((d) => d.action === 'add' && d.source === source);
  let list = picker.querySelector<HTMLUListElement>('ul.curation-added');
  if (!list) {
    list = document.createElement('ul');
    list.className = 'curation-added';
    list.setAttribute('aria-label', curationText().addedList);
    picker.append(list);
  }
  list.replaceChildren(
    ...added.map((d) => {
      const li = document.createElement('li');
      const label = document.querySelector<HTMLTemplateElement>(`#curation-targets`)?.content.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(d.target)}"]`)?.textContent ?? d.target;
      const t = curationText();
      li.textContent = fill(t.added, { label, note: d.note ? fill(t.note, { note: d.note }) : '' });
      return li;
    }),
  );
}

function openPicker(picker: HTMLElement) {
  const select = picker.querySelector<HTMLSelectElement>('[data-add-target]')!;
  if (select.options.length === 0) {
    const template = document.querySelector<HTMLTemplateElement>('#curation-targets');
    if (template) select.append(template.content.cloneNode(true));
  }
}

/** The offered clauses' texts (/curation/targets.json), fetched once, when a filter is first typed in. */
let targetTexts: Promise<Record<string, string>> | undefined;
const loadTargetTexts = () =>
  (targetTexts ??= fetch('/curation/targets.json')
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : {}))
    .catch(() => ({})));

/** Keep the options whose id, label or text holds the query; by label at once, by text when the texts are in. */
function filterPicker(picker: HTMLElement, query: string, texts: Record<string, string> = {}) {
  const q = query.replace(/\s+/g, '');
  for (const option of picker.querySelectorAll<HTMLOptionElement>('[data-add-target] option')) {
    option.hidden = q !== '' && !`${option.value} ${option.textContent}`.replace(/\s+/g, '').includes(q) && !(texts[option.value] ?? '').includes(q);
  }
}

/** How many decisions wait to be exported, with the way to /curation/. */
function showPending() {
  const box = document.querySelector<HTMLElement>('[data-curation-pending]');
  if (!box) return;
  const n = readDecisions().length;
  box.hidden = n === 0;
  box.querySelector('a')!.textContent = fill(curationText().pendingCount, { n });
}

/** The picker's form, from the page's template; its fields' ids are made from the clause. */
function fillPicker(picker: HTMLElement) {
  const form = document.querySelector<HTMLTemplateElement>('#curation-add-form')!.content.cloneNode(true) as DocumentFragment;
  const id = `add-${picker.dataset.source!.replace(/[^\w-]/g, '_')}`;
  for (const field of form.querySelectorAll<HTMLElement>('[data-id]')) field.id = `${id}-${field.dataset.id}`;
  for (const label of form.querySelectorAll<HTMLLabelElement>('label[data-for]')) label.htmlFor = `${id}-${label.dataset.for}`;
  picker.append(form);
}

export function startCuration() {
  showPairs(document);
  showPending();
  for (const picker of document.querySelectorAll<HTMLDetailsElement>('[data-curation-add]')) {
    if (!picker.firstChild) fillPicker(picker);
    picker.hidden = false;
    picker.addEventListener('toggle', () => picker.open && openPicker(picker));
    const filter = picker.querySelector<HTMLInputElement>('[data-add-filter]')!;
    filter.addEventListener('input', () => {
      filterPicker(picker, filter.value);
      void loadTargetTexts().then((texts) => filterPicker(picker, filter.value, texts));
    });
    picker.querySelector('[data-add-save]')!.addEventListener('click', () => {
      const select = picker.querySelector<HTMLSelectElement>('[data-add-target]')!;
      const status = picker.querySelector<HTMLElement>('.curation-status')!;
      if (!select.value) {
        status.textContent = curationText().chooseTarget;
        return;
      }
      const note = picker.querySelector<HTMLInputElement>('[data-add-note]')!.value.trim();
      record('add', picker.dataset.source!, select.value, note || null);
      status.textContent = curationText().saved;
      showAdded(picker);
      showPending();
    });
    showAdded(picker);
  }
  document.addEventListener(PAIRS_DRAWN, () => showPairs(document));
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-curate]');
    const tools = button?.closest<HTMLElement>('[data-curation-pair]');
    if (!button || !tools) return;
    const pair = { source: tools.dataset.source!, target: tools.dataset.target! };
    const action = button.dataset.curate;
    if (action === 'undo') writeDecisions(undo(readDecisions(), pair));
    else record(action as CurationAction, pair.source, pair.target);
    showPairs(document);
    showPending();
  });
}
