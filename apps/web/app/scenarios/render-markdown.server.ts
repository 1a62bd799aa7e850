import MarkdownIt from "markdown-it";

// Raw HTML in a scenario's markdown is shown as text, never run: scenarios are imported from files.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

// A case-file document sits under the page's own headings (h1 page, h3 document title): its "#"
// headings start at h4, so the page keeps one h1 and a sound outline for screen readers.
markdown.core.ruler.push("nest_headings", (state) => {
  for (const token of state.tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 3)}`;
  }
});

export function renderMarkdown(text: string): string {
  return markdown.render(text);
}
