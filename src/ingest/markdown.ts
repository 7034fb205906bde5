/**
 * Markdown → plain text for news written or saved as .md: heading marks, emphasis, links and list bullets
 * are removed; images become "Image: alt" lines (flagged as captions by segmentation); paragraphs stay
 * separated by blank lines.
 */
export function markdownToText(md: string): string {
  return md
    .replace(/\r\n?/g, '\n')
    .replace(/^```[\s\S]*?^```[ \t]*$/gm, '') // code blocks are no news text
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1') // headings
    .replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, '') // horizontal rules
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_m, alt: string) => (alt.trim() ? `Image: ${alt.trim()}` : ''))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '') // block quotes
    .replace(/^[ \t]*[-*+][ \t]+/gm, '') // bullets
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/<[^>\n]+>/g, '') // inline HTML tags
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
