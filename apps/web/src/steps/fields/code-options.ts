import { codesValidOn, isIsoDate, type Code, type CodeList } from '@vern/domain';

export interface CodeGroupOptions {
  /** '' for codes without a heading. */
  heading: string;
  /** The side (Kunnskapsmodellen) or top group the heading sits under, if any. */
  parent: string;
  codes: Code[];
}

/**
 * The codes valid on `date` (all of them while the date is not a date yet), minus `exclude`, grouped
 * by their heading in the document's order.
 */
export function groupedCodes(
  list: CodeList,
  date: string,
  exclude: readonly string[] = [],
): CodeGroupOptions[] {
  const valid = (isIsoDate(date) ? codesValidOn(list, date) : [...list]).filter(
    (c) => !exclude.includes(c.code),
  );
  const groups: CodeGroupOptions[] = [];
  for (const c of valid) {
    const heading = c.group ? `${c.group.code} ${c.group.label}` : '';
    const parent = c.group?.parent ? `${c.group.parent.code} ${c.group.parent.label}` : '';
    const last = groups.at(-1);
    if (last && last.heading === heading && last.parent === parent) last.codes.push(c);
    else groups.push({ heading, parent, codes: [c] });
  }
  return groups;
}
