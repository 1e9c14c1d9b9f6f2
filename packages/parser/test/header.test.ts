/**
 * The header: headline, standfirst, byline, published line and dateline, in
 * the shapes news sites and wire services print them.
 */
import { describe, expect, it } from 'vitest'
import { parse, toString } from '../src/index.js'

const BODY =
  'The first paragraph of the story says what happened.\n\nA second paragraph adds more.\n'

describe('the byline', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe'], null],
    ['By Jane Doe, John Roe and Max Mustermann', ['Jane Doe', 'John Roe', 'Max Mustermann'], null],
    ['Jane Doe | Reuters', ['Jane Doe'], 'Reuters'],
    ['Jane Doe, Staff Writer', ['Jane Doe'], null],
    // The paper set off after the names, and a generation's suffix set off from its name.
    ['By Samuel Ortega, The Wichita Eagle', ['Samuel Ortega'], 'The Wichita Eagle'],
    ['By Tara Nguyen, Courier-Journal', ['Tara Nguyen'], 'Courier-Journal'],
    ['By Martin Luther King, Jr.', ['Martin Luther King Jr.'], null],
    // An agency's desk after the names: "AP Medical Writers".
    [
      'By LAUREN NEERGAARD and MATTHEW PERRONE AP Medical Writers',
      ['Lauren Neergaard', 'Matthew Perrone'],
      'AP',
    ],
    ['By JOHN SMITH, JR.', ['John Smith Jr.'], null],
    // Where the author wrote from.
    ['By Martin Crowley at Villa Park', ['Martin Crowley'], null],
    ['By Jane Doe and John Roe in Washington', ['Jane Doe', 'John Roe'], null],
    ['By Markus Weber and Anna Kröger, Berlin', ['Markus Weber', 'Anna Kröger'], null],
    // A one-word name after a comma is a person's, unless shaped as a paper's.
    ['By Kate Lamb, Sutrisno', ['Kate Lamb', 'Sutrisno'], null],
    ['By Jane Doe, ProPublica', ['Jane Doe'], 'ProPublica'],
    ['By Ana Swanson, McKenzie', ['Ana Swanson', 'McKenzie'], null],
    ['By Jane Doe, The Associated Press', ['Jane Doe'], 'The Associated Press'],
    ['By Jane Doe, Politico', ['Jane Doe'], 'Politico'],
    // An outlet's word only as a part of its own: a surname stays one.
    ['By Kwame Ansa', ['Kwame Ansa'], null],
    ['By The Associated Press', [], 'The Associated Press'],
    // An agency or a newsroom alone, no author; an outlet "News" or a newsroom's staff set off last.
    ['By Reuters', [], 'Reuters'],
    ['By AFP', [], 'AFP'],
    ['By Reuters Staff', [], 'Reuters'],
    ['By Bloomberg News', [], 'Bloomberg News'],
    ['By Jane Doe and John Roe, CBS News', ['Jane Doe', 'John Roe'], 'CBS News'],
    ['Jane Doe, NBC News', ['Jane Doe'], 'NBC News'],
    ['By Jane Doe, Fox News Digital', ['Jane Doe'], 'Fox News Digital'],
    // (A person named so stays an author: "Mark Staff", "John News".)
    ['By Jane Doe and Mark Staff', ['Jane Doe', 'Mark Staff'], null],
    ['By John News', ['John News'], null],
    ['By Joe Smith, The Rev. Al Sharpton', ['Joe Smith', 'The Rev. Al Sharpton'], null],
    // A role whatever its qualifier, set off by a comma.
    ['By Sam Dean, Football Correspondent', ['Sam Dean'], null],
    ['By Jane Doe and John Roe, Washington correspondents', ['Jane Doe', 'John Roe'], null],
    ['by Lucas Nolan', ['Lucas Nolan'], null],
    ['By GILLIAN MOHNEY', ['Gillian Mohney'], null],
    ['By Peter Walker Political correspondent', ['Peter Walker'], null],
    ['By Emma Farge and Nidal al-Mughrabi', ['Emma Farge', 'Nidal al-Mughrabi'], null],
    // The Guardian's: the name and the role, no "By".
    ['Kalyeena Makortoff Banking correspondent', ['Kalyeena Makortoff'], null],
    ['Jessica Elgot Chief political correspondent', ['Jessica Elgot'], null],
    // An interview's credit.
    ['Interview by Damian Carrington', ['Damian Carrington'], null],
    // An agency's byline in capitals: the names as names are written.
    ['By CHRISTOPHER WEBER and JULIE WATSON', ['Christopher Weber', 'Julie Watson'], null],
    [
      "By SEAN O'NEILL and JEAN-PAUL MCDONALD III",
      ["Sean O'Neill", 'Jean-Paul McDonald III'],
      null,
    ],
    // The agency after the last name, with no mark between.
    [
      'By JOSH FUNK and MICHAEL BIESECKER Associated Press',
      ['Josh Funk', 'Michael Biesecker'],
      'Associated Press',
    ],
    // A role before the name (the ABC's).
    ['By political reporter Tom Lowrey', ['Tom Lowrey'], null],
  ])('reads "%s"', (byline, authors, publisher) => {
    const doc = parse(`A headline for the story\n${byline}\n\n${BODY}`)
    expect(doc.meta.byline).toBe(byline)
    expect(doc.meta.authors).toEqual(authors)
    expect(doc.meta.publisher).toBe(publisher)
    expect(doc.children.map((block) => toString(block))).not.toContain(byline)
  })

  it('leaves a date glued to the byline out of it and reads it as the published date', () => {
    const doc = parse(`A headline\nBy GILLIAN MOHNEY March 11, 2015 3:46 PM\n\n${BODY}`)
    expect(doc.meta.byline).toBe('By GILLIAN MOHNEY')
    expect(doc.meta.publishedAt).toBe('2015-03-11')
  })

  it('does not take a sentence that starts with "By" for a byline', () => {
    const doc = parse(
      `A headline\n\nBy the end of the week, the talks had failed and everyone went home.\n\n${BODY}`,
    )
    expect(doc.meta.byline).toBeNull()
  })
})

