import { escapeDomAttribute } from '../render/escape.js';
import type { Markish, RenderFunction } from '@observablehq/plot';

interface DocumentLike {
  createElementNS(ns: string, name: string): { setAttribute(k: string, v: string): void; appendChild(c: unknown): unknown };
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A Plot mark that only defines a diagonal hatch pattern (`fill="url(#id)"`): zero tiles need a
 * texture, not only a colour, so they stay distinct from the lightest class in greyscale print.
 */
export function hatchPattern(id: string, { color = '#c4c4c4', spacing = 6 }: { color?: string; spacing?: number } = {}): Markish {
  return (_index, _scales, _values, _dimensions, context) => {
    const doc = (context as unknown as { document: DocumentLike }).document;
    const defs = doc.createElementNS(SVG, 'defs');
    const pattern = doc.createElementNS(SVG, 'pattern');
    for (const [k, v] of Object.entries({ id, width: String(spacing), height: String(spacing), patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })) pattern.setAttribute(k, v);
    const back = doc.createElementNS(SVG, 'rect');
    for (const [k, v] of Object.entries({ width: String(spacing), height: String(spacing), fill: '#ffffff' })) back.setAttribute(k, v);
    const line = doc.createElementNS(SVG, 'line');
    for (const [k, v] of Object.entries({ x1: '0', y1: '0', x2: '0', y2: String(spacing), stroke: color, 'stroke-width': '1.5' })) line.setAttribute(k, v);
    pattern.appendChild(back);
    pattern.appendChild(line);
    defs.appendChild(pattern);
    return defs as unknown as ReturnType<RenderFunction>;
  };
}

/** The `<pattern>` {@link hatchPattern} draws, as SVG text in the attribute order linkedom writes. */
export function hatchPatternSvg(id: string, { color = '#c4c4c4', spacing = 6 }: { color?: string; spacing?: number } = {}): string {
  const q = escapeDomAttribute;
  return (
    `<pattern patternTransform="rotate(45)" patternUnits="userSpaceOnUse" height="${spacing}" width="${spacing}" id="${q(id)}">` +
    `<rect fill="#ffffff" height="${spacing}" width="${spacing}" />` +
    `<line stroke-width="1.5" stroke="${q(color)}" y2="${spacing}" x2="0" y1="0" x1="0" />` +
    '</pattern>'
  );
}
