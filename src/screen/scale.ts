/** How a fixed design is fitted into the box it is given. */
export type ScaleMode = 'fit' | 'fill' | 'width' | 'native';

/** Where and how large the design is drawn inside its box. */
export interface StageLayout {
  scaleX: number;
  scaleY: number;
  /** Offset of the design's top-left corner within the box (letterboxing), CSS px. */
  left: number;
  top: number;
}

/**
 * Fits a `designWidth × designHeight` design into a `width × height` box:
 * - `fit`: uniform scale, letterboxed and centred (the default; nothing is cut or stretched);
 * - `fill`: stretched to the box in both directions;
 * - `width`: uniform scale to the box's width; taller designs scroll;
 * - `native`: like `fit`, but the caller lays out at real pixel size (CSS zoom) rather than
 *   scaling a bitmap, so text on a 4K wall stays crisp.
 * Pure, so the arithmetic is tested without a browser.
 */
export function layoutStage(
  mode: ScaleMode,
  width: number,
  height: number,
  designWidth: number,
  designHeight: number,
): StageLayout {
  if (!(width > 0 && height > 0 && designWidth > 0 && designHeight > 0)) {
    return { scaleX: 1, scaleY: 1, left: 0, top: 0 };
  }
  const sx = width / designWidth;
  const sy = height / designHeight;
  if (mode === 'fill') return { scaleX: sx, scaleY: sy, left: 0, top: 0 };
  if (mode === 'width') return { scaleX: sx, scaleY: sx, left: 0, top: 0 };
  const scale = Math.min(sx, sy);
  return {
    scaleX: scale,
    scaleY: scale,
    left: (width - designWidth * scale) / 2,
    top: (height - designHeight * scale) / 2,
  };
}