describe('the standfirst', () => {
  it('is the summary between the headline and the byline', () => {
    const doc = parse(
      `A headline\nLeaders agree to keep the measures for another six months\nBy Jane Doe\n\n${BODY}`,
    )
    expect(doc.meta.standfirst).toBe('Leaders agree to keep the measures for another six months')
    expect(doc.meta.byline).toBe('By Jane Doe')
    expect(doc.children).toHaveLength(2)
  })

  it('is read for names, dates and quotes, with positions into it', () => {
    const text = `Rates held\nGovernor Andrew Bailey signals a cut could come in February, but warns prices remain 'too high'\nBy Jane Doe\n\n${BODY}`
    const doc = parse(text, { referenceDate: '2026-11-06' })
    const bailey = doc.entities.find((entity) => entity.name === 'Andrew Bailey')
    const mention = bailey?.mentions[0]
    expect(mention && text.slice(mention.position.start.offset, mention.position.end.offset)).toBe(
      'Andrew Bailey',
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([['in February', '2027-02']])
    const end = doc.meta.positions.standfirst?.end.offset ?? 0
    const quotes = doc.quotes.filter((quote) => quote.position.start.offset < end)
    expect(quotes.map((quote) => [quote.text, quote.cue?.text, quote.speaker])).toEqual([
      ['too high', 'warns', bailey?.id],
    ])
    const [quote] = quotes
    expect(quote && text.slice(quote.position.start.offset, quote.position.end.offset)).toBe(
      'too high',
    )
  })

  it('is a one-sentence summary without a full stop right under the header', () => {
    const doc = parse(
      `A headline\n\nLeaders agree to keep the measures for another six months\n\n${BODY}`,
    )
    expect(doc.meta.standfirst).toBe('Leaders agree to keep the measures for another six months')
  })

  it('is not the first paragraph of the story', () => {
    const doc = parse(`A headline\n\n${BODY}`)
    expect(doc.meta.standfirst).toBeNull()
    expect(doc.children).toHaveLength(2)
  })
})

describe('the dateline', () => {
  it.each([
    ['KYIV, April 20 (Reuters) - Ukraine said', 'KYIV, April 20 (Reuters) -', 'Reuters'],
    ['WASHINGTON (AP) — The Senate voted', 'WASHINGTON (AP) —', 'AP'],
    ['WASHINGTON -- President Obama said', 'WASHINGTON --', null],
    ['MANCHESTER, N.H. - Donald Trump said', 'MANCHESTER, N.H. -', null],
    ['ST. LOUIS — Hillary Clinton said', 'ST. LOUIS —', null],
    ['(CNN)The storm made landfall', '(CNN)', 'CNN'],
    ['Cleveland (AFP) – The convention began', 'Cleveland (AFP) –', 'AFP'],
    ['Des Moines, Iowa (AP) — Rain fell', 'Des Moines, Iowa (AP) —', 'AP'],
    // A state abbreviated in lower case, or spelt out: AP style.
    ['CUPERTINO, Calif. — Apple unveiled a phone', 'CUPERTINO, Calif. —', null],
    ['AUSTIN, Texas (AP) — The Legislature met', 'AUSTIN, Texas (AP) —', 'AP'],
    ['FLINT, Mich., Oct. 4 (UPI) — The mayor said', 'FLINT, Mich., Oct. 4 (UPI) —', 'UPI'],
    ['SEOUL, South Korea — The president said', 'SEOUL, South Korea —', null],
    ['LONDON, England (Reuters) - Britain said', 'LONDON, England (Reuters) -', 'Reuters'],
    ['GENEVA/CAIRO, Nov 28 (Reuters) - The UN said', 'GENEVA/CAIRO, Nov 28 (Reuters) -', 'Reuters'],
    // A date with no place, before its agency: Reuters's business copy.
    ['Nov 19 (Reuters) - Nvidia forecast', 'Nov 19 (Reuters) -', 'Reuters'],
    // With its year, as AFP writes it.
    ['BELEM, Brazil, Nov 21, 2025 (AFP) - Talks ran', 'BELEM, Brazil, Nov 21, 2025 (AFP) -', 'AFP'],
    // AAP's house style: its name without brackets.
    ['ADELAIDE, March 22 AAP - Labor won', 'ADELAIDE, March 22 AAP -', 'AAP'],
    // The day before the month, as British and international copy writes it.
    ['CARDIFF, 14 January 2026 — Nurses walked out', 'CARDIFF, 14 January 2026 —', null],
    ['GENEVA, 12 March (Reuters) - Cholera spread', 'GENEVA, 12 March (Reuters) -', 'Reuters'],
    ['19 November (AFP) - Shares fell', '19 November (AFP) -', 'AFP'],
    // A weekday before the date, as Irish copy writes it.
    ['DUBLIN, Friday, March 7 - A man was convicted', 'DUBLIN, Friday, March 7 -', null],
    ['LONDON, Sunday 9 February - City beat Arsenal', 'LONDON, Sunday 9 February -', null],
    // Indian agencies' style: a place in title case, its date and the agency, no dash.
    ['Chandigarh, Oct 12 (PTI) The BJP retained power', 'Chandigarh, Oct 12 (PTI)', 'PTI'],
    ['New Delhi, Oct 12 (PTI): The BJP retained power', 'New Delhi, Oct 12 (PTI):', 'PTI'],
  ])('reads "%s"', (lede, dateline, agency) => {
    const doc = parse(`A headline\n\n${lede} on Friday.\n\nMore text follows here.\n`)
    expect(doc.meta.dateline).toBe(dateline)
    expect(doc.meta.publisher).toBe(agency)
    const first = doc.children[0]
    expect(first?.type === 'paragraph' && first.children[0]).toMatchObject({
      type: 'dateline',
      value: dateline,
    })
    expect(toString(doc.children[0] ?? [])).toBe(`${lede} on Friday.`)
  })

  it.each([
    'REPUBLICANS, Democrats — both parties claimed victory',
    'WASHINGTON, Late Tuesday — the talks went on',
    'UPDATE, Noon — the count went on',
    // (A ticker in brackets, with no date: no agency's.)
    'Apple (AAPL) The shares rose',
  ])('reads no dateline in "%s": what follows the comma is no state or country', (lede) => {
    expect(
      parse(`A headline\n\n${lede} on Friday.\n\nMore text follows here.\n`).meta.dateline,
    ).toBeNull()
  })

  it('dates the story by a dateline’s day with its year, with no reference date', () => {
    const lede = '    BELEM, Brazil, Nov 21, 2025 (AFP) - UN climate talks ran late.'
    expect(parse(`A headline\n\n${lede}\n`).meta.publishedAt).toBe('2025-11-21')
    expect(
      parse('A headline\n\nGENEVA, 12 March 2026 (Reuters) - Cholera spread.\n').meta.publishedAt,
    ).toBe('2026-03-12')
    // (A day alone is of no year without one.)
    expect(
      parse('A headline\n\nBELEM, Nov 21 (AFP) - Talks ran late.\n').meta.publishedAt,
    ).toBeNull()
  })

  it('makes the place of a dateline in title case a place, not the agency’s organisation', () => {
    const doc = parse('A headline\n\nCleveland (AFP) – The convention began on Tuesday.\n')
    expect(doc.entities.map((entity) => [entity.name, entity.kind])).toContainEqual([
      'Cleveland',
      'place',
    ])
  })

  it.each([
    'NATO said on Thursday it would',
    'A HIGH-powered federal team',
    'U.S. officials said',
    'Obama (D) said he',
    'Jeb Bush (R) – former governor of Florida – said he',
    'Marco Rubio (R-Fla.) – who lost – said he',
    'Trump – who never',
  ])('is not read from "%s"', (lede) => {
    expect(parse(`A headline\n\n${lede} act.\n\nMore.\n`).meta.dateline).toBeNull()
  })

  it('gives a published date no later than a week past the reference date, and the same time', () => {
    const doc = parse('A headline\n\nPARIS, March 7 (Reuters) - Unions marched.\n\nMore.\n', {
      referenceDate: '2024-12-03',
    })
    // chrono's nearest March 7 is 2025's; an article is dated before it is read.
    expect(doc.meta.publishedAt).toBe('2024-03-07')
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([['March 7', '2024-03-07']])
    // Within a week ahead, the date stands: a reference taken a day early.
    expect(
      parse('A headline\n\nPARIS, Dec 5 (Reuters) - Unions marched.\n\nMore.\n', {
        referenceDate: '2024-12-03',
      }).meta.publishedAt,
    ).toBe('2024-12-05')
  })

  it("gives the published date with the reference date's year", () => {
    const doc = parse('A headline\n\nKYIV, April 20 (Reuters) - Ukraine said.\n\nMore.\n', {
      referenceDate: '2023-04-21',
    })
    expect(doc.meta.publishedAt).toBe('2023-04-20')
    expect(
      parse('A headline\n\nKYIV, April 20 (Reuters) - Ukraine said.\n\nMore.\n').meta.publishedAt,
    ).toBeNull()
  })
})

describe('a whole page copied with its menus', () => {
  it('keeps the navigation before the headline and the topics after the story out of the body', () => {
    const page = [
      'Skip to main content',
      'Menu',
      'Search',
      'Sign in',
      'World',
      'Politics',
      '',
      "Rishi Sunak's approval rating falls to record low, poll finds",
      '',
      'By Peter Walker Political correspondent',
      'Mon 12 Jun 2023 18.30 BST',
      'Share on Facebook',
      '',
      BODY,
      'Explore more on these topics',
      'Rishi Sunak',
      'Conservatives',
      'Share',
      'Reuse this content',
    ].join('\n')
    const doc = parse(page)
    expect(doc.meta).toMatchObject({
      title: "Rishi Sunak's approval rating falls to record low, poll finds",
      authors: ['Peter Walker'],
      publishedAt: '2023-06-12',
    })
    expect(doc.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph'])
    expect(doc.related.map((insert) => insert.title)).toEqual(['Rishi Sunak', 'Conservatives'])
    expect(doc.boilerplate.map((b) => b.value)).toEqual(
      expect.arrayContaining(['Skip to main content', 'Politics', 'Share', 'Reuse this content']),
    )
  })

  it('does not take a short headline over its byline, its date or a kicker for navigation', () => {
    const doc = parse(`Fed raises rates\nBy Jane Doe\n\n${BODY}`)
    expect(doc.meta.title).toBe('Fed raises rates')
    expect(doc.boilerplate).toEqual([])
    for (const second of ['March 8, 2023', 'Analysis']) {
      const dated = parse(
        `Fed holds rates steady\n\n${second}\n\nThe central bank signals that more increases are likely this year\n\n${BODY}`,
      )
      expect(dated.meta.title, second).toBe('Fed holds rates steady')
    }
  })
})

describe('credits and published lines', () => {
  it('keeps "X contributed to this report" lines out of the body, as credits', () => {
    const lines = [
      'AP Business Writer Christopher Rugaber contributed to this report.',
      'Jane Doe, John J. Roe and Sam Poe contributed to this report.',
      'Samantha Lachman contributed reporting from Charleston.',
    ]
    const doc = parse(`A headline\n\n${BODY}\n\n${lines.join('\n\n')}\n`)
    expect(doc.meta.credits).toEqual(lines)
    expect(doc.entities.map((entity) => entity.name)).not.toContain(
      'AP Business Writer Christopher Rugaber',
    )
    // A sentence of the story that says so stays in it.
    for (const sentence of [
      '"She contributed to the report," the editor said.',
      'Jane Smith, an ecologist at Oxford University who contributed to the report, said the findings were alarming.',
      'More than 40 scientists from 12 countries contributed research to the project, which the European Union funded.',
    ]) {
      expect(parse(`A headline\n\n${BODY}\n\n${sentence}\n`).meta.credits, sentence).toEqual([])
    }
  })

  it('keeps credit lines in meta and out of the body', () => {
    const doc = parse(`A headline\n\n${BODY}\n(Reporting by Jane Doe; Editing by Alex Smith)\n`)
    expect(doc.meta.credits).toEqual(['(Reporting by Jane Doe; Editing by Alex Smith)'])
    expect(doc.children).toHaveLength(2)
  })

  it("keeps a paper's note on its print edition out of the body", () => {
    const note =
      'A version of this article appears in print on April 21, 2023, Section A, Page 6 of the New York edition with the headline: Stoltenberg in Kyiv.'
    const doc = parse(`A headline\n\n${BODY}\n${note}\n`)
    expect(doc.children).toHaveLength(2)
    expect(doc.boilerplate).toMatchObject([{ kind: 'pageFurniture', value: note }])
  })

  it('keeps a block of marks without a word out of the body ("." where a photo was)', () => {
    const doc = parse(`A headline\n\n${BODY}\n.\n\n* * *\n\nThe end of it.\n\n___.\n\nMore.\n`)
    expect(doc.boilerplate).toMatchObject([{ kind: 'other', value: '.' }])
    // A thematic break is still one, a full stop after it or not (AP's "___").
    expect(doc.children.map((child) => child.type)).toEqual([
      'paragraph',
      'paragraph',
      'thematicBreak',
      'paragraph',
      'thematicBreak',
      'paragraph',
    ])
  })

  it('reads a bare date and time under the byline as the published line', () => {
    for (const [line, date] of [
      ['Wed 8 Mar 2023 07.00 GMT', '2023-03-08'],
      ['Wed 8 Mar 2023 07.00 GMT Last modified on Wed 8 Mar 2023 10.12 GMT', '2023-03-08'],
      ['March 8, 2023 7:00 AM ET', '2023-03-08'],
      ['Mar. 8, 2023, 7:00 a.m. ET', '2023-03-08'],
      ['Tuesday, March 7th 2023 at 11:30 pm', '2023-03-07'],
      ['8 March 2023', '2023-03-08'],
      // A zone's offset, and how long ago it was updated: Reuters's web pages.
      ['February 24, 2026 4:12 PM GMT+1 Updated 2 hours ago', '2026-02-24'],
    ] as const) {
      const doc = parse(`A headline\n\nBy Jane Doe\n\n${line}\n\n${BODY}`)
      expect(doc.meta.publishedAt, line).toBe(date)
      expect(doc.boilerplate, line).toMatchObject([{ kind: 'timestamp', value: line }])
      expect(doc.entities.map((entity) => entity.name)).not.toContain('GMT')
      expect(doc.meta.standfirst, line).toBeNull()
    }
  })

  it("keeps the author's role on the line under the byline out of the body, as a credit", () => {
    const doc = parse(
      `A headline\n\nBy Nick Triggle\nHealth correspondent\n\nPublished\n11 April 2023\n\n${BODY}`,
    )
    expect(doc.meta).toMatchObject({
      byline: 'By Nick Triggle',
      authors: ['Nick Triggle'],
      credits: ['Health correspondent'],
      publishedAt: '2023-04-11',
    })
    expect(doc.children.map((child) => child.type)).toEqual(['paragraph', 'paragraph'])
    // A caption or a crosshead under the byline is no role.
    const captioned = parse(`A headline\n\nBy Jane Doe\nForeign Secretary David Cameron\n\n${BODY}`)
    expect(captioned.meta.credits).toEqual([])
  })

  it('reads a name without "By" over its role and the dateline, as Irish papers print them', () => {
    const doc = parse(
      "Man found guilty of murder\n\nCiarán O'Donoghue\nCourts Correspondent\n\nDUBLIN, Friday, March 7 - A 29-year-old man has been found guilty of murder.\n",
    )
    const { byline, authors, credits, dateline, publishedAt } = doc.meta
    expect({ byline, authors, credits, dateline, publishedAt }).toEqual({
      byline: "Ciarán O'Donoghue",
      authors: ["Ciarán O'Donoghue"],
      credits: ['Courts Correspondent'],
      dateline: 'DUBLIN, Friday, March 7 -',
      publishedAt: null,
    })
    expect(doc.children.map((block) => block.type)).toEqual(['paragraph'])
  })

  it('reads a name without "By" over its role and a published line, as the BBC prints them', () => {
    const header = (lines: string): Record<string, unknown> => {
      const doc = parse(
        `Junior doctors strike\n\nThousands of operations have been cancelled as doctors walk out.\n\n${lines}\n\n${BODY}`,
      )
      const { byline, credits, publishedAt, publisher, standfirst } = doc.meta
      return { byline, credits, publishedAt, publisher, standfirst: standfirst !== null }
    }
    expect(
      header('Priya Raman\nHealth correspondent, BBC News\n\nPublished\n14 January 2026'),
    ).toEqual({
      byline: 'Priya Raman',
      credits: ['Health correspondent, BBC News'],
      publishedAt: '2026-01-14',
      publisher: 'BBC News',
      standfirst: true,
    })
    // No role is a name, and "Published" over its date is no paper's name.
    expect(header('Priya Raman\nHealth correspondent\n\nPublished\n14 January 2026')).toEqual({
      byline: 'Priya Raman',
      credits: ['Health correspondent'],
      publishedAt: '2026-01-14',
      publisher: null,
      standfirst: true,
    })
    expect(header('Priya Raman\n\nPublished\n14 January 2026')).toMatchObject({
      byline: 'Priya Raman',
      credits: [],
      publisher: null,
    })
  })

  it('reads a masthead over the headline as page furniture that names the publisher', () => {
    const doc = parse(
      `THE CAPITOL LEDGER | Business\nWednesday, February 11, 2026\n\nCorvane chief defends ad business as trial enters third week\n\nTom Keller, Staff Writer\n\n${BODY}`,
    )
    expect(doc.meta).toMatchObject({
      title: 'Corvane chief defends ad business as trial enters third week',
      publisher: 'THE CAPITOL LEDGER',
      publishedAt: '2026-02-11',
      authors: ['Tom Keller'],
    })
    expect(doc.boilerplate.map((line) => line.kind)).toEqual(['pageFurniture', 'timestamp'])
    // A headline in capitals with a bar is no masthead: no publication's word names it.
    const headline = parse(`PRIME MINISTER RESIGNS | Live\n\n${BODY}`)
    expect([headline.meta.title, headline.meta.publisher]).toEqual([
      'PRIME MINISTER RESIGNS | Live',
      null,
    ])
  })

  it('reads an agency alone on the line under the byline as the publisher, out of the body', () => {
    const doc = parse(
      `A headline\nBy Frances D'Emilio and Renata Brito\nAssociated Press\n\n${BODY}`,
    )
    expect(doc.meta).toMatchObject({
      authors: ["Frances D'Emilio", 'Renata Brito'],
      publisher: 'Associated Press',
    })
    expect(doc.children.map((child) => child.type)).toEqual(['paragraph', 'paragraph'])
  })

  it('takes no headline-shaped line about a person somewhere for a byline', () => {
    for (const line of ['Biden in Kyiv', 'Keir Starmer in Washington', 'Taylor Swift at Wembley']) {
      const doc = parse(`A headline for the story\n${line}\n\n${BODY}`)
      expect(doc.meta.byline).toBeNull()
    }
  })

  it('reads "READ |" before a headline as a related insert', () => {
    const doc = parse(
      `A headline\n\n${BODY}\n\nREAD | Mine deaths fell to a record low last year\n\nRescue teams worked on.\n`,
    )
    expect(doc.related.map((insert) => [insert.label, insert.title])).toEqual([
      ['READ', 'Mine deaths fell to a record low last year'],
    ])
    // A sentence that opens with the verb is none.
    expect(parse(`A headline\n\n${BODY}\n\nRead the full report here.\n`).related).toEqual([])
  })

  it('reads a label of two words alone on its line as a related list ("Related Topics")', () => {
    const doc = parse(`A headline\n\n${BODY}\n\nRelated Topics\nNHS\nStrikes\n`)
    expect(doc.related.map((insert) => [insert.label, insert.title])).toEqual([
      ['Related Topics', 'NHS'],
      ['Related Topics', 'Strikes'],
    ])
    expect(doc.children).toHaveLength(2)
  })

  it('ends a list set close under its label at a blank line, where a crosshead follows', () => {
    const tight = parse(
      `A headline\n\n${BODY}\nRead more:\nNigeria inflation rises for first time\nNigeria bond yields climb as naira weakens\n\n'NOBODY IS SELLING'\n\nAt the market, traders said dollars were scarce.\n`,
    )
    expect(tight.related.map((insert) => insert.title)).toEqual([
      'Nigeria inflation rises for first time',
      'Nigeria bond yields climb as naira weakens',
    ])
    expect(tight.children.map((child) => child.type)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
    ])
    // (A list whose items stand apart goes on past its blank lines, set close under its label
    // or not.)
    const loose = parse(
      `A headline\n\n${BODY}\nRead more:\n\nNigeria inflation rises for first time\n\nNigeria bond yields climb as naira weakens\n`,
    )
    expect(loose.related).toHaveLength(2)
    const spaced = parse(
      `A headline\n\n${BODY}\nRead more:\nNigeria inflation rises for first time\n\nNigeria bond yields climb as naira weakens\n\nCentral bank holds rates steady\n\nTraders said the market was calm.\n`,
    )
    expect(spaced.related).toHaveLength(3)
  })

  it('reads a published line after a standfirst and a byline', () => {
    const doc = parse(
      `A headline\n\nA summary of the story in one line\n\nBy Jane Doe\n\nUpdated: 10 March 2023\n\n${BODY}`,
    )
    expect(doc.meta).toMatchObject({
      standfirst: 'A summary of the story in one line',
      byline: 'By Jane Doe',
      publishedAt: '2023-03-10',
    })
    expect(doc.boilerplate).toMatchObject([{ kind: 'timestamp', value: 'Updated: 10 March 2023' }])
  })

  it('leaves a sentence that holds a date, and a date without its day, in the body', () => {
    for (const line of ['March 8 is the day we vote in 2023', 'May 2023']) {
      const doc = parse(`A headline\n\nBy Jane Doe\n\n${line}\n\n${BODY}`)
      expect(doc.meta.publishedAt, line).toBeNull()
      expect(doc.boilerplate, line).toEqual([])
    }
  })

  it('reads a published line under the headline', () => {
    const doc = parse(`A headline\nUpdated: 10 March 2023\n\n${BODY}`)
    expect(doc.meta.publishedAt).toBe('2023-03-10')
    expect(doc.boilerplate[0]).toMatchObject({ kind: 'timestamp', value: 'Updated: 10 March 2023' })
  })
})

describe('a published line with a time zone', () => {
  it('gives the day as written, not the day in UTC', () => {
    const doc = parse(
      'What we know about the bridge\n\nUpdated 9:42 PM EDT, Tue March 26, 2024\n\nA ship struck the bridge early Tuesday.\n',
    )
    expect(doc.meta.publishedAt).toBe('2024-03-26')
  })
})

describe('a line in brackets between paragraphs', () => {
  it('is no crosshead; a wire’s currency note is a note kept out of the body ("($1 = 18.2900 rand)")', () => {
    const doc = parse(
      'Rand falls\n\nThe rand fell 2% on Wednesday.\n\n($1 = 18.2900 rand)\n\nTraders expect more falls.\n\n(h/t Politico)\n\nThe end.\n',
    )
    expect(doc.children.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
    expect(doc.boilerplate.map((block) => [block.kind, block.value])).toEqual([
      ['other', '($1 = 18.2900 rand)'],
    ])
  })
})

describe('a question of a hearing or an interview', () => {
  it('is a paragraph, no crosshead ("Q: Were you solvent?"), and its answer the witness’s', () => {
    const doc = parse(
      'Fraud trial\n\nRaymond Chu, the former finance chief, testified on Tuesday.\n\nQ: Were you solvent?\n\nA: No. We were short by about a billion dollars.\n\nThe trial continues.\n',
    )
    expect(doc.children.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
    const answer = doc.quotes.find((quote) => quote.text.startsWith('No.'))
    expect(doc.entities.find((entity) => entity.id === answer?.speaker)?.name).toBe('Raymond Chu')
  })
})

describe('a crosshead in quotation marks', () => {
  it('is a heading, whose quote is read where it is said, not given to the speaker before', () => {
    const doc = parse(
      [
        'Fires close in',
        '',
        '“Our people are exhausted,” Mr Heffernan said.',
        '',
        "'We had about ten minutes'",
        '',
        "In Lindenow, residents watched the smoke. 'We had about ten minutes,' Karen Doyle said.",
        '',
        '“A matter of definitions”',
        '',
        '“It is over.”',
        '',
        '“Who is going to pay for it?”',
        '',
        'The case went on.',
        '',
      ].join('\n'),
    )
    expect(doc.children.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
    const doyle = doc.entities.find((entity) => entity.name === 'Karen Doyle')
    const minutes = doc.quotes.filter((quote) => quote.text.includes('ten minutes'))
    expect(minutes.map((quote) => quote.speaker)).toEqual([doyle?.id])
  })
})

describe('a byline without "By" over a published line', () => {
  it('names the authors, and the paper named on the line between', () => {
    const doc = parse(
      [
        'UAW expands strike to 38 parts centers',
        'Jamie L. LaReau and Eric D. Lawrence',
        'Detroit Free Press',
        'Published 12:04 p.m. ET Sept. 22, 2023',
        '',
        BODY,
      ].join('\n'),
    )
    expect(doc.meta.authors).toEqual(['Jamie L. LaReau', 'Eric D. Lawrence'])
    expect(doc.meta.publisher).toBe('Detroit Free Press')
    expect(doc.meta.standfirst).toBeNull()
    expect(doc.meta.publishedAt).toBe('2023-09-22')
  })

  it.each([
    [
      ['Nadia Sharif, The Canadian Press', 'Published Aug. 18, 2025 1:47 p.m. PDT'],
      ['Nadia Sharif'],
      'The Canadian Press',
    ],
    [
      ['Sophie Hartley and Lars Eriksen in Stockholm', 'Mon 9 Jun 2025 14.32 BST'],
      ['Sophie Hartley', 'Lars Eriksen'],
      null,
    ],
    // A place's name with a lower-case particle; names that no list holds.
    [['Tom Phillips in Rio de Janeiro', 'Sun 25 Oct 2026 23.58 GMT'], ['Tom Phillips'], null],
    [
      ['Jacob Steinberg at the Emirates Stadium', 'Sun 30 Mar 2025 18.45 BST'],
      ['Jacob Steinberg'],
      null,
    ],
    [
      ['Lerato Mokoena and Sipho Dlamini', 'Published 18 Nov 2025, 11:45'],
      ['Lerato Mokoena', 'Sipho Dlamini'],
      null,
    ],
  ])(
    'names the authors before their paper or where they wrote from: %j',
    (lines, authors, publisher) => {
      const doc = parse(['Wildfire jumps highway', ...lines, '', BODY].join('\n'))
      expect(doc.meta.authors).toEqual(authors)
      expect(doc.meta.publisher).toBe(publisher)
      expect(doc.children[0]?.type).toBe('paragraph')
    },
  )

  it('names the paper between the author and where they wrote from, and an outlet with its region', () => {
    const paper = parse(
      ['Election result', '', 'By Aditi Rawat, Hindustan Times, New Delhi', '', BODY].join('\n'),
    )
    expect([paper.meta.authors, paper.meta.publisher]).toEqual([['Aditi Rawat'], 'Hindustan Times'])
    const region = parse(
      ['Jailed for life', '', 'By Hannah Corrigan', 'BBC News, Wiltshire', '', BODY].join('\n'),
    )
    expect([region.meta.authors, region.meta.publisher]).toEqual([['Hannah Corrigan'], 'BBC News'])
    expect(region.children[0]?.type).toBe('paragraph')
  })

  it('names the paper set off last after the author, of two words or more ("Great Lakes Press")', () => {
    const credit = (byline: string) => {
      const doc = parse(['Jet lands safely', '', byline, '', BODY].join('\n'))
      return [doc.meta.authors, doc.meta.publisher]
    }
    expect(credit('By Margaret Hollis, Great Lakes Press')).toEqual([
      ['Margaret Hollis'],
      'Great Lakes Press',
    ])
    expect(credit('By Margaret Hollis, Chicago Tribune')).toEqual([
      ['Margaret Hollis'],
      'Chicago Tribune',
    ])
    // (Not a second author whose surname is a paper's word.)
    expect(credit('By John Smith, Mary Post')).toEqual([['John Smith', 'Mary Post'], null])
  })

  it('is no press release’s heading in capitals ("NOTES TO EDITORS")', () => {
    const doc = parse(
      ['Vaccine works', '', BODY, '', 'NOTES TO EDITORS', '', 'The paper is out.'].join('\n'),
    )
    expect(doc.meta.byline).toBeNull()
    expect(doc.meta.authors).toEqual([])
  })

  it('is no byline without the published line, nor when a name has no listed first name', () => {
    const over = (line: string, next: string) =>
      parse(['Strike widens at three plants', line, next, '', BODY].join('\n')).meta.authors
    expect(over('Jamie L. LaReau and Eric D. Lawrence', 'The union said talks went on.')).toEqual(
      [],
    )
    expect(over('Detroit Pistons and Cleveland Cavaliers', 'Published Sept. 22, 2023')).toEqual([])
    expect(over('Pension Reform and Worker Rights', 'Published Sept. 22, 2023')).toEqual([])
    expect(
      over('Sophie Hartley and Lars Eriksen in Stockholm', 'The union said talks went on.'),
    ).toEqual([])
  })
})

describe('an agency’s funding note and an author’s contact line', () => {
  it('are credits, not the article', () => {
    const doc = parse(
      [
        'Drug approved',
        '',
        'The drug was approved on Wednesday.',
        '',
        'The company said it would cost $28,500 a year.',
        '',
        'The Associated Press Health and Science Department receives support from the Howard Hughes Medical Institute’s Science and Educational Media Group. The AP is solely responsible for all content.',
        '',
        'Contact Jamie L. LaReau: jlareau@freepress.com. Follow her on X @jlareau.',
        '',
      ].join('\n'),
    )
    expect(doc.children).toHaveLength(2)
    expect(doc.boilerplate.map((block) => block.kind)).toEqual(['credits', 'credits'])
  })
})

describe('a crosshead in capitals that ends in a quoted word, and a CBC credit', () => {
  it('is a heading; "With files from ..." is a credit', () => {
    const doc = parse(
      "Ruling\n\nThe court ruled on Thursday.\n\nOPPOSITION 'DISAPPOINTED'\n\nThe opposition said it was disappointed.\n\nWith files from Ian Froese and The Canadian Press\n",
    )
    expect(doc.children.map((block) => block.type)).toEqual(['paragraph', 'heading', 'paragraph'])
    expect(doc.meta.credits).toEqual(['With files from Ian Froese and The Canadian Press'])
  })
})

describe("wires' and sites' notes around a story", () => {
  it('keeps notes on where and how the story ran out of the body', () => {
    const notes = [
      'This report by The Canadian Press was first published July 14, 2025.',
      'This article was originally published on The Conversation.',
      '(Updates with analyst comment in 13th paragraph.)',
    ]
    const doc = parse(`A headline\n\n${BODY}\n${notes.join('\n\n')}\n`)
    expect(doc.children).toHaveLength(2)
    expect(doc.boilerplate.map((block) => [block.kind, block.value])).toEqual(
      notes.map((note) => ['pageFurniture', note]),
    )
  })

  it('keeps credits for help and agencies in brackets out of the body', () => {
    const doc = parse(`A headline\n\n${BODY}\n— With assistance from Nathan Oduya\n\n(ABC/AAP)\n`)
    expect(doc.children).toHaveLength(2)
    expect(doc.boilerplate.map((block) => block.kind)).toEqual(['credits', 'credits'])
  })

  it('keeps a wire’s note of an exchange rate out of the body ("($1 = 87.8800 Indian rupees)")', () => {
    const doc = parse(`A headline\n\n${BODY}\n($1 = 87.8800 Indian rupees)\n\n(£1 = $1.2710)\n`)
    expect(doc.children).toHaveLength(2)
    expect(doc.boilerplate.map((block) => block.kind)).toEqual(['other', 'other'])
    expect(doc.entities.map((entity) => entity.name)).not.toContain('Indian')
    // A currency on one side at least: not "(1 = 100 basis points)".
    const points = parse(
      `A headline\n\n${BODY}\n(1 = 100 basis points)\n\n(1 Swiss franc = $1.13)\n`,
    )
    expect(points.boilerplate.map((block) => block.value)).toEqual(['(1 Swiss franc = $1.13)'])
  })

  it('reads a photo in brackets and a caption after a comma label as captions, not links', () => {
    const doc = parse(
      `A headline\n\n${BODY}\n[Photo: Vote counters sort ballot papers on Sunday. (ABC News: Sam Reddy)]\n\nImage caption, Freya's parents outside the coroner's court\n\nImage caption: Nurses on the picket line on Tuesday morning\n\nThe story goes on.\n`,
    )
    expect(doc.related).toEqual([])
    expect(doc.children.map((child) => child.type)).toEqual([
      'paragraph',
      'paragraph',
      'caption',
      'caption',
      'caption',
      'paragraph',
    ])
  })

  it('reads a block that a credit in brackets closes as a caption ("(Image: Populous)")', () => {
    const doc = parse(
      `A headline\n\n${BODY}\nAn artist's impression of the proposed stadium, viewed from the canal (Image: Manchester Athletic FC/Populous)\n\nThe council met (Photo: not a credit) and voted.\n`,
    )
    expect(doc.children.map((child) => child.type)).toEqual([
      'paragraph',
      'paragraph',
      'caption',
      'paragraph',
    ])
  })

  it('leaves a paragraph that only opens like them in the body', () => {
    const doc = parse(
      `A headline\n\n${BODY}\nThis story was published before the vote, the editor said.\n\n(He updates his blog daily.) The council met.\n`,
    )
    expect(doc.boilerplate).toEqual([])
    expect(doc.children).toHaveLength(4)
  })
})

describe("a wire's date line that its name opens", () => {
  it('gives the published date and the publisher ("KYODO NEWS - Sep 16, 2025 - 21:05 | Politics")', () => {
    const doc = parse(`A headline\n\nKYODO NEWS - Sep 16, 2025 - 21:05 | Politics, All\n\n${BODY}`)
    expect(doc.meta.publishedAt).toBe('2025-09-16')
    expect(doc.meta.publisher).toBe('KYODO NEWS')
    expect(doc.children).toHaveLength(2)
  })

  it('leaves a paragraph in capitals before a dash that no date follows', () => {
    const doc = parse(`A headline\n\nBREAKING NEWS - Markets fall on Monday | Live\n\n${BODY}`)
    expect(doc.meta.publisher).toBeNull()
  })
})

describe('notes and date lines, on inputs a review found misread', () => {
  it('takes no dateline’s place for a publisher ("TOKYO - Sep 16, 2025")', () => {
    const doc = parse(`A headline\n\nTOKYO - Sep 16, 2025\n\n${BODY}`)
    expect(doc.meta.publisher).toBeNull()
  })

  it('leaves paragraphs that only open like credits or update notes in the body', () => {
    const doc = parse(
      `A headline\n\n${BODY}\nWith assistance from the World Bank, Nepal has rebuilt more than 200 schools.\n\n(Changes to the curriculum will take effect next year, officials said.)\n`,
    )
    expect(doc.boilerplate).toEqual([])
    expect(doc.children).toHaveLength(4)
  })
})

describe('a crosshead that ends in a quoted phrase', () => {
  it('is a heading, where a sentence that ends in a quote and its full stop is none', () => {
    const doc = parse(
      'Reform wins by-election\n\nReform UK won the seat on Friday.\n\nFarage hails \'earthquake\'\n\nNigel Farage said the result was "an earthquake".\n\nStaff "pushed to breaking point"\n\nNurses said they were exhausted.\n\nHe called it "a disgrace".\n\nThe count ended at dawn.\n',
    )
    expect(doc.children.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
  })
})

describe('the lines after a story: an author’s tagline, a link to more, a list of related headlines', () => {
  it('keeps them out of the body, and a list bullet out of a related headline', () => {
    const doc = parse(
      'Villa win the Cup\n\nVilla beat Newcastle 2-1 on Saturday.\n\nRELATED COVERAGE\n— Arsenal clinches Premier League title\n— Chelsea’s women reach Champions League final\n\nOrtega said the players would rest.\n\n___\n\nAP soccer: https://apnews.com/hub/soccer\n\nRachel Okafor covers sport for The Springdale Sentinel. Contact her at rokafor@example.com or follow her on X @rachelokafor.\n',
    )
    expect(doc.related.map((related) => related.title)).toEqual([
      'Arsenal clinches Premier League title',
      'Chelsea’s women reach Champions League final',
    ])
    // (The rule before the lines after the story divides nothing of it: it goes with them.)
    expect(doc.boilerplate.map((block) => [block.kind, block.value])).toEqual([
      ['pageFurniture', 'RELATED COVERAGE'],
      ['pageFurniture', '___'],
      ['promotion', 'AP soccer: https://apnews.com/hub/soccer'],
      [
        'credits',
        'Rachel Okafor covers sport for The Springdale Sentinel. Contact her at rokafor@example.com or follow her on X @rachelokafor.',
      ],
    ])
    expect(doc.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph'])
  })
})

describe('a wire feed’s slug before the headline', () => {
  it('is kept apart from the title ("CRICKET-", "UPDATE 2-"), not a hyphen of the headline ("NATO-Russia")', () => {
    const cricket = parse(
      'CRICKET-Rathore century fires India to win at MCG\n\nMELBOURNE, Dec 30 (Reuters) - Vikram Rathore hit a century on Tuesday.\n',
    )
    expect(cricket.meta.title).toBe('Rathore century fires India to win at MCG')
    expect(cricket.boilerplate.map((block) => [block.kind, block.value])).toContainEqual([
      'pageFurniture',
      'CRICKET-',
    ])
    expect(cricket.meta.positions.title?.start.offset).toBe('CRICKET-'.length)
    expect(
      parse('UPDATE 2-Fed holds rates steady\n\nWASHINGTON (Reuters) - The Fed held.\n').meta.title,
    ).toBe('Fed holds rates steady')
    expect(
      parse('NATO-Russia talks collapse\n\nBRUSSELS (Reuters) - Talks ended.\n').meta.title,
    ).toBe('NATO-Russia talks collapse')
  })
})

describe('a paragraph that reads like an author’s tagline', () => {
  it('stays in the body without a sentence that tells how to reach the author', () => {
    const doc = parse(
      'Trial\n\nMark Davies covers his face whenever the cameras follow him into court.\n\nLena Ortiz writes about the flood in her new book, and readers can email her questions.\n\nThe trial goes on.\n',
    )
    expect(doc.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
    expect(doc.boilerplate).toEqual([])
  })
})

describe('key points listed under the headline', () => {
  it('stay in the body, and the byline, published line and dateline after them are read', () => {
    const doc = parse(
      'RBI Cuts Key Rate\n\n* Repo rate lowered to 6.25%\n* Growth forecast trimmed to 6.7%\n* Rupee weakens 0.3%\n\nBy Ananya Rao and Vikram Sethi | Reuters\n\nPublished February 7, 2025, 11:42 AM IST\n\nMUMBAI, Feb 7 (Reuters) - The central bank cut rates on Friday.\n',
    )
    expect(doc.meta.authors).toEqual(['Ananya Rao', 'Vikram Sethi'])
    expect(doc.meta.standfirst).toBeNull()
    expect(doc.meta.dateline).toBe('MUMBAI, Feb 7 (Reuters) -')
    expect(doc.meta.publishedAt).toBe('2025-02-07')
    expect(doc.children.map((block) => block.type)).toEqual(['list', 'paragraph'])
  })
})

describe('bylines and crossheads a review of AFP and cricket copy found misread', () => {
  it('reads "Name, Outlet" over a date written with hyphens', () => {
    const doc = parse(
      'Halloran hundreds crush England\n\nNew Zealand take a 1-0 lead\n\nArjun Menon, ESPNcricinfo\n18-Feb-2026\n\nTom Halloran scored a century on Tuesday.\n\nHe was happy.\n',
    )
    expect(doc.meta.byline).toBe('Arjun Menon, ESPNcricinfo')
    expect(doc.meta.authors).toEqual(['Arjun Menon'])
    expect(doc.meta.publisher).toBe('ESPNcricinfo')
    expect(doc.meta.publishedAt).toBe('2026-02-18')
    expect(doc.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph'])
  })

  it('reads "A with B in City | AFP" as a byline, and a crosshead between dashes as a heading', () => {
    const text =
      'France paralysed by strike\n\nClaire Dubois with Marc Lefèvre in Lyon | AFP\n\nPARIS (AFP) – Thousands marched on Thursday.\n\n"Nobody voted for this," said Sophie Garnier.\n\n- \'Not going to back down\' -\n\nPrime Minister Etienne Marchal said the bill would stay.\n'
    const doc = parse(text)
    expect(doc.meta.authors).toEqual(['Claire Dubois', 'Marc Lefèvre'])
    expect(doc.meta.publisher).toBe('AFP')
    const heading = doc.children[2]
    expect(heading?.type).toBe('heading')
    expect(heading && toString(heading)).toBe("'Not going to back down'")
    const start = heading?.position?.start.offset ?? 0
    expect(text.slice(start, heading?.position?.end.offset)).toBe("- 'Not going to back down' -")
    // The crosshead's words are no quotation of the speaker before it.
    expect(doc.quotes.map((quote) => quote.text)).not.toContain('Not going to back down')
  })
})

describe('a byline without "By" over an agency’s name or the dateline', () => {
  it.each([
    ['Maryam Siddiqui\nThe Canadian Press', 'Maryam Siddiqui', 'The Canadian Press'],
    [
      'Maryam Siddiqui, The Canadian Press',
      'Maryam Siddiqui, The Canadian Press',
      'The Canadian Press',
    ],
    ['Maryam Siddiqui', 'Maryam Siddiqui', null],
  ])('reads %j as the byline, and the dateline after it', (lines, byline, publisher) => {
    const doc = parse(
      `Verdict in Toronto\n\n${lines}\n\nTORONTO — A jury on Friday found him guilty.\n`,
    )
    expect(doc.meta).toMatchObject({
      byline,
      authors: ['Maryam Siddiqui'],
      publisher,
      dateline: 'TORONTO —',
    })
    expect(doc.children.map((block) => block.type)).toEqual(['paragraph'])
  })
})

describe('a press release', () => {
  it('keeps its labels, contact and "About" section out of the title and the body', () => {
    const doc = parse(
      'NEWS RELEASE\n\nFOR IMMEDIATE RELEASE\nMarch 12, 2025\n\nMedia contact: Sarah Lindholm, Office of University Communications\nslindholm@westbrook.edu | 216-555-0142\n\nCommon disinfectant may speed spread of resistance genes\n\nLow doses tripled gene transfer in lab tests; researchers urge a review\n\nCLEVELAND -- Bacteria exposed to disinfectant swap genes more often, a study found.\n\nThe study was published on Wednesday.\n\n###\n\nAbout Westbrook University\n\nFounded in 1868, Westbrook University is a private research university.\n',
    )
    expect(doc.meta.title).toBe('Common disinfectant may speed spread of resistance genes')
    expect(doc.meta.standfirst).toBe(
      'Low doses tripled gene transfer in lab tests; researchers urge a review',
    )
    expect(doc.meta.dateline).toBe('CLEVELAND --')
    expect(doc.meta.publishedAt).toBe('2025-03-12')
    expect(doc.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph'])
    expect(doc.boilerplate.map((block) => block.value)).toEqual([
      'NEWS RELEASE',
      'FOR IMMEDIATE RELEASE',
      'March 12, 2025',
      'Media contact: Sarah Lindholm, Office of University Communications slindholm@westbrook.edu | 216-555-0142',
      '###',
      'About Westbrook University',
      'Founded in 1868, Westbrook University is a private research university.',
    ])
    expect(doc.entities.map((entity) => entity.name)).not.toContain('Sarah Lindholm')
  })
})

describe('a contact line after "To contact the reporters on this story:"', () => {
  it('is a credit, not a paragraph of the story nor a person of it; a sentence with an address stays', () => {
    const doc = parse(
      'Halden Motor Cuts Forecast\n\n(Bloomberg) -- Halden Motor AG cut its profit forecast on Wednesday.\n\nInvestors can reach the company at ir@halden.de.\n\nTo contact the reporters on this story:\nKatrin Vogel in Frankfurt at kvogel@bloomberg.net\n\nTo contact the editors responsible for this story:\nTom Lee at tlee@bloomberg.net\n',
    )
    expect(doc.boilerplate.map((b) => [b.kind, b.value])).toEqual([
      ['credits', 'To contact the reporters on this story:'],
      ['credits', 'Katrin Vogel in Frankfurt at kvogel@bloomberg.net'],
      ['credits', 'To contact the editors responsible for this story:'],
      ['credits', 'Tom Lee at tlee@bloomberg.net'],
    ])
    expect(doc.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph'])
    expect(doc.entities.some((entity) => entity.name === 'Katrin Vogel')).toBe(false)
  })
})
