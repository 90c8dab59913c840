import { deviceStorage } from '../worksheets/form/device-storage';
import { saveFile } from '../worksheets/form/save-file';
import { sayIn } from '../worksheets/form/status-line';
import { papers, type PaperId } from '../worksheets/paper';
import { coverProblem, customPacketDescription, type CoverField } from './custom-packet';
import { choicesKey, moved, packetFileName, parseChoices, type PacketChoices } from './packet-choices';

/*
 * The "Make a packet" page: tick sheets, order them, type the cover, and
 * download one PDF made on this device. Choices are kept on the device as
 * they change. What makes the PDF (pdf-lib, the faces, every sheet) loads as
 * soon as the page opens, so the page keeps working when the network goes.
 */

type Maker = typeof import('./packet-maker');
type Kit = Awaited<ReturnType<Maker['loadPacketKit']>>;

const coverFields: readonly CoverField[] = ['title', 'date', 'trainer'];

function start(form: HTMLFormElement): void {
  const storage = deviceStorage();
  const pageUrl = form.dataset['pageUrl'] ?? window.location.href;
  const picks = [...form.querySelectorAll<HTMLInputElement>('input[data-packet-pick]')];
  const pickOf = (slug: string) => picks.find((pick) => pick.value === slug);
  const titleOf = (slug: string) => pickOf(slug)?.dataset['title'] ?? slug;
  const order = form.querySelector<HTMLOListElement>('[data-packet-order]');
  const empty = form.querySelector<HTMLElement>('[data-packet-empty]');
  const summary = form.querySelector<HTMLElement>('[data-packet-summary]');
  const tally = form.querySelector<HTMLElement>('[data-packet-tally]');
  const status = form.querySelector<HTMLElement>('[data-packet-status]');
  const orderStatus = form.querySelector<HTMLElement>('[data-packet-order-status]');
  const note = form.querySelector<HTMLElement>('[data-packet-note]');
  const ready = form.querySelector<HTMLElement>('[data-packet-ready]');
  const download = form.querySelector<HTMLButtonElement>('[data-packet-download]');
  const input = (name: CoverField) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  const paperInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="paper"]')];
  const say = (text: string) => sayIn(status, text);
  const sayOrder = (text: string, undo?: () => void) => sayIn(orderStatus, text, undo);
  const warn = (text: string) => {
    if (note !== null) note.textContent = text;
  };

  // Restore what the device kept, without overwriting anything typed before this script ran.
  const kept = parseChoices(storage.read(choicesKey));
  let slugs = (kept?.slugs ?? []).filter((slug) => pickOf(slug) !== undefined);
  for (const pick of picks) if (pick.checked && !slugs.includes(pick.value)) slugs.push(pick.value);
  for (const pick of picks) pick.checked = slugs.includes(pick.value);
  for (const name of coverFields) {
    const box = input(name);
    if (box !== null && box.value === '' && kept !== undefined) box.value = kept[name];
  }
  if (kept !== undefined && !paperInputs.some((paper) => paper.checked && paper.defaultChecked === false)) {
    for (const paper of paperInputs) paper.checked = paper.value === kept.paper;
  }

  const paper = (): PaperId => (paperInputs.find((p) => p.checked)?.value === 'a4' ? 'a4' : 'letter');
  const choices = (): PacketChoices => ({ slugs, title: input('title')?.value ?? '', date: input('date')?.value ?? '', trainer: input('trainer')?.value ?? '', paper: paper() });
  let warnedStorage = false;
  const keep = () => {
    if (storage.write(choicesKey, JSON.stringify(choices())) || warnedStorage) return;
    warnedStorage = true;
    warn('This browser is not keeping your choices on the device (storage is full or blocked). They stay while this page is open.');
  };

  const render = (focus?: { slug: string; action: string }) => {
    if (order === null) return;
    order.replaceChildren(...slugs.map((slug, index) => orderItem(slug, titleOf(slug), index, slugs.length)));
    if (empty !== null) empty.hidden = slugs.length > 0;
    const pages = 1 + slugs.reduce((sum, slug) => sum + Number(pickOf(slug)?.dataset[paper() === 'a4' ? 'pagesA4' : 'pagesLetter'] ?? 0), 0);
    if (summary !== null) {
      summary.textContent =
        slugs.length === 0 ? 'Tick at least one sheet to make a packet.' : `A cover and ${sheetCount(slugs.length)}: ${pages} pages on ${papers[paper()].label} paper.`;
    }
    if (tally !== null) {
      const link = document.createElement('a');
      link.href = '#order-heading';
      link.textContent = 'put them in order and download';
      tally.replaceChildren(...(slugs.length === 0 ? [] : [`${sheetCount(slugs.length)} ticked: `, link]));
    }
    if (focus !== undefined) {
      const item = order.querySelector(`li[data-slug="${CSS.escape(focus.slug)}"]`);
      const button = item?.querySelector<HTMLButtonElement>(`button[data-action="${focus.action}"]:not(:disabled)`) ?? item?.querySelector<HTMLButtonElement>('button:not(:disabled)');
      button?.focus();
    }
  };

  const setSlugs = (next: string[]) => {
    slugs = next;
    for (const pick of picks) pick.checked = slugs.includes(pick.value);
    keep();
  };

  for (const pick of picks) {
    pick.addEventListener('change', () => {
      setSlugs(pick.checked ? [...slugs, pick.value] : slugs.filter((slug) => slug !== pick.value));
      render();
      warn('');
      sayOrder(pick.checked ? `Added “${titleOf(pick.value)}” as number ${slugs.length} of ${slugs.length}.` : `Took out “${titleOf(pick.value)}”.`);
    });
  }

  order?.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const button = target.closest<HTMLButtonElement>('button[data-action]');
    const slug = button?.closest<HTMLElement>('li[data-slug]')?.dataset['slug'];
    if (button === null || button === undefined || slug === undefined) return;
    const from = slugs.indexOf(slug);
    const action = button.dataset['action'];
    if (action === 'remove') {
      const before = slugs;
      setSlugs(slugs.filter((s) => s !== slug));
      render();
      sayOrder(`Took out “${titleOf(slug)}”.`, () => {
        setSlugs(before);
        render({ slug, action: 'remove' });
        sayOrder(`Put “${titleOf(slug)}” back as number ${before.indexOf(slug) + 1}.`);
      });
      // Focus goes to Undo, next to the list: a second press cannot take out another sheet by mistake.
      orderStatus?.querySelector<HTMLButtonElement>('button')?.focus();
      return;
    }
    setSlugs(moved(slugs, from, action === 'up' ? -1 : 1));
    render({ slug, action: action ?? 'up' });
    sayOrder(`“${titleOf(slug)}” is now number ${slugs.indexOf(slug) + 1} of ${slugs.length}.`);
  });

  const checkCover = (name: CoverField): boolean => {
    const box = input(name);
    const error = form.querySelector<HTMLElement>(`[data-cover-error="${name}"]`);
    if (box === null) return true;
    const problem = coverProblem(box.value, name);
    box.setAttribute('aria-invalid', String(problem !== undefined));
    if (error !== null) {
      error.textContent = problem ?? '';
      error.hidden = problem === undefined;
    }
    return problem === undefined;
  };
  for (const name of coverFields) {
    input(name)?.addEventListener('input', () => {
      keep();
      checkCover(name);
    });
    checkCover(name);
  }
  for (const paperInput of paperInputs) {
    paperInput.addEventListener('change', () => {
      keep();
      render();
    });
  }

  // Loaded now, not on the click: after this, making a packet needs no network.
  let maker: Promise<{ make: Maker['makePacket']; kit: Kit }> | undefined;
  const load = () => {
    maker ??= import('./packet-maker').then(async (module) => ({ make: module.makePacket, kit: await module.loadPacketKit() }));
    maker.then(
      () => {
        if (ready !== null) ready.textContent = 'Ready. Everything is loaded, so you can make packets here even offline.';
      },
      () => {
        maker = undefined;
        if (ready !== null) ready.textContent = 'Not ready: what makes the PDF did not load. Download tries again.';
      },
    );
    return maker;
  };
  void load();

  let busy = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    warn('');
    if (slugs.length === 0) {
      warn('Tick at least one sheet first: the packet is the sheets you pick, in the order you put them.');
      picks[0]?.focus();
      return;
    }
    const invalid = coverFields.find((name) => !checkCover(name));
    if (invalid !== undefined) {
      input(invalid)?.focus();
      return;
    }
    busy = true;
    download?.setAttribute('aria-disabled', 'true');
    const details = choices();
    const chosenPaper = paper();
    say('Making your packet…');
    load()
      .then(async ({ make, kit }) => {
        const roleCards = details.slugs.some((slug) => pickOf(slug)?.dataset['kind'] === 'role-cards');
        const bytes = await make(kit, { slugs: details.slugs, roleCards }, details, chosenPaper, pageUrl);
        const { title } = customPacketDescription(details);
        saveFile(new Blob([bytes.slice().buffer], { type: 'application/pdf' }), packetFileName(title, chosenPaper));
        say(`Downloaded “${title}”: ${details.slugs.length + 1} parts, ${Math.max(1, Math.round(bytes.length / 1024))} KB.`);
      })
      .catch((error: unknown) => {
        say('');
        warn(error instanceof Error ? error.message : 'The packet could not be made. Your choices are kept; try again.');
      })
      .finally(() => {
        busy = false;
        download?.removeAttribute('aria-disabled');
      });
  });

  render();
  form.hidden = false;
}

/** "1 sheet", "3 sheets". */
function sheetCount(count: number): string {
  return `${count} sheet${count === 1 ? '' : 's'}`;
}

/** One sheet in the packet's order, with buttons to move it or take it out, each naming the sheet for screen readers. */
function orderItem(slug: string, title: string, index: number, count: number): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset['slug'] = slug;
  const name = document.createElement('span');
  name.className = 'packet-order__title';
  name.textContent = title;
  const buttons = document.createElement('span');
  buttons.className = 'packet-order__buttons';
  const button = (action: string, label: string, spoken: string, disabled: boolean) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'control-button';
    element.dataset['action'] = action;
    element.textContent = label;
    element.setAttribute('aria-label', `${spoken} “${title}”`);
    element.disabled = disabled;
    return element;
  };
  buttons.append(button('up', 'Up', 'Move up', index === 0), button('down', 'Down', 'Move down', index === count - 1), button('remove', 'Remove', 'Take out', false));
  item.append(name, buttons);
  return item;
}

const form = document.querySelector<HTMLFormElement>('form[data-packet-builder]');
if (form !== null) start(form);
