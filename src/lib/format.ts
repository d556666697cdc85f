export function pairLabel(pair: { from: string; to: string }): string {
  return `${pair.from} → ${pair.to}`;
}

export function formatMinutes(range: { min: number; max: number }): string {
  return range.min === range.max ? `${range.min} minutes` : `${range.min}–${range.max} minutes`;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "8 min", "2 h", "2 h 40 min": how long hands-on work or downtime lasts. */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
