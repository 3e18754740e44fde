/**
 * A minimal RFC 5545 reader for tests: unfolds lines, reads components and properties, and
 * resolves a TZID local time to an instant through the calendar's own VTIMEZONE (not through
 * this machine's zone data), so a feed is checked the way a calendar program would read it.
 */
export interface IcsProperty {
  readonly name: string;
  readonly params: Record<string, string>;
  readonly value: string;
}

export interface IcsComponent {
  readonly type: string;
  readonly props: IcsProperty[];
  readonly children: IcsComponent[];
}

export function parseIcs(text: string): IcsComponent {
  if (!text.includes('\r\n')) throw new Error('lines must end in CRLF');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  for (const line of text.split('\r\n')) if (Buffer.byteLength(line) > 75) throw new Error(`line longer than 75 octets: ${line}`);
  const stack: IcsComponent[] = [];
  let root: IcsComponent | null = null;
  for (const line of lines) {
    const match = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) throw new Error(`not a content line: ${line}`);
    const [, name, paramText, value] = match as unknown as [string, string, string, string];
    if (name === 'BEGIN') {
      const component: IcsComponent = { type: value, props: [], children: [] };
      stack.at(-1)?.children.push(component);
      stack.push(component);
      root ??= component;
      continue;
    }
    if (name === 'END') {
      if (stack.pop()?.type !== value) throw new Error(`END:${value} closes nothing`);
      continue;
    }
    const params = Object.fromEntries(paramText.split(';').filter(Boolean).map((p) => p.split('=') as [string, string]));
    stack.at(-1)!.props.push({ name, params, value });
  }
  if (!root || stack.length) throw new Error('unbalanced calendar');
  return root;
}

export const prop = (c: IcsComponent, name: string): IcsProperty | undefined => c.props.find((p) => p.name === name);

const wallMs = (stamp: string): number =>
  Date.UTC(Number(stamp.slice(0, 4)), Number(stamp.slice(4, 6)) - 1, Number(stamp.slice(6, 8)), Number(stamp.slice(9, 11)), Number(stamp.slice(11, 13)), Number(stamp.slice(13, 15)));

const offsetMs = (offset: string): number => (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5))) * 60_000;

/** The instant a DTSTART names, using the VTIMEZONE with its TZID. */
export function instantOfProperty(calendar: IcsComponent, property: IcsProperty): Date {
  if (property.value.endsWith('Z')) return new Date(wallMs(property.value));
  const zone = calendar.children.find((c) => c.type === 'VTIMEZONE' && prop(c, 'TZID')?.value === property.params.TZID);
  if (!zone) throw new Error(`no VTIMEZONE for ${property.params.TZID}`);
  const wall = wallMs(property.value);
  const observances = zone.children
    .map((o) => ({ start: wallMs(prop(o, 'DTSTART')!.value), to: offsetMs(prop(o, 'TZOFFSETTO')!.value) }))
    .filter((o) => o.start <= wall)
    .sort((a, b) => a.start - b.start);
  const current = observances.at(-1);
  if (!current) throw new Error(`no observance of ${property.params.TZID} before ${property.value}`);
  return new Date(wall - current.to);
}
