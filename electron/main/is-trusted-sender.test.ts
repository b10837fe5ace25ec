import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFrame } from './is-trusted-sender.js';

/** A frame as WebFrameMain describes it; by default the atlas window's top frame. */
const createFrame = (overrides: Partial<SenderFrame> = {}): SenderFrame => ({
  url: 'atlas://app/index.html#date=2016',
  parent: null,
  processId: 7,
  routingId: 1,
  ...overrides,
});

const mainFrame = createFrame();

describe('isTrustedSender', () => {
  it('trusts the top frame of the atlas window on atlas://app/', () => {
    expect(isTrustedSender(createFrame(), mainFrame)).toBe(true);
  });

  it('rejects a subframe, even on atlas://app/', () => {
    expect(isTrustedSender(createFrame({ parent: mainFrame, routingId: 2 }), mainFrame)).toBe(false);
    expect(isTrustedSender(createFrame({ parent: mainFrame }), mainFrame)).toBe(false);
  });

  it('rejects a frame of another window or process', () => {
    expect(isTrustedSender(createFrame({ processId: 8 }), mainFrame)).toBe(false);
    expect(isTrustedSender(createFrame({ routingId: 5 }), mainFrame)).toBe(false);
  });

  it.each(['https://evil.example/', 'atlas://other/index.html', 'atlas://app@evil/', 'file:///tmp/x.html', 'about:blank', ''])(
    'rejects our frame when it shows another origin: %s',
    (url) => {
      expect(isTrustedSender(createFrame({ url }), createFrame({ url }))).toBe(false);
    },
  );

  it('rejects a frame that is gone (null) or a window without a main frame', () => {
    expect(isTrustedSender(null, mainFrame)).toBe(false);
    expect(isTrustedSender(createFrame(), null)).toBe(false);
  });
});
