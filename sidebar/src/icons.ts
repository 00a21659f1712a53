/// <reference lib="dom" />
// The tab icons, drawn from plain shapes on a 24x24 grid (filled with the text colour).
import { svg } from './dom';

type Shape = [tag: string, attrs: Record<string, string | number>];

const SHAPES: Record<string, Shape[]> = {
  // Three rising bars: the score and findings at a glance.
  overview: [['rect', { x: 4, y: 12, width: 4, height: 8, rx: 1 }], ['rect', { x: 10, y: 8, width: 4, height: 12, rx: 1 }], ['rect', { x: 16, y: 4, width: 4, height: 16, rx: 1 }]],
  // A four-point sparkle: tidying up.
  clean: [['path', { d: 'M12 2l2.4 7.6L22 12l-7.6 2.4L12 22l-2.4-7.6L2 12l7.6-2.4z' }]],
  // Two overlapping cards: the same record twice.
  duplicates: [['path', { d: 'M8 3h10a2 2 0 0 1 2 2v10h-2V5H8z' }], ['rect', { x: 4, y: 7, width: 12, height: 14, rx: 2 }]],
  // A clock face: audits on a schedule.
  audits: [['path', { d: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm-1 3v6l5 3 1-1.6-4-2.4V7z' }]],
  // A cog: eight teeth around a ring.
  settings: [['path', { d: 'M10.5 2h3l.5 2.6 1.9.8 2.2-1.5 2.1 2.1-1.5 2.2.8 1.9 2.5.4v3l-2.5.5-.8 1.9 1.5 2.2-2.1 2.1-2.2-1.5-1.9.8-.5 2.5h-3l-.5-2.5-1.9-.8-2.2 1.5-2.1-2.1 1.5-2.2-.8-1.9L2 13.5v-3l2.5-.4.8-1.9-1.5-2.2 2.1-2.1 2.2 1.5 1.9-.8zM12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z' }]],
};

export function tabIcon(name: string): SVGElement {
  const root = svg('svg', { viewBox: '0 0 24 24', width: 20, height: 20, 'aria-hidden': 'true', focusable: 'false', class: 'tab-icon' });
  for (const [tag, attrs] of SHAPES[name] ?? []) root.appendChild(svg(tag, attrs));
  return root;
}
