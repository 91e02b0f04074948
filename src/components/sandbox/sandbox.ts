/**
 * The sandbox in the browser: the URL query → lenient reading of the
 * model's params (clamped, with a visible notice of what changed) →
 * controls and figure; every control change → figure and URL
 * (replaceState: the address always reproduces the view). Presets, reset
 * and copy-link. Never shows an exception: the figure keeps its last
 * drawing and the console says why.
 */
import { createWidget, type LiveWidget } from '../widgets/core/widget';
import { loadWidget } from '../widgets/client-registry';
import { formatParam, type Adjustment, type Params } from '../widgets/core/params';
import { readState, type WidgetDefinition } from '../widgets/core/types';
import { parseQuery, toQuery, type Preset } from './query';
import { nextTask } from '../yield';

interface Model {
  name: string;
  panel: HTMLElement;
  form: HTMLFormElement;
  definition: WidgetDefinition;
  widget: LiveWidget;
  /** The state the widget shows now (JSON), so an unchanged state is not drawn twice. */
  drawn: string;
}

function inputsOf(form: HTMLElement, key?: string): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(key ? `[data-param="${key}"]` : '[data-param]')];
}

/** Read the form's controls as raw values (strings and booleans), one per key. */
function readForm(form: HTMLFormElement, params: Params): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(params)) {
    const el = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-param="${key}"]:not([type=range])`);
    if (!el) continue;
    if (p.kind === 'flag') raw[key] = (el as HTMLInputElement).checked;
    else if (p.kind === 'date' && el.value === '') raw[key] = p.optional ? null : undefined;
    else raw[key] = el.value;
  }
  return raw;
}

function writeForm(form: HTMLFormElement, params: Params, state: Record<string, unknown>): void {
  for (const [key, p] of Object.entries(params)) {
    const value = state[key];
    for (const el of inputsOf(form, key)) {
      if (document.activeElement === el) continue;
      if (p.kind === 'flag') el.checked = value === true;
      else el.value = value === null || value === undefined ? '' : String(value);
    }
    const out = form.querySelector(`[data-param-output="${key}"]`);
    if (out && p.kind === 'number') out.textContent = formatParam(p, value as number);
  }
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-param]')) {
    select.value = String(state[select.dataset.param!]);
  }
}

function noticeText(root: HTMLElement, adjusted: Adjustment[], params: Params): string {
  const line = root.dataset.noticeTemplate ?? '{items}';
  const items = adjusted.map((a) => {
    const label = params[a.key]?.label ?? root.dataset[`label-${a.key}`.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] ?? a.key;
    const given = typeof a.given === 'string' ? a.given : JSON.stringify(a.given);
    if (a.used === null && !params[a.key]) return (root.dataset.noticeDropped ?? '{label}').replace('{label}', label).replace('{given}', given);
    return a.used === undefined
      ? (root.dataset.noticeUnknown ?? '{key}').replace('{key}', a.key)
      : (root.dataset.noticeItem ?? '{label}').replace('{label}', label).replace('{given}', given).replace('{used}', String(a.used));
  });
  return line.replace('{items}', items.join(root.dataset.noticeJoin ?? '; '));
}

export function initSandbox(): void {
  const root = document.querySelector<HTMLElement>('[data-sandbox]');
  if (!root) return;
  const names: string[] = JSON.parse(root.dataset.models ?? '[]');
  const presets: Preset[] = JSON.parse(root.dataset.presets ?? '[]');
  const modelSelect = root.querySelector<HTMLSelectElement>('[data-sandbox-model]')!;
  const presetSelect = root.querySelector<HTMLSelectElement>('[data-sandbox-preset]')!;
  const notice = root.querySelector<HTMLElement>('[data-sandbox-notice]')!;
  const models = new Map<string, Model>();
  const starting = new Map<string, Promise<Model | null>>(); // one widget per model, however often asked
  let current: Model | null = null;
  let currentPreset: Preset | null = null;

  /** The model's widget, created on first use showing `raw` (read leniently) as its first drawing. */
  function model(name: string, raw: Record<string, unknown>): Promise<Model | null> {
    let started = starting.get(name);
    if (!started) starting.set(name, (started = startModel(name, raw)));
    return started;
  }

  async function startModel(name: string, raw: Record<string, unknown>): Promise<Model | null> {
    const definition = await loadWidget(name);
    const panel = root!.querySelector<HTMLElement>(`[data-sandbox-panel="${name}"]`);
    const form = root!.querySelector<HTMLFormElement>(`[data-sandbox-form="${name}"]`);
    if (!definition || !panel || !form) return null;
    const figure = panel.querySelector<HTMLElement>('figure[data-figure]')!;
    const first = readState(definition, raw).state;
    // Start-up in short tasks: the module, the first drawing, then the controls.
    await nextTask();
    const widget = createWidget(figure, definition, first);
    await nextTask();
    const m: Model = { name, panel, form, definition, widget, drawn: JSON.stringify(first) };
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-param]')) {
      el.disabled = false;
      el.addEventListener('input', () => {
        // A range and its number box are one control: mirror the value before reading the form.
        for (const twin of inputsOf(form, el.dataset.param)) if (twin !== el && el.type !== 'checkbox') twin.value = el.value;
        apply(m, readForm(form, definition.params), false);
      });
    }
    models.set(name, m);
    return m;
  }

  function apply(m: Model, raw: Record<string, unknown>, showNotice: boolean, extra: Adjustment[] = []): void {
    const { state, adjusted } = readState(m.definition, raw);
    const changed = [...extra, ...adjusted];
    if (showNotice || changed.length === 0) {
      notice.hidden = changed.length === 0;
      notice.textContent = changed.length ? noticeText(root!, changed, m.definition.params) : '';
    }
    writeForm(m.form, m.definition.params, state as Record<string, unknown>);
    const key = JSON.stringify(state);
    if (key !== m.drawn) m.widget.update(state, { animate: false });
    m.drawn = key;
    const query = toQuery(m.name, m.definition.params, state as Record<string, unknown>);
    const withPreset = currentPreset ? `${query}&example=${encodeURIComponent(currentPreset.id)}` : query;
    history.replaceState(history.state, '', `${window.location.pathname}${withPreset}${window.location.hash}`);
  }

  async function show(name: string, raw: Record<string, unknown>, extra: Adjustment[] = []): Promise<void> {
    // A widget created in a visible panel has drawn at its width; one created hidden, or a panel
    // shown again (the window may have changed), must measure again.
    const fresh = !models.has(name) && root!.querySelector<HTMLElement>(`[data-sandbox-panel="${name}"]`)?.hidden === false;
    const m = await model(name, raw);
    if (!m) return;
    for (const other of models.values()) other.panel.hidden = other !== m;
    for (const panel of root!.querySelectorAll<HTMLElement>('[data-sandbox-panel]')) panel.hidden = panel.dataset.sandboxPanel !== name;
    current = m;
    modelSelect.value = name;
    presetSelect.value = currentPreset?.id ?? '';
    if (!fresh) m.widget.resize();
    apply(m, raw, true, extra);
  }

  const parsed = parseQuery(window.location.search, names, presets);
  currentPreset = parsed.preset;
  for (const el of [modelSelect, presetSelect, ...root.querySelectorAll<HTMLButtonElement>('button')]) el.disabled = false;

  modelSelect.addEventListener('change', () => {
    currentPreset = null;
    void show(modelSelect.value, {});
  });
  presetSelect.addEventListener('change', () => {
    currentPreset = presets.find((p) => p.id === presetSelect.value) ?? null;
    void show(currentPreset?.figure ?? current?.name ?? names[0], { ...(currentPreset?.state ?? {}) });
  });
  root.querySelector('[data-sandbox-reset]')?.addEventListener('click', () => {
    if (current) void show(current.name, { ...(currentPreset?.figure === current.name ? currentPreset.state : {}) });
  });
  const copy = root.querySelector<HTMLButtonElement>('[data-sandbox-copy]');
  copy?.addEventListener('click', async () => {
    const label = copy.textContent;
    try {
      await navigator.clipboard.writeText(window.location.href);
      copy.textContent = copy.dataset.copied ?? label;
    } catch {
      /* the address bar holds the same link */
    }
    window.setTimeout(() => (copy.textContent = label), 2000);
  });

  void show(parsed.model, parsed.raw, parsed.ignored).catch((error) => console.warn('[sandbox] could not start', error));
}
