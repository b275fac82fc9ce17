/**
 * Colours shared by every chart and by the dashboard's CSS.
 *
 * Categories use the Okabe–Ito palette, which stays distinguishable under the common forms of
 * colour-vision deficiency. Magnitudes (maps, heatmaps) use a single-hue blue ramp whose lightness
 * falls monotonically, so the order of the classes survives greyscale printing; white is kept out
 * of the ramp and reserved for zero.
 */
export const palette = {
  /** The eight Okabe–Ito colours by name. */
  okabeIto: {
    black: '#000000',
    orange: '#E69F00',
    skyBlue: '#56B4E9',
    bluishGreen: '#009E73',
    yellow: '#F0E442',
    blue: '#0072B2',
    vermillion: '#D55E00',
    reddishPurple: '#CC79A7',
  },
  /** Okabe–Ito in the order categories take them: strong, well-separated hues first. */
  categorical: ['#0072B2', '#E69F00', '#009E73', '#56B4E9', '#D55E00', '#CC79A7', '#F0E442', '#000000'],
  /** Sequential classes, lightest first (ColorBrewer Blues, 5 classes without its white end). */
  sequential: ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
  /** Fill of a zero cell or an uncovered prefecture. */
  zero: '#ffffff',
  /** Outline and hatching of zero tiles. */
  zeroStroke: '#767676',
  /** Margins (合計) of a table: outside the scale of the inner cells. */
  margin: '#ececec',
  /** Main text. */
  text: '#1a1a1a',
  /** Subtitles, captions and secondary labels (4.5:1 on white). */
  mutedText: '#595959',
  /** Grid lines. */
  grid: '#e3e3e3',
  /** Axis domain lines and ticks. */
  axis: '#8c8c8c',
  background: '#ffffff',
} as const;
