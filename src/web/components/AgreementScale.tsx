import { useTranslation } from 'react-i18next';

const POINTS = [1, 2, 3, 4, 5] as const;

/**
 * One statement on the five-point agreement scale: a group of native radio buttons under the
 * statement as its legend, so that Tab reaches the group and the arrow keys choose, and each
 * choice is a large labelled target for a finger.
 */
export function AgreementScale({
  name,
  number,
  total,
  text,
  value,
  missing,
  onChange,
}: {
  name: string;
  number: number;
  total: number;
  text: string;
  value: number | null;
  missing: boolean;
  onChange: (value: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset
      className="tl-statement"
      data-testid="respond-statement"
      data-number={number}
      data-answered={value !== null}
      data-missing={missing || undefined}
    >
      <legend className="tl-statement-legend">
        <span className="tl-statement-number">{t('respond.statementNumber', { number, total })}</span>
        <span className="tl-statement-text">{text}</span>
      </legend>
      <div className="tl-scale">
        {POINTS.map((point) => (
          <label key={point} className="tl-scale-option" data-point={point}>
            <input
              type="radio"
              name={name}
              value={point}
              checked={value === point}
              onChange={() => onChange(point)}
              aria-label={`${point} ${t(`respond.scale.${point}`)}`}
            />
            <span className="tl-scale-point" aria-hidden="true">
              {point}
            </span>
            <span className="tl-scale-word" aria-hidden="true">
              {t(`respond.scaleShort.${point}`)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
