import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown.server.ts";

describe("renderMarkdown", () => {
  it("shows raw HTML from an imported scenario as text, never as markup", () => {
    const html = renderMarkdown('Facts <script>alert("x")</script> and <img src=x onerror=alert(1)>');
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("nests a document's headings under the page's own", () => {
    expect(renderMarkdown("# Facts\n\n## Warrant\n\ntext")).toBe("<h4>Facts</h4>\n<h5>Warrant</h5>\n<p>text</p>\n");
  });
});
