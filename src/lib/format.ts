export function pairLabel(pair: { from: string; to: string }): string {
  return `${pair.from} → ${pair.to}`;
}

export function formatMinutes(range: { min: number; max: number }): string {
  return range.min === range.max ? `${range.min} minutes` : `${range.min}–${range.max} minutes`;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
