import { iconShapes, type Shape } from './icon-drawing';

/** Coordinates on a 64-unit grid: whole enough to read, fine enough for the shapes. */
const grid = 64;
const at = (value: number) => Number((value * grid).toFixed(2));

function element(shape: Shape): string {
  if (shape.kind === 'triangle') {
    return `<path d="M${shape.points.map(([x, y]) => `${at(x)} ${at(y)}`).join('L')}Z" fill="${shape.color}"/>`;
  }
  const radius = shape.radius > 0 ? ` rx="${at(shape.radius)}"` : '';
  return `<rect x="${at(shape.x)}" y="${at(shape.y)}" width="${at(shape.width)}" height="${at(shape.height)}"${radius} fill="${shape.color}"/>`;
}

/**
 * The favicon: the icon as SVG, colours as attributes. No <style>: the
 * site's policy (style-src 'self') reaches the file when it is opened on its own.
 */
export function iconSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${grid} ${grid}">${iconShapes('any').map(element).join('')}</svg>`;
}
