import { iconShapes, type Shape } from './icon-drawing';

/** Whole units of a 64-unit grid: a favicon shows at 16 to 64 pixels, and short numbers keep it small. */
const grid = 64;
const at = (value: number) => Math.round(value * grid);

function element(shape: Shape, inherited: string): string {
  const fill = shape.color === inherited ? '' : ` fill="${shape.color}"`;
  if (shape.kind === 'triangle') return `<path d="M${shape.points.map(([x, y]) => `${at(x)} ${at(y)}`).join('L')}Z"${fill}/>`;
  const position = `${shape.x > 0 ? ` x="${at(shape.x)}"` : ''}${shape.y > 0 ? ` y="${at(shape.y)}"` : ''}`;
  const radius = shape.radius > 0 ? ` rx="${at(shape.radius)}"` : '';
  return `<rect${position} width="${at(shape.width)}" height="${at(shape.height)}"${radius}${fill}/>`;
}

/**
 * The favicon: the icon as SVG, colours as attributes (the background's on
 * the root, inherited by the words). No <style>, which the site's policy
 * would refuse.
 */
export function iconSvg(): string {
  const [background, ...rest] = iconShapes('any');
  const root = background?.color ?? '#000000';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${grid} ${grid}" fill="${root}">${[background, ...rest].flatMap((shape) => (shape ? [element(shape, root)] : [])).join('')}</svg>`;
}

/**
 * The favicon as a data: address for <link rel="icon">: in the page, it
 * costs no request of its own (a content page's first view allows three).
 * Only "#" must be escaped; single quotes keep the HTML attribute simple.
 */
export function iconDataUrl(): string {
  return `data:image/svg+xml,${iconSvg().replaceAll('"', "'").replaceAll('#', '%23')}`;
}
