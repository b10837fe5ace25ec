import type { Protocol } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerAppProtocol } from './app-protocol.js';

type Handler = (request: Request) => Promise<Response>;

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('registerAppProtocol', () => {
  it('handles the atlas scheme by serving files from the root', async () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-root-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    const handle = vi.fn<(scheme: string, handler: Handler) => void>();
    registerAppProtocol({ handle } as unknown as Protocol, root);

    expect(handle).toHaveBeenCalledWith('atlas', expect.any(Function));
    const handler = handle.mock.calls[0]?.[1];
    const response = await handler?.(new Request('atlas://app/index.html'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
