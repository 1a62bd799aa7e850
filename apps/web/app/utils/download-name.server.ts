/** A file name for a download, from what it is and its title: e.g. "language-manifest-regional-workshop.csv". */
export function downloadName(kind: string, title: string, extension: string): string {
  const slug = title.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().toLowerCase().replace(/[\s_-]+/g, "-").slice(0, 60);
  return `${kind}${slug ? `-${slug}` : ""}.${extension}`;
}
