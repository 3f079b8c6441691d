/**
 * Issue 14, "Phones": every kind of page, in every language, on a 390 × 844
 * phone (touch, device pixel ratio 2). Nothing scrolls sideways: not the page,
 * and not a figure inside its own box (a figure that needs a scroll bar to be
 * read does not fit; each figure's table alternative is opened and measured
 * too). Text in figures renders at 12 px or more, as drawn: an SVG scaled down
 * shrinks its text, so SVG text is measured through its screen transform.
 * Every target in a figure that takes a tap is at least 24 × 24 px, or has a
 * clear 24 px circle around it (WCAG 2.2, 2.5.8 Target Size (Minimum), its
 * spacing exception); an element that takes no pointer input (pointer-events:
 * none) is not a target.
 *
 * Pages: the first, middle and last page of each kind in each language
 * (tests/helpers/site.ts spreadPerKind), and the root and 404 pages; not the
 * old document URL, whose only content is a redirect to the document page,
 * which is measured itself.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { TabPool } from '../helpers/audit.ts';
import { builtPages, pageKind, spreadPerKind } from '../helpers/site.ts';

const pages = spreadPerKind(builtPages().filter((p) => pageKind(p) !== 'redirect')).sort();
const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 };
const TABS = Number(process.env.PHONE_TABS ?? 3);

let browser: Browser | undefined; // undefined in afterAll when launch() failed
let tabs: TabPool<Page>;

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    reducedMotion: 'reduce',
  });
  tabs = new TabPool(await Promise.all(Array.from({ length: TABS }, () => context.newPage())));
});
afterAll(async () => {
  await browser?.close();
});

interface PhoneReport {
  /** The page is wider than the screen (document scroll width > window width). */
  pageScrolls: string[];
  /** A figure, or something in it, reaches past the screen's edge or scrolls sideways in its own box. */
  wide: string[];
  /** Text in a figure rendered under 12 px. */
  smallText: string[];
  /** A target in a figure under 24 × 24 px without a clear 24 px circle. */
  smallTargets: string[];
}
const FITS: PhoneReport = { pageScrolls: [], wide: [], smallText: [], smallTargets: [] };

/** Measures the loaded page at a screen `W` px wide; runs in the browser. */
function measure(W: number): PhoneReport {
  const r: PhoneReport = { pageScrolls: [], wide: [], smallText: [], smallTargets: [] };
  // checkVisibility() alone calls SVG inside a display: none group visible: a shown element also has a box.
  const shown = (el: Element) => {
    const b = el.getBoundingClientRect();
    return el.checkVisibility({ visibilityProperty: true }) && (b.width > 0 || b.height > 0);
  };
  const name = (el: Element) => {
    const label = el.getAttribute('aria-label') ?? el.textContent;
    return `<${el.tagName.toLowerCase()}> "${label.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
  };
  // A phone widens its layout viewport to content that overflows: the window then is wider than the screen.
  if (window.innerWidth > W) r.pageScrolls.push(`window ${window.innerWidth} px wide on a ${W} px screen`);
  if (document.documentElement.scrollWidth > W) r.pageScrolls.push(`scrollWidth ${document.documentElement.scrollWidth} > ${W}`);
  const figures = [...document.querySelectorAll('figure')].filter(shown);
  for (const figure of figures) {
    // The table alternatives are part of the figure: open them, as a reader does.
    for (const d of figure.querySelectorAll('details')) d.open = true;
    // HTML boxes (and each SVG as a whole; what an SVG draws past its own edge is clipped, not laid out).
    const boxes = [figure, ...figure.querySelectorAll('*')].filter((el) => !(el.parentElement?.closest('svg') ?? null));
    for (const el of boxes) {
      if (!shown(el)) continue;
      const b = el.getBoundingClientRect();
      if (b.left < -0.5 || b.right > W + 0.5) r.wide.push(`${name(el)} spans ${Math.round(b.left)}–${Math.round(b.right)} px of ${W}`);
      const ox = getComputedStyle(el).overflowX;
      if (el.scrollWidth > el.clientWidth + 1 && (ox === 'auto' || ox === 'scroll'))
        r.wide.push(`${name(el)} scrolls sideways: ${el.scrollWidth} px in ${el.clientWidth}`);
    }
    for (const el of figure.querySelectorAll('*')) {
      if (!shown(el)) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own || el.closest('title, desc')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      // SVG text is drawn in user units: what shows is its size times the drawing's scale.
      const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
      const px = ctm ? size * Math.hypot(ctm.a, ctm.b) : size;
      if (px < 11.95) r.smallText.push(`${name(el)} at ${px.toFixed(1)} px`);
    }
    // Targets: what takes a tap. An SVG link is as big as what it draws, leader lines aside.
    const targets = [...figure.querySelectorAll('a[href], button, summary, input, select, textarea')]
      .filter((el) => shown(el) && getComputedStyle(el).pointerEvents !== 'none')
      .map((el) => {
        const parts = el.closest('svg') ? [...el.children].filter((c) => c instanceof SVGGraphicsElement && c.tagName !== 'line') : [el];
        const rects = parts.map((p) => p.getBoundingClientRect()).filter((b) => b.width > 0 || b.height > 0);
        const left = Math.min(...rects.map((b) => b.left));
        const top = Math.min(...rects.map((b) => b.top));
        return { el, left, top, w: Math.max(...rects.map((b) => b.right)) - left, h: Math.max(...rects.map((b) => b.bottom)) - top };
      })
      .filter((t) => Number.isFinite(t.w) && Number.isFinite(t.h));
    const small = targets.filter((t) => t.w < 23.95 || t.h < 23.95);
    const centre = (t: (typeof targets)[number]) => [t.left + t.w / 2, t.top + t.h / 2] as const;
    // Distance from a point to a box (0 inside).
    const reach = (x: number, y: number, t: (typeof targets)[number]) =>
      Math.hypot(Math.max(t.left - x, 0, x - t.left - t.w), Math.max(t.top - y, 0, y - t.top - t.h));
    for (const t of small) {
      const [x, y] = centre(t);
      const crowded = targets.some((o) => o !== t && reach(x, y, o) < 12);
      const circles = small.some((o) => o !== t && Math.hypot(x - centre(o)[0], y - centre(o)[1]) < 24);
      if (crowded || circles) r.smallTargets.push(`${name(t.el)} ${t.w.toFixed(1)} × ${t.h.toFixed(1)} px, crowded`);
    }
  }
  return r;
}

async function phoneReport(path: string): Promise<PhoneReport> {
  return tabs.use(async (tab) => {
    await tab.goto(baseUrl + path, { waitUntil: 'load' });
    return tab.evaluate(measure, PHONE.width);
  });
}

test('the sample covers every kind of page in every language', () => {
  const kinds = new Set(builtPages().map(pageKind));
  kinds.delete('redirect');
  expect(new Set(pages.map(pageKind))).toEqual(kinds);
});

describe.concurrent('on a 390 px phone, nothing scrolls sideways, figure text is 12 px or more, figure targets 24 px', () => {
  for (const path of pages) test(path, async () => expect(await phoneReport(path)).toEqual(FITS));
});
