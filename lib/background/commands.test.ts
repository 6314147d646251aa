import { beforeEach, describe, expect, it, vi } from 'vitest';

const listeners: Array<(command: string) => void> = [];
const sendMessage = vi.fn(async () => undefined);
const query = vi.fn(async () => [{ id: 7 }]);

vi.mock('wxt/browser', () => ({
  browser: {
    commands: { onCommand: { addListener: (fn: (command: string) => void) => listeners.push(fn) } },
    tabs: { query, sendMessage },
  },
}));

const { registerCommands } = await import('./commands');

describe('keyboard commands', () => {
  beforeEach(() => {
    listeners.length = 0;
    sendMessage.mockClear();
    registerCommands(new AbortController().signal);
  });

  it.each([
    ['next-citation', 1],
    ['previous-citation', -1],
  ] as const)('%s asks the active tab’s top frame to move by %d', async (command, step) => {
    listeners[0]!(command);
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith(7, { type: 'next-citation', step }, { frameId: 0 }));
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
  });

  it('ignores commands it does not know', async () => {
    listeners[0]!('something-else');
    await new Promise((ok) => setTimeout(ok, 10));
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
