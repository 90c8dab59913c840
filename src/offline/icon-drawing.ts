import { screenColors, type Hex } from '../styles/palette';

/**
 * The handbook's icon, drawn once as shapes on a unit square and rendered
 * twice: as SVG for the favicon (src/offline/icon-svg.ts) and as PNG for the
 * installed app (src/offline/icon-png.ts). A speech bubble with two lines of
 * words in it: the handbook gives you words to say.
 */

/** A rectangle with rounded corners; x, y, width, height and radius on the unit square. */
export interface RoundedRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  color: Hex;
}

/** A triangle, for the bubble's tail. */
export interface Triangle {
  kind: 'triangle';
  points: readonly [readonly [number, number], readonly [number, number], readonly [number, number]];
  color: Hex;
}

export type Shape = RoundedRect | Triangle;

/**
 * "any": the icon on a transparent square, its corners rounded.
 * "maskable": full bleed, since the platform cuts its own shape, with the
 * bubble inside the central circle every mask keeps (80% of the width).
 */
export type IconPurpose = 'any' | 'maskable';

const background = screenColors.accent.light;
const bubble = screenColors.surface.light;
const words = screenColors.accent.light;

/** The bubble and its words, centred on (0.5, 0.5). */
const foreground: readonly Shape[] = [
  { kind: 'rect', x: 0.17, y: 0.2, width: 0.66, height: 0.46, radius: 0.11, color: bubble },
  { kind: 'triangle', points: [[0.28, 0.6], [0.27, 0.84], [0.5, 0.64]], color: bubble },
  { kind: 'rect', x: 0.29, y: 0.33, width: 0.42, height: 0.065, radius: 0.0325, color: words },
  { kind: 'rect', x: 0.29, y: 0.47, width: 0.28, height: 0.065, radius: 0.0325, color: words },
];

/** Scales a shape about the centre of the square. */
function scaled(shape: Shape, factor: number): Shape {
  const at = (value: number) => 0.5 + (value - 0.5) * factor;
  if (shape.kind === 'triangle') {
    const [a, b, c] = shape.points;
    return { ...shape, points: [[at(a[0]), at(a[1])], [at(b[0]), at(b[1])], [at(c[0]), at(c[1])]] };
  }
  return { ...shape, x: at(shape.x), y: at(shape.y), width: shape.width * factor, height: shape.height * factor, radius: shape.radius * factor };
}

/** The shapes of the icon, back to front. */
export function iconShapes(purpose: IconPurpose): Shape[] {
  if (purpose === 'maskable') {
    return [{ kind: 'rect', x: 0, y: 0, width: 1, height: 1, radius: 0, color: background }, ...foreground.map((shape) => scaled(shape, 0.8))];
  }
  return [{ kind: 'rect', x: 0, y: 0, width: 1, height: 1, radius: 0.22, color: background }, ...foreground];
}

/** Whether the point (x, y) of the unit square lies inside the shape. */
export function contains(shape: Shape, x: number, y: number): boolean {
  if (shape.kind === 'triangle') {
    const [[ax, ay], [bx, by], [cx, cy]] = shape.points;
    const side = (px: number, py: number, qx: number, qy: number) => (qx - px) * (y - py) - (qy - py) * (x - px);
    const d1 = side(ax, ay, bx, by);
    const d2 = side(bx, by, cx, cy);
    const d3 = side(cx, cy, ax, ay);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  }
  const { x: left, y: top, width, height, radius } = shape;
  if (x < left || x > left + width || y < top || y > top + height) return false;
  // Inside the rectangle: only the corner squares need the distance to their circle's centre.
  const dx = Math.max(left + radius - x, 0, x - (left + width - radius));
  const dy = Math.max(top + radius - y, 0, y - (top + height - radius));
  return dx * dx + dy * dy <= radius * radius;
}

/** A box on the unit square, edges included. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The smallest box holding the shape. */
export function boundsOf(shape: Shape): Box {
  if (shape.kind === 'triangle') {
    const xs = shape.points.map(([x]) => x);
    const ys = shape.points.map(([, y]) => y);
    return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
  }
  return { left: shape.x, top: shape.y, right: shape.x + shape.width, bottom: shape.y + shape.height };
}

/** How a shape meets a box: covers it whole, misses it, or crosses it (an edge runs through). */
export type Coverage = 'covers' | 'misses' | 'crosses';

/**
 * A test of how the shape meets a box, decided exactly, so that a pixel need
 * be sampled only where an edge crosses it. Both shapes are convex, so one
 * holding a box's four corners holds the whole box. A rounded rectangle is
 * its inner rectangle grown by the radius: a box's farthest point from that
 * inner rectangle is a corner, its nearest decides a miss.
 */
export function coverageTest(shape: Shape): (box: Box) => Coverage {
  const bounds = boundsOf(shape);
  if (shape.kind === 'triangle') {
    return (box) => {
      if (!overlaps(bounds, box)) return 'misses';
      const held = contains(shape, box.left, box.top) && contains(shape, box.right, box.top) && contains(shape, box.left, box.bottom) && contains(shape, box.right, box.bottom);
      return held ? 'covers' : 'crosses';
    };
  }
  const { radius } = shape;
  const inner: Box = { left: bounds.left + radius, top: bounds.top + radius, right: bounds.right - radius, bottom: bounds.bottom - radius };
  return (box) => {
    const farX = Math.max(inner.left - box.left, 0, box.right - inner.right);
    const farY = Math.max(inner.top - box.top, 0, box.bottom - inner.bottom);
    if (farX * farX + farY * farY <= radius * radius) return 'covers';
    const nearX = Math.max(inner.left - box.right, 0, box.left - inner.right);
    const nearY = Math.max(inner.top - box.bottom, 0, box.top - inner.bottom);
    return nearX * nearX + nearY * nearY > radius * radius ? 'misses' : 'crosses';
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
