import type { CDPSession, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Tend's real popup, opened over a tab as the toolbar button opens it. Playwright does
 * not list extension popups as pages, so this drives it through the DevTools protocol: it reads
 * the popup's text and clicks its buttons with the mouse, where they are drawn.
 */
export class ToolbarPopup {
  private nextId = 1;
  private readonly replies = new Map<number, (reply: { result?: { result?: { value?: unknown } } }) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
      const reply = JSON.parse(message);
      this.replies.get(reply.id)?.(reply);
    });
  }

  /** Opens the popup over `page`, asked for by Tend's worker or by any Tend page (one in a tab behind works too). */
  static async openOver(page: Page, opener: Worker | Page): Promise<ToolbarPopup> {
    await page.bringToFront();
    const open = () =>
      (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup();
    await ('mainFrame' in opener ? opener.evaluate(open) : opener.evaluate(open));
    const browser = page.context().browser();
    if (!browser) throw new Error('No browser to reach the popup through');
    const cdp = await browser.newBrowserCDPSession();
    let targetId: string | undefined;
    await expect
      .poll(async () => {
        const { targetInfos } = await cdp.send('Target.getTargets');
        targetId = targetInfos.find((target) => target.url.endsWith('/popup.html'))?.targetId;
        return targetId;
      })
      .toBeDefined();
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: targetId ?? '', flatten: false });
    return new ToolbarPopup(cdp, sessionId);
  }

  private send(method: string, params: object): Promise<{ result?: { result?: { value?: unknown } } }> {
    const id = this.nextId++;
    const reply = new Promise<{ result?: { result?: { value?: unknown } } }>((done) => this.replies.set(id, done));
    const message = JSON.stringify({ id, method, params });
    void this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message });
    return reply;
  }

  /** The value of `expression` in the popup (made plain by JSON). */
  async evaluate(expression: string): Promise<unknown> {
    return (await this.send('Runtime.evaluate', { expression, returnByValue: true })).result?.result?.value;
  }

  text(): Promise<unknown> {
    return this.evaluate('document.body.innerText');
  }

  /** Waits long enough for the popup to have shown what it loads after its first render. */
  async settle(): Promise<void> {
    await this.send('Runtime.evaluate', {
      expression: 'new Promise((done) => requestIdleCallback(() => setTimeout(done, 1500)))',
      awaitPromise: true,
    });
  }

  /** Scrolls to the button named `label`, once it is there, and clicks it with the mouse. */
  async click(label: string): Promise<void> {
    const find = `[...document.querySelectorAll('button')].find((button) => button.textContent.trim() === ${JSON.stringify(label)})`;
    let box: { x: number; y: number } | undefined;
    await expect
      .poll(async () => {
        box = (await this.evaluate(
          `(() => { const button = ${find}; button?.scrollIntoView({ block: 'center' }); const r = button?.getBoundingClientRect(); return r && { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
        )) as typeof box;
        return box;
      })
      .toBeDefined();
    for (const type of ['mousePressed', 'mouseReleased'])
      await this.send('Input.dispatchMouseEvent', { type, button: 'left', clickCount: 1, ...box });
  }
}
