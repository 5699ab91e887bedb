/**
 * The converter of an attribute that lists names from a closed set, separated by spaces or
 * commas (`status="paid overdue"`): the known names, each once, in the order given; an unknown
 * one is dropped with a console warning (`warning(name)` words it). Written back joined by
 * spaces.
 */
export function wordListConverter<T extends string>(
  known: readonly T[],
  warning: (name: string) => string,
) {
  return {
    fromAttribute(value: string | null): T[] {
      const kept: T[] = [];
      for (const name of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
        if (!(known as readonly string[]).includes(name)) console.warn(warning(name));
        else if (!kept.includes(name as T)) kept.push(name as T);
      }
      return kept;
    },
    toAttribute(value: readonly T[]): string {
      return value.join(' ');
    },
  };
}
