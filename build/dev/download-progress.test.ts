import { describe, expect, it } from 'vitest';
import { downloadProgress } from './download-progress.js';

describe('downloadProgress', () => {
  it('gives the share and the size when the server sent a length, the bytes so far when not', () => {
    expect(downloadProgress('45.6.1', 52_428_800, 104_857_600)).toBe('Downloading Electron 45.6.1: 50% of 100 MB');
    expect(downloadProgress('45.6.1', 104_857_600, 104_857_600)).toBe('Downloading Electron 45.6.1: 100% of 100 MB');
    expect(downloadProgress('45.6.1', 1_048_576, null)).toBe('Downloading Electron 45.6.1: 1.0 MB');
  });
});
