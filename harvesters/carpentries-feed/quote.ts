/** A harvested value quoted for a warning or error message, cut to `max` characters so hostile input stays short. */
export function quote(value: string, max = 80): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}
