/** A straight horizontal or vertical line drawn on the page: table borders and cell rules. */
export interface RuleLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * A small closed shape drawn on the page, filled or outlined: a disc, circle or square. Lists
 * whose bullets are drawn rather than set in a font (Chromium draws every list bullet as a
 * filled or stroked circle or square) carry their markers only as these.
 */
export interface Mark {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A PDF transformation matrix [a b c d e f]. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** A drawn shape thinner than this (points) is a rule, however it was drawn (stroked line or filled bar). */
const MAX_RULE_THICKNESS = 2.5;
/** Shorter strokes are underlines, bullets or glyph decorations, not table borders. */
const MIN_RULE_LENGTH = 6;
/** A mark is at least this wide and high (points): smaller shapes are specks and dots of glyph decorations. */
const MIN_MARK_SIZE = 1;
/** A mark is at most this wide and high (points): a bullet is smaller than the letters beside it. */
const MAX_MARK_SIZE = 9;
/** A mark is about as wide as it is high: longer shapes are dashes and rules. */
const MAX_MARK_ASPECT = 1.6;
/** pdf.js path commands inside a constructPath operation. */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** A straight segment as a rule, when it is horizontal or vertical and long enough. */
function ruleOf(x0: number, y0: number, x1: number, y1: number): RuleLine | null {
  const horizontal = Math.abs(y1 - y0) < 0.5 && Math.abs(x1 - x0) >= MIN_RULE_LENGTH;
  const vertical = Math.abs(x1 - x0) < 0.5 && Math.abs(y1 - y0) >= MIN_RULE_LENGTH;
  if (!horizontal && !vertical) return null;
  return { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
}

/** One subpath's points (curve control points included: a curve lies inside their hull) and whether it curves. */
interface Subpath {
  points: Array<[number, number]>;
  curved: boolean;
}

/** The box around points (a loop, not a spread: a path may hold more points than a call takes arguments). */
function boxOf(points: ReadonlyArray<[number, number]>): Mark {
  const box = { x0: Number.POSITIVE_INFINITY, y0: Number.POSITIVE_INFINITY, x1: Number.NEGATIVE_INFINITY, y1: Number.NEGATIVE_INFINITY };
  for (const [x, y] of points) {
    box.x0 = Math.min(box.x0, x);
    box.y0 = Math.min(box.y0, y);
    box.x1 = Math.max(box.x1, x);
    box.y1 = Math.max(box.y1, y);
  }
  return box;
}

/** A subpath's box as a mark, when it is small and about square. */
function markOf(subpath: Subpath): Mark | null {
  if (subpath.points.length < 3) return null;
  const box = boxOf(subpath.points);
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  const small = (size: number): boolean => size >= MIN_MARK_SIZE && size <= MAX_MARK_SIZE;
  if (!small(width) || !small(height) || Math.max(width, height) / Math.min(width, height) > MAX_MARK_ASPECT) return null;
  return box;
}

/** A filled subpath without curves, thin enough to be a line (Word draws table borders as thin filled bars). */
function barOf(subpath: Subpath): RuleLine | null {
  if (subpath.curved || subpath.points.length < 4) return null;
  const { x0, y0, x1, y1 } = boxOf(subpath.points);
  if (y1 - y0 <= MAX_RULE_THICKNESS && x1 - x0 >= MIN_RULE_LENGTH) return { x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 };
  if (x1 - x0 <= MAX_RULE_THICKNESS && y1 - y0 >= MIN_RULE_LENGTH) return { x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 };
  return null;
}

/**
 * What one painted path shows: rules (each straight segment of a stroked path, and each
 * filled subpath thin enough to be a line) and marks (each small, about square subpath,
 * filled or stroked). Subpaths are taken one by one, so a producer that paints every
 * border or bullet of a page in one path is read the same as one that paints them apart.
 */
export function shapesOfPath(path: ArrayLike<number>, ctm: Matrix, stroked: boolean, filled: boolean): { rules: RuleLine[]; marks: Mark[] } {
  const rules: RuleLine[] = [];
  const subpaths: Subpath[] = [];
  let subpath: Subpath | null = null;
  let start: [number, number] | null = null;
  let current: [number, number] | null = null;
  const visit = (point: [number, number]): void => {
    subpath ??= { points: current ? [current] : [], curved: false };
    subpath.points.push(point);
  };
  for (let index = 0; index < path.length; ) {
    const command = path[index];
    if (command === MOVE_TO) {
      if (subpath) subpaths.push(subpath);
      start = apply(ctm, path[index + 1], path[index + 2]);
      current = start;
      subpath = { points: [start], curved: false };
      index += 3;
    } else if (command === LINE_TO) {
      const point = apply(ctm, path[index + 1], path[index + 2]);
      if (current && stroked) {
        const rule = ruleOf(current[0], current[1], point[0], point[1]);
        if (rule) rules.push(rule);
      }
      visit(point);
      current = point;
      index += 3;
    } else if (command === CURVE_TO || command === QUADRATIC_CURVE_TO) {
      const count = command === CURVE_TO ? 3 : 2;
      for (let point = 0; point < count; point += 1) visit(apply(ctm, path[index + 1 + 2 * point], path[index + 2 + 2 * point]));
      if (subpath) subpath.curved = true;
      current = apply(ctm, path[index + 2 * count - 1], path[index + 2 * count]);
      index += 1 + 2 * count;
    } else if (command === CLOSE_PATH) {
      if (current && start && stroked) {
        const rule = ruleOf(current[0], current[1], start[0], start[1]);
        if (rule) rules.push(rule);
      }
      current = start;
      index += 1;
    } else {
      break;
    }
  }
  if (subpath) subpaths.push(subpath);
  const marks: Mark[] = [];
  for (const part of subpaths) {
    const bar = filled ? barOf(part) : null;
    if (bar) rules.push(bar);
    const mark = filled || stroked ? markOf(part) : null;
    if (mark && !bar) marks.push(mark);
  }
  return { rules, marks };
}
