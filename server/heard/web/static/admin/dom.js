// Building the page from data without ever parsing data as HTML: every text goes in through
// textContent or a text node (Element.append with a string), every attribute through setAttribute.

let uid = 0;

/** h('button', {class: 'primary', onclick: fn, testid: 'x'}, 'Save') */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'testid') el.dataset.testid = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'value' || key === 'checked') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((c) => c != null && c !== false));
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

/** svg('line', {x1: 0, x2: 10}) — an SVG element; attributes set as text, children appended. */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const child of children) el.append(child);
  return el;
}

/** A labelled control: the label points at the control by a generated id. */
export function field(labelText, control, hint) {
  control.id ||= `f${++uid}`;
  const label = h('label', { for: control.id }, labelText);
  return h('div', { class: 'field' }, label, control, hint ? h('p', { class: 'hint' }, hint) : null);
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];
export const byTestId = (id, root = document) => root.querySelector(`[data-testid="${id}"]`);

/** Unix seconds → the admin's local date and time. */
export function when(seconds) {
  if (seconds == null) return 'never';
  return new Date(seconds * 1000).toLocaleString();
}

export function lines(text) {
  return text.split('\n').map((s) => s.trim()).filter(Boolean);
}

export function option(value, text, selected = false) {
  const o = h('option', { value: String(value) }, text);
  o.selected = selected;
  return o;
}
