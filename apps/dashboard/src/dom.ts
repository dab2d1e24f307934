type Child = Node | string | number | null | undefined | false;

/** Builds an element; text goes in as text nodes, never as HTML, so report sentences cannot inject markup. */
export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : String(child));
  }
  return element;
};

/** A link to an article: http(s) only, opened apart from the dashboard. */
export const articleLink = (url: string, text: string): HTMLElement =>
  /^https?:\/\//i.test(url) ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text) : el('span', {}, text);

export const section = (id: string, title: string, ...children: Child[]): HTMLElement =>
  el('section', { id, class: 'panel' }, el('h2', {}, title), ...children);
