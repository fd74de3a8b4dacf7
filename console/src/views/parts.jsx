// Small pieces shared by the views.
import { FAMILIES } from '../model.js';

export function CategoryBadge({ family, label }) {
  return (
    <span class={`badge family-${family}`} data-family={family}>
      <span class="badge-short">{FAMILIES[family].short}</span> {label}
    </span>
  );
}

const SEVERITY_MARK = { high: '▲▲▲', medium: '▲▲', low: '▲' };

export function Severity({ level }) {
  if (!level) return <span class="muted">none</span>;
  return (
    <span class={`severity severity-${level}`}>
      <span aria-hidden="true">{SEVERITY_MARK[level]} </span>
      {level}
    </span>
  );
}
