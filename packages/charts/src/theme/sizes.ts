/** Type sizes in px, shared by the Vega-Lite theme, the Plot charts and the layout arithmetic. */
export const SIZES = {
  title: 15,
  subtitle: 12,
  label: 12,
  small: 12,
  /** Line height of wrapped labels, in px at `label` size. */
  lineHeight: 15,
  /** Space around the whole chart. */
  padding: 12,
} as const;
