import { describe, expect, it } from 'vitest';
import { distinctColor, type ColorHolder } from '../../client/identity/distinctColor';
import { colorForName, personPalette } from '../../client/identity/personColor';

const [blue, red, green] = personPalette;

/** Lets each person present decide in turn, as their browsers do, until nobody changes. */
function settle(people: { name: string; joinedAt: number; clientId: number }[]): Map<string, string> {
  const colors = new Map(people.map((person) => [person.name, colorForName(person.name)]));
  for (let round = 0; round < people.length + 1; round += 1) {
    for (const person of people) {
      const others: ColorHolder[] = people.filter((other) => other !== person).map((other) => ({ color: colors.get(other.name)!, joinedAt: other.joinedAt, clientId: other.clientId }));
      colors.set(person.name, distinctColor(colors.get(person.name)!, colorForName(person.name), person, others));
    }
  }
  return colors;
}

describe('colours of the people present', () => {
  it('keeps the colour a name gives when nobody else has it', () => {
    expect(distinctColor(red!, red!, { joinedAt: 2, clientId: 2 }, [{ color: blue!, joinedAt: 1, clientId: 1 }])).toBe(red);
  });

  it('moves the one who came later to the first free colour', () => {
    const earlier = { color: blue!, joinedAt: 1, clientId: 9 };
    expect(distinctColor(blue!, blue!, { joinedAt: 2, clientId: 1 }, [earlier, { color: red!, joinedAt: 3, clientId: 3 }])).toBe(green);
    // The one who was there first keeps theirs.
    expect(distinctColor(blue!, blue!, { joinedAt: 1, clientId: 9 }, [{ color: blue!, joinedAt: 2, clientId: 1 }])).toBe(blue);
  });

  it('tells apart two people whose names give the same colour, whoever decides first', () => {
    // Both names hash to the same colour of the ten.
    expect(colorForName('Dana Ortiz')).toBe(colorForName('Lena Fischer'));
    const colors = settle([
      { name: 'Lena Fischer', joinedAt: 200, clientId: 5 },
      { name: 'Dana Ortiz', joinedAt: 100, clientId: 7 },
    ]);
    expect(colors.get('Dana Ortiz')).toBe(colorForName('Dana Ortiz'));
    expect(colors.get('Lena Fischer')).not.toBe(colors.get('Dana Ortiz'));
  });

  it('gives four people with one colour four colours, and back the name’s colour once it is free', () => {
    const people = ['Jordan Bell', 'Omar Haddad', 'Kim Park', 'Rosa Diaz'].map((name, index) => ({ name, joinedAt: 100 + index, clientId: 10 - index }));
    const colors = settle(people);
    expect(new Set(colors.values()).size).toBe(4);
    expect(colors.get('Jordan Bell')).toBe(colorForName('Jordan Bell'));
    // Jordan leaves: the next in line takes the colour their name gives.
    const omar = people[1]!;
    const others = people.slice(2).map((person) => ({ color: colors.get(person.name)!, joinedAt: person.joinedAt, clientId: person.clientId }));
    expect(distinctColor(colors.get('Omar Haddad')!, colorForName('Omar Haddad'), omar, others)).toBe(colorForName('Omar Haddad'));
  });
});
