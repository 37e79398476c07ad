import { useId } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../i18n";

export interface WheelMark {
  id: string;
  month: number;
  day: number | null;
  title: string;
}

const SIZE = 360;
const C = SIZE / 2;
const OUTER = 170;
const INNER = 70;
/** Month names ride the outer band, marks the inner one, so that no mark covers a name. */
const LABEL = OUTER - 19;
const MARK = 112;

const polar = (deg: number, r: number) => {
  const rad = ((deg - 90) * Math.PI) / 180;
  return [C + r * Math.cos(rad), C + r * Math.sin(rad)] as const;
};

function sector(month: number): string {
  const [a, b] = [(month - 1) * 30, month * 30];
  const [x1, y1] = polar(a, OUTER);
  const [x2, y2] = polar(b, OUTER);
  const [x3, y3] = polar(b, INNER);
  const [x4, y4] = polar(a, INNER);
  return `M ${x1} ${y1} A ${OUTER} ${OUTER} 0 0 1 ${x2} ${y2} L ${x3} ${y3} A ${INNER} ${INNER} 0 0 0 ${x4} ${y4} Z`;
}

export const monthName = (month: number, style: "long" | "short" = "long") =>
  new Intl.DateTimeFormat(currentLanguage() === "en" ? "en-GB" : "sv-SE", { month: style, timeZone: "UTC" }).format(
    new Date(Date.UTC(2026, month - 1, 1)),
  );

/**
 * The year as a wheel: twelve month sectors clockwise from January at the top, each milestone a
 * mark in its month (placed by its day, or mid-month). One image with a title and a description
 * for assistive technology; the month-by-month table beside it is the text alternative.
 */
export function WheelSvg({ marks }: { marks: readonly WheelMark[] }) {
  const { t } = useTranslation("wheel");
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg className="wheel" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{t("page.wheelTitle")}</title>
      <desc id={descId}>{t("page.wheelDesc", { count: marks.length })}</desc>
      {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => {
        const [lx, ly] = polar((m - 0.5) * 30, LABEL);
        return (
          <g key={m}>
            <path d={sector(m)} className={`wheel__sector wheel__sector--${m % 2 === 0 ? "even" : "odd"}`} />
            <text x={lx} y={ly} className="wheel__month" textAnchor="middle" dominantBaseline="middle">
              {monthName(m, "short")}
            </text>
          </g>
        );
      })}
      {marks.map((mk, i) => {
        const within = mk.day === null ? 0.5 : (mk.day - 0.5) / 31;
        // Marks in the same month step inwards so that they do not cover each other.
        const sameBefore = marks.slice(0, i).filter((o) => o.month === mk.month).length;
        const [x, y] = polar((mk.month - 1 + within) * 30, MARK - sameBefore * 13);
        return <circle key={mk.id} cx={x} cy={y} r={5.5} className="wheel__mark" />;
      })}
      <text x={C} y={C} className="wheel__year" textAnchor="middle" dominantBaseline="middle">
        {t("page.title")}
      </text>
    </svg>
  );
}
