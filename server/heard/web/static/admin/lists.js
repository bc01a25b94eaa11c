// An editable list of rows (principles, tones, examples, drafts): each row is built by a
// function returning {el, read}; read() gives the row's item back from its controls. Controls
// carry data-key; their data-path (`principles.3.title`) is renumbered so a validation error
// from the server can find the field it names.
import { h } from './dom.js';

export class ListEditor {
  constructor(container, name, buildRow) {
    this.container = container;
    this.name = name;
    this.buildRow = buildRow;
    this.rows = [];
  }

  set(items) {
    this.rows = [];
    this.container.replaceChildren();
    for (const item of items) this.add(item, false);
    this.renumber();
  }

  add(item, isNew = true) {
    const row = { isNew };
    const remove = () => {
      this.rows = this.rows.filter((r) => r !== row);
      row.el.remove();
      this.renumber();
    };
    Object.assign(row, this.buildRow(item, { isNew, remove }));
    this.rows.push(row);
    this.container.append(row.el);
    this.renumber();
    return row;
  }

  read() {
    return this.rows.map((row) => row.read());
  }

  renumber() {
    this.rows.forEach((row, i) => {
      row.el.dataset.path = `${this.name}.${i}`;
      for (const control of row.el.querySelectorAll('[data-key]')) {
        control.dataset.path = `${this.name}.${i}.${control.dataset.key}`;
      }
    });
  }
}

export function removeButton(label, remove) {
  return h('button', { type: 'button', class: 'danger', onclick: remove }, label);
}
