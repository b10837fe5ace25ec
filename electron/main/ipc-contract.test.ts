import { describe, expect, it } from 'vitest';
import type { SaveRequest } from '../../renderer/host/atlas-host.js';
import { IPC_CONTRACT } from './ipc-contract.js';

const createSaveRequest = (overrides: Partial<Record<keyof SaveRequest, unknown>> = {}): Record<string, unknown> => ({
  suggestedName: 'atlas-2016-06-30.png',
  mime: 'image/png',
  data: new Uint8Array([137, 80, 78, 71]),
  ...overrides,
});

const saveArgsOk = (...args: unknown[]): boolean => IPC_CONTRACT.saveFile.args.safeParse(args).success;
const saveIssue = (...args: unknown[]): string => {
  const result = IPC_CONTRACT.saveFile.args.safeParse(args);
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
};

describe('IPC_CONTRACT', () => {
  it('names the channels of the host', () => {
    expect([IPC_CONTRACT.appInfo.channel, IPC_CONTRACT.saveFile.channel, IPC_CONTRACT.openSource.channel, IPC_CONTRACT.menuCommand.channel]).toEqual([
      'host:app-info',
      'host:save-file',
      'host:open-source',
      'host:menu-command',
    ]);
  });

  describe('host:app-info', () => {
    it('takes no arguments', () => {
      expect(IPC_CONTRACT.appInfo.args.safeParse([]).success).toBe(true);
      expect(IPC_CONTRACT.appInfo.args.safeParse(['extra']).success).toBe(false);
    });
  });

  describe('host:save-file', () => {
    it.each([
      ['atlas-2016-06-30.png', 'image/png'],
      ['briefing.svg', 'image/svg+xml'],
      ['Briefing (SCO, 2016).PDF', 'application/pdf'],
      ['view.json', 'application/json'],
      ['атлас-2016.png', 'image/png'],
    ])('accepts %s as %s', (suggestedName, mime) => {
      expect(saveArgsOk(createSaveRequest({ suggestedName, mime }))).toBe(true);
    });

    it.each(['../atlas.png', 'exports/atlas.png', '..\\atlas.png', 'C:\\Users\\me\\atlas.png', '/etc/atlas.png'])('rejects a path instead of a name: %s', (suggestedName) => {
      expect(saveIssue(createSaveRequest({ suggestedName }))).toMatch(/suggestedName: must be a plain file name without a folder/);
    });

    it.each(['.bashrc.png', '.png'])('rejects a leading dot: %s', (suggestedName) => {
      expect(saveIssue(createSaveRequest({ suggestedName }))).toMatch(/must not start with a dot/);
    });

    it.each(['atlas\u0000.png', 'atlas<1>.png', 'atlas:stream.png', 'a|b.png', 'tab\there.png', '-rf.png'])('rejects unsafe characters: %j', (suggestedName) => {
      expect(saveArgsOk(createSaveRequest({ suggestedName }))).toBe(false);
    });

    it('rejects an empty name and one over 120 characters', () => {
      expect(saveArgsOk(createSaveRequest({ suggestedName: '' }))).toBe(false);
      expect(saveArgsOk(createSaveRequest({ suggestedName: `${'a'.repeat(117)}.png` }))).toBe(false);
      expect(saveArgsOk(createSaveRequest({ suggestedName: `${'a'.repeat(116)}.png` }))).toBe(true);
    });

    it.each([
      ['atlas.svg', 'image/png', /must end in \.png for image\/png/],
      ['atlas.png', 'application/pdf', /must end in \.pdf for application\/pdf/],
      ['atlas.json.exe', 'application/json', /must end in \.json/],
      ['atlas', 'image/svg+xml', /must end in \.svg/],
    ])('rejects %s for %s', (suggestedName, mime, message) => {
      expect(saveIssue(createSaveRequest({ suggestedName, mime }))).toMatch(message);
    });

    it('rejects a type outside the SaveRequest union', () => {
      expect(saveArgsOk(createSaveRequest({ suggestedName: 'page.html', mime: 'text/html' }))).toBe(false);
    });

    it('rejects data that is not a Uint8Array', () => {
      expect(saveIssue(createSaveRequest({ data: [1, 2, 3] }))).toMatch(/data: must be a Uint8Array/);
      expect(saveArgsOk(createSaveRequest({ data: 'iVBORw0KGgo=' }))).toBe(false);
      expect(saveArgsOk(createSaveRequest({ data: new ArrayBuffer(4) }))).toBe(false);
    });

    it('accepts 200 MB and rejects one byte more', () => {
      // A view over one shared buffer: the size check reads byteLength, no 200 MB copy is made.
      const buffer = new ArrayBuffer(IPC_CONTRACT.saveFile.limits.maxBytes + 1);
      expect(saveArgsOk(createSaveRequest({ data: new Uint8Array(buffer, 0, IPC_CONTRACT.saveFile.limits.maxBytes) }))).toBe(true);
      expect(saveIssue(createSaveRequest({ data: new Uint8Array(buffer) }))).toMatch(/data: must be at most 200 MB/);
    });

    it('rejects extra fields, a missing field, no argument and extra arguments', () => {
      expect(saveArgsOk({ ...createSaveRequest(), path: '/etc/passwd' })).toBe(false);
      expect(saveArgsOk({ suggestedName: 'a.png', mime: 'image/png' })).toBe(false);
      expect(saveArgsOk()).toBe(false);
      expect(saveArgsOk(createSaveRequest(), '/tmp/elsewhere.png')).toBe(false);
    });
  });

  describe('host:open-source', () => {
    const ok = (...args: unknown[]): boolean => IPC_CONTRACT.openSource.args.safeParse(args).success;

    it('accepts a source id', () => {
      expect(ok('gen-natural-earth')).toBe(true);
      expect(ok('ev-mme-v7')).toBe(true);
    });

    it.each(['https://evil.example/', 'file:///etc/passwd', 'Gen-Natural-Earth', '-leading-hyphen', '', 'a b', 'gen/natural', '__proto__', 'x'.repeat(201)])(
      'rejects %s',
      (id) => {
        expect(ok(id)).toBe(false);
      },
    );

    it('rejects a non-string and extra arguments', () => {
      expect(ok(42)).toBe(false);
      expect(ok({ id: 'gen-natural-earth' })).toBe(false);
      expect(ok('gen-natural-earth', 'https://evil.example/')).toBe(false);
    });
  });

  describe('host:menu-command', () => {
    it('accepts every menu command', () => {
      for (const command of ['export-png', 'export-svg', 'export-pdf', 'toggle-table', 'toggle-globe', 'focus-timeline', 'about']) {
        expect(IPC_CONTRACT.menuCommand.payload.safeParse(command).success, command).toBe(true);
      }
    });

    it.each(['quit', 'EXPORT-PNG', '', 7, null])('rejects %j', (command) => {
      expect(IPC_CONTRACT.menuCommand.payload.safeParse(command).success).toBe(false);
    });
  });

  describe('host:load-user-data', () => {
    it('takes no arguments', () => {
      expect(IPC_CONTRACT.loadUserData.channel).toBe('host:load-user-data');
      expect(IPC_CONTRACT.loadUserData.args.safeParse([]).success).toBe(true);
      expect(IPC_CONTRACT.loadUserData.args.safeParse(['/etc/passwd']).success).toBe(false);
    });
  });

  describe('host:store-user-data', () => {
    const doc = '{"format":"eurasian-alliances-atlas/user-data","version":1}';
    it('takes the text and exactly { preserveCurrent: boolean }', () => {
      expect(IPC_CONTRACT.storeUserData.args.safeParse([doc, { preserveCurrent: false }]).success).toBe(true);
      expect(IPC_CONTRACT.storeUserData.args.safeParse([doc, { preserveCurrent: true }]).success).toBe(true);
    });

    it.each([
      ['no options', [doc]],
      ['a non-boolean flag', [doc, { preserveCurrent: 'no' }]],
      ['an extra option (a path)', [doc, { preserveCurrent: false, path: '/tmp/x' }]],
      ['an extra argument', [doc, { preserveCurrent: false }, 'more']],
      ['bytes instead of text', [new Uint8Array([1]), { preserveCurrent: false }]],
      ['a document over 5 MB', ['x'.repeat(5 * 1024 * 1024 + 1), { preserveCurrent: false }]],
    ])('rejects %s', (_label, args) => {
      expect(IPC_CONTRACT.storeUserData.args.safeParse(args).success).toBe(false);
    });
  });

  describe('host:print-to-pdf', () => {
    it('takes one HTML document', () => {
      expect(IPC_CONTRACT.printToPdf.args.safeParse(['<!doctype html><title>x</title>']).success).toBe(true);
      expect(IPC_CONTRACT.printToPdf.args.safeParse(['  <!DOCTYPE html>\n<p>x']).success).toBe(true);
    });

    it.each([
      ['an empty string', ['']],
      ['a URL instead of a document', ['file:///etc/passwd']],
      ['a fragment without a doctype', ['<script>alert(1)</script>']],
      ['two documents', ['<!doctype html>', '<!doctype html>']],
      ['an object', [{ html: '<!doctype html>' }]],
      ['a document over 50 MB', [`<!doctype html>${'x'.repeat(50 * 1024 * 1024)}`]],
    ])('rejects %s', (_label, args) => {
      expect(IPC_CONTRACT.printToPdf.args.safeParse(args).success).toBe(false);
    });
  });
});
