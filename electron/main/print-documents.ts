/**
 * Briefing documents waiting to be printed to PDF. The renderer hands over HTML (never a path or
 * URL); main keeps it in memory under a random token and serves it once at
 * atlas://app/print-<token>.html, so the document's relative links (fonts.css) resolve inside
 * the app bundle. Nothing is written to disk.
 */
import { randomBytes } from 'node:crypto';

const PRINT_PATH = /^\/print-([0-9a-f]{32})\.html$/;

export class PrintDocuments {
  private readonly pending = new Map<string, string>();

  add(html: string): string {
    const token = randomBytes(16).toString('hex');
    this.pending.set(token, html);
    return token;
  }

  urlFor(token: string): string {
    return `atlas://app/print-${token}.html`;
  }

  /** The HTML for a request path, if it names a pending document. */
  lookup(pathname: string): string | undefined {
    const match = PRINT_PATH.exec(pathname);
    return match ? this.pending.get(match[1]!) : undefined;
  }

  remove(token: string): void {
    this.pending.delete(token);
  }

  get size(): number {
    return this.pending.size;
  }
}
