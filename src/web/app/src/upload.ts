/** Upload: paste an article's text or drop files (.txt, .html, .json, .jsonl); sent to POST /api/articles. */
import { api, qs } from './api.js';
import { $, clear, h } from './dom.js';

function contentTypeOf(name: string): string {
  if (/\.jsonl$/i.test(name)) return 'application/x-ndjson';
  if (/\.json$/i.test(name)) return 'application/json';
  if (/\.x?html?$/i.test(name)) return 'text/html';
  return 'text/plain';
}

interface Result {
  ingested: number;
  failed: number;
  results: { index: number; error?: string; article?: string; status?: string }[];
  incidents: { id: string; sub_event_type: string; location: string | null }[];
}

export function setupUpload(onDone: (incidents: string[]) => void): void {
  const dialog = $('#upload') as HTMLDialogElement;
  const form = $('#upload-form') as HTMLFormElement;
  const out = $('#upload-result');
  const files = $('#files') as HTMLInputElement;
  const drop = $('#drop');
  let dropped: File[] = [];
  $('#upload-open').addEventListener('click', () => {
    clear(out);
    dialog.showModal();
  });
  $('#upload-close').addEventListener('click', () => dialog.close());
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    dropped = [...(e.dataTransfer?.files ?? [])];
    clear(out);
    out.appendChild(h('p', {}, `${dropped.length} file(s): ${dropped.map((f) => f.name).join(', ')}`));
  });
  const show = (label: string, r: Result | Error) => {
    if (r instanceof Error) {
      out.appendChild(h('p', { class: 'status error' }, `${label}: ${r.message}`));
      return;
    }
    out.appendChild(
      h(
        'div',
        {},
        h('p', {}, `${label}: ${r.ingested} ingested, ${r.failed} failed, ${r.incidents.length} incident(s) touched`),
        h('ul', {}, ...r.results.filter((x) => x.error).map((x) => h('li', { class: 'error' }, `#${x.index + 1}: ${x.error}`))),
        h('ul', {}, ...r.incidents.map((i) => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => (dialog.close(), onDone([i.id])) }, `${i.id} ${i.sub_event_type} ${i.location ?? ''}`)))),
      ),
    );
  };
  $('#upload-send').addEventListener('click', async () => {
    clear(out);
    const fd = new FormData(form);
    const meta = { outlet: String(fd.get('outlet') ?? ''), published: String(fd.get('published') ?? ''), url: String(fd.get('url') ?? '') };
    const touched: string[] = [];
    const send = async (label: string, body: string, ctype: string) => {
      try {
        const r = await api<Result>(`/api/articles${ctype === 'text/plain' || ctype === 'text/html' ? qs(meta) : ''}`, { method: 'POST', body, headers: { 'content-type': ctype } });
        touched.push(...r.incidents.map((i) => i.id));
        show(label, r);
      } catch (e) {
        show(label, e as Error);
      }
    };
    const text = String(fd.get('text') ?? '').trim();
    if (text) await send('pasted text', text, 'text/plain');
    for (const f of [...dropped, ...(files.files ?? [])]) await send(f.name, await f.text(), contentTypeOf(f.name));
    if (!text && !dropped.length && !files.files?.length) out.appendChild(h('p', { class: 'status error' }, 'nothing to send: paste text or choose files'));
    dropped = [];
    if (touched.length) onDone(touched);
  });
}
