/** One bar of a chart: its label, value (0..1 of the scale) and the text shown beside it. */
export interface Bar {
  key: string;
  label: string;
  value: number | null;
  text: string;
}

/**
 * Horizontal bars (a bar's text short: "—" where the table beside it says why there is none) drawn in SVG, a target marked as a line. The chart is a picture of a table shown
 * next to it (or of the text around it), so it is hidden from assistive technology: the table or
 * text is what it says.
 */
export function Bars(props: { bars: Bar[]; max: number; target?: number; targetLabel?: string }) {
  const { bars, max } = props;
  const row = 28;
  const labelWidth = 34; // per cent of the width for the labels
  const scale = (value: number) => labelWidth + ((100 - labelWidth - 14) * value) / (max || 1);
  const height = bars.length * row + (props.target !== undefined ? 18 : 4);
  return (
    <svg
      className="bars"
      width="100%"
      height={height}
      aria-hidden
      focusable="false"
      preserveAspectRatio="none"
    >
      {bars.map((bar, index) => {
        const y = index * row + 4;
        return (
          <g key={bar.key}>
            <text x="0" y={y + 15} className="bars-label">
              {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
            </text>
            <rect
              x={`${labelWidth}%`}
              y={y + 2}
              width={`${100 - labelWidth - 14}%`}
              height="16"
              className="bars-track"
            />
            {bar.value !== null && (
              <rect
                x={`${labelWidth}%`}
                y={y + 2}
                width={`${scale(Math.min(bar.value, max)) - labelWidth}%`}
                height="16"
                className="bars-value"
              />
            )}
            <text x={`${100 - 13}%`} y={y + 15} className="bars-text">
              {bar.text}
            </text>
          </g>
        );
      })}
      {props.target !== undefined && (
        <g>
          <line
            x1={`${scale(props.target)}%`}
            x2={`${scale(props.target)}%`}
            y1="0"
            y2={bars.length * row + 4}
            className="bars-target"
          />
          <text
            x={`${scale(props.target)}%`}
            y={height - 2}
            className="bars-target-label"
            textAnchor="middle"
          >
            {props.targetLabel}
          </text>
        </g>
      )}
    </svg>
  );
}
