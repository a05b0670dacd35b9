// Reads Mermaid diagrams and Markdown tables as their real consumers do, for exchange-ports' tests.
// Standard input: a JSON array of { "kind": "mermaid" | "markdown", "text": "..." }.
// Standard output: a JSON array, one result per input, in order:
//   mermaid:  { ok, error, title, nodes: [{ text, tags }], edges, labels: [{ text, tags }] }, read from the SVG Mermaid renders
//             (tags: the elements inside a label besides Mermaid's own, which would be markup that came from the text);
//   markdown: { ok, rows: [[{ text, tokens }]] }, the table markdown-it reads (tokens: the inline token types of a cell).
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
for (const name of ['window', 'document', 'navigator', 'Element', 'HTMLElement', 'SVGElement', 'DOMParser', 'Node', 'DocumentFragment', 'XMLSerializer', 'MutationObserver', 'CSSStyleSheet']) {
  if (!(name in globalThis)) {
    Object.defineProperty(globalThis, name, { value: name === 'window' ? dom.window : dom.window[name], configurable: true, writable: true });
  }
}
// jsdom lays nothing out; Mermaid only needs sizes to place nodes.
dom.window.SVGElement.prototype.getBBox = function () { return { x: 0, y: 0, width: 8 * (this.textContent || '').length + 8, height: 16 }; };
dom.window.SVGElement.prototype.getComputedTextLength = function () { return 8 * (this.textContent || '').length; };

const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
const markdown = new MarkdownIt();

// What Mermaid itself wraps a label in; anything else inside one came from the label's text.
const mermaidTags = new Set(['g', 'rect', 'foreignObject', 'div', 'span', 'p', 'text', 'tspan']);
const label = (element) => ({
  text: element.textContent,
  tags: [...element.querySelectorAll('*')].map((e) => e.localName).filter((t) => !mermaidTags.has(t)),
});

let counter = 0;
async function readMermaid(text) {
  try {
    await mermaid.parse(text);
    const { svg } = await mermaid.render('diagram' + counter++, text);
    // Read as HTML, as a browser reads an SVG inside a page: Mermaid's labels hold HTML entities such as &nbsp;.
    const doc = new JSDOM('<!doctype html><html><body>' + svg + '</body></html>').window.document;
    return {
      ok: true,
      title: [...doc.querySelectorAll('.flowchartTitleText')].map((t) => t.textContent),
      nodes: [...doc.querySelectorAll('g.node')].map(label),
      edges: doc.querySelectorAll('path.flowchart-link').length,
      labels: [...doc.querySelectorAll('g.edgeLabel')].map(label),
    };
  } catch (error) {
    return { ok: false, error: String(error?.message ?? error) };
  }
}

function readMarkdown(text) {
  const rows = [];
  let row = null;
  for (const token of markdown.parse(text, {})) {
    if (token.type === 'tr_open') rows.push(row = []);
    if (token.type === 'inline' && row) row.push({ text: token.children.map((c) => c.content).join(''), tokens: [...new Set(token.children.map((c) => c.type))] });
    if (token.type === 'tr_close') row = null;
  }
  return { ok: true, rows };
}

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const job of JSON.parse(input)) {
  results.push(job.kind === 'mermaid' ? await readMermaid(job.text) : readMarkdown(job.text));
}
process.stdout.write(JSON.stringify(results));
