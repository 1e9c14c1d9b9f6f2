/**
 * Name mentions: the spans and kinds that findNames gives, on the sample
 * article and on the shapes the entity stage relies on (titles, possessives,
 * articles, particles, acronyms, capitals, demonyms), and its robustness.
 */
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findNames, genderOfFirstName, type NameInput } from '../src/entities/names.js'
import { hashOf } from '../src/entities/hash.js'
import { tokenize } from '../src/entities/tokenize.js'
import { parse } from '../src/index.js'
import {
  EXACT_KEYS,
  EXACT_WEIGHTS,
  FEATURE_KEYS,
  LEVELS,
  WEIGHTS,
} from '../src/lexicon/generated/tagger-model.js'
import { codeKeys, codeWeights, exactWeights, featureKey, KEY_BITS } from '../src/entities/model.js'
import { RangeDecoder } from '../src/entities/range-coding.js'
import { codedKeys, exactCoded, rangeCodedWeights } from '../scripts/quantise.js'

/** "text:kind" of every name found in `values` (the first one a headline). */
function names(...values: string[]): string[] {
  const texts: NameInput[] = values.map((value, i) => ({ value, headline: i === 0 }))
  return findNames(texts).flatMap((spans, i) =>
    spans.map((span) => `${(values[i] as string).slice(span.start, span.end)}:${span.kind}`),
  )
}

/** The paragraphs of a PolNeAR train article (the first `count` of them, when given). */
function polnearParagraphs(file: string, count?: number): string[] {
  const article = new URL(`../../../../shared/corpus/polnear/train/text/${file}`, import.meta.url)
  return readFileSync(article, 'utf8').split(/\n+/u).filter(Boolean).slice(0, count)
}

describe('findNames', () => {
  it('finds the people, organisations and places of the sample article, with their kinds', () => {
    const text = readFileSync(
      new URL('./fixtures/nato-stoltenberg-kyiv.txt', import.meta.url),
      'utf8',
    )
    const paragraphs = text
      .split(/\n\s*\n|\n(?= )/u)
      .map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim())
      .filter((paragraph) => paragraph && !paragraph.startsWith('Related article'))
    const found = new Set(names(...paragraphs).filter((name) => !name.endsWith(':other')))
    expect([...found].sort()).toEqual([
      'Jens Stoltenberg:person',
      'Joe Biden:person',
      'Kremlin:organization',
      'Kyiv:place',
      'Moscow:place',
      'NATO:organization',
      'Russia:place',
      'Stoltenberg:person',
      'U.S.:place',
      'Ukraine:place',
      'United States:place',
      'Vilnius:place',
      'Vladimir Putin:person',
      'Volodymyr Zelensky:person',
      'Zelensky:person',
    ])
  })

  it('leaves titles out of a name and splits an organisation from the person after its title', () => {
    expect(names('x', 'NATO Secretary General Jens Stoltenberg met President Zelensky.')).toEqual([
      'NATO:organization',
      'Jens Stoltenberg:person',
      'Zelensky:person',
    ])
  })

  it.each([
    ['Senate Minority Leader Harry Reid said no.', ['Senate:organization', 'Harry Reid:person']],
    [
      'Senate Majority Leader Mitch McConnell said no.',
      ['Senate:organization', 'Mitch McConnell:person'],
    ],
    ['House Republican Thomas Massie said no.', ['Thomas Massie:person']],
    [
      'Republican National Committee Chairman Reince Priebus said no.',
      ['Republican National Committee:organization', 'Reince Priebus:person'],
    ],
    ['Billionaire Mark Cuban said no.', ['Mark Cuban:person']],
    // (Not an initial, nor an Arabic given name of "Abd", which no list knows.)
    ['J. Gerald Hebert said no.', ['J. Gerald Hebert:person']],
    ['Abdullahi Hussein Farah said no.', ['Abdullahi Hussein Farah:person']],
    ['"It was hard," said Councilmember Nithya Raman.', ['Nithya Raman:person']],
    ['Assemblywoman Lorena Gonzalez said no.', ['Lorena Gonzalez:person']],
    // British style: "Prof" without its full stop.
    [
      'NHS England medical director Prof Sir Stephen Powis said no.',
      ['NHS England:organization', 'Stephen Powis:person'],
    ],
  ])(
    'reads the person after role titles such as "Minority Leader" or "Republican" in %j',
    (text, found) => {
      expect(names('x', text)).toEqual(found)
    },
  )

  it('reads a known organisation whose first word is a place ("USA TODAY")', () => {
    expect(names('x', 'USA TODAY reported that sales fell.')).toEqual(['USA TODAY:organization'])
  })

  it('reads a known organisation that opens with a title\'s word ("General Motors")', () => {
    expect(names('x', 'Shares of General Motors fell, and Gen. Mark Milley spoke.')).toEqual([
      'General Motors:organization',
      'Mark Milley:person',
    ])
  })

  it('reads plural titles and leaves party affiliations out of the names ("Sens.", "D-Ohio")', () => {
    expect(
      names(
        'x',
        'Sens. Sherrod Brown (D-Ohio) and Mike Lee (R-Utah) agreed, as did Rep. Jim Jordan, R-Ohio.',
      ),
    ).toEqual(['Sherrod Brown:person', 'Mike Lee:person', 'Jim Jordan:person'])
    expect(
      names(
        'x',
        'Former Maryland Gov. Martin O’Malley (D) and former Arkansas Gov. Mike Huckabee (R) announced it.',
      ),
    ).toEqual([
      'Maryland:place',
      'Martin O’Malley:person',
      'Arkansas:place',
      'Mike Huckabee:person',
    ])
  })

  it('reads a day named by the word before its weekday whole, as an other name ("Super Tuesday")', () => {
    expect(
      names('x', 'But he faces a test across the South on Super Tuesday, when 15 states vote.'),
    ).toEqual(['South:place', 'Super Tuesday:other'])
  })

  it('reads an amendment as an other name, with its ordinal ("the Second Amendment")', () => {
    expect(
      names('x', 'He said Obama wants to undermine the Second Amendment and the 14th Amendment.'),
    ).toEqual(['Obama:person', 'Second Amendment:other', '14th Amendment:other'])
  })

  it('reads the plural of a person’s surname as the family, people ("the Clintons")', () => {
    expect(
      names(
        'x',
        'Bill Clinton spoke. The Clintons have mostly chosen not to respond, and the Bushes agreed with George W. Bush.',
      ),
    ).toEqual(['Bill Clinton:person', 'Clintons:person', 'Bushes:person', 'George W. Bush:person'])
    // The tagger reads "Hispanic" as a person here; its plural is still a people.
    expect(
      names(
        'x',
        'Hispanic voters and Hispanic leaders met.',
        'But 81 percent of Hispanics have an unfavorable view.',
      ),
    ).toEqual(['Hispanic:other', 'Hispanic:other', 'Hispanics:other'])
  })

  it('reads the plural of an organisation’s acronym as organisations ("super PACs")', () => {
    expect(
      names('x', 'A super PAC spent more.', 'He opposed super PACs and their donors.'),
    ).toEqual(['PAC:organization', 'PACs:organization'])
  })

  it('splits a city office from the person it titles and reads Capitol Hill as Congress', () => {
    expect(names('x', 'New York City Comptroller Scott Stringer said the plan failed.')).toEqual([
      'New York City:place',
      'Scott Stringer:person',
    ])
    expect(names('x', 'Trish James met Democrats on Capitol Hill.')).toEqual([
      'Trish James:person',
      'Democrats:other',
      'Capitol Hill:organization',
    ])
  })

  it('reads a war as an other name, whatever its first word names', () => {
    expect(
      names('x', 'After the Iraq War and the Cold War, the War Department was renamed.'),
    ).toEqual(['Iraq War:other', 'Cold War:other', 'War Department:organization'])
  })

  it('keeps an organisation before a colon and a D-Day out of the party affiliations', () => {
    const found = names(
      'x',
      '"NATO: The alliance is strong," Jane Smith said.',
      'The D-Day landings were recalled.',
    )
    expect(found.slice(0, 2)).toEqual(['NATO:organization', 'Jane Smith:person'])
    expect(found.map((name) => name.split(':')[0])).toContain('D-Day')
  })

  it("reads a transcript's speaker label in capitals as a person", () => {
    expect(names('Transcript', '"WALLACE: Let us start with the news of the debate.')).toEqual([
      'WALLACE:person',
    ])
  })

  it('leaves an epithet out of a name the text also gives without it', () => {
    expect(
      names('x', 'Hillary Clinton spoke. Trump mocked “Crooked Hillary Clinton” again.'),
    ).toEqual(['Hillary Clinton:person', 'Trump:person', 'Hillary Clinton:person'])
  })

  it('gives the surname of a person named in full to that person, however the tagger read it', () => {
    // A PolNeAR article where the tagger, alone, reads "Wallnau" as a place from its sixth paragraph on.
    const paragraphs = polnearParagraphs(
      'west-journal_2015-11-10_christian-speaker-just-shared-th.txt',
      8,
    )
    const found = names(...paragraphs).filter((name) => name.startsWith('Wallnau'))
    expect(found.length).toBeGreaterThan(2)
    expect(new Set(found)).toEqual(new Set(['Wallnau:person']))
  })

  it('gives a surname that is also a city to the person the article names in full', () => {
    // A PolNeAR article about Merrick Garland's nomination: Garland, Texas, is in the gazetteer.
    const paragraphs = polnearParagraphs(
      'usa-today_2016-05-12_poll-battleground-senate-races-a.txt',
    )
    const found = names(...paragraphs).filter((name) => name.startsWith('Garland'))
    expect(found.length).toBeGreaterThan(0)
    expect(new Set(found)).toEqual(new Set(['Garland:person']))
  })

  it('leaves a function word that opens a sentence out of the place after it', () => {
    // A PolNeAR article whose nineteenth paragraph opens "Besides China, Vietnam, ...": the
    // tagger, alone, reads "Besides China" as a person there.
    const paragraphs = polnearParagraphs(
      'huff-post_2016-06-04_u-s-flexes-muscles-as-asia-worri.txt',
      19,
    )
    const found = names(...paragraphs)
    expect(found.filter((name) => name.includes('China')).at(-1)).toBe('China:place')
    expect(found).not.toContain('Besides China:person')
  })

  it('leaves a function word that opens a sentence out of a person’s name', () => {
    expect(names('x', 'Tad Devine spoke. But Devine said the campaign would go on.')).toEqual([
      'Tad Devine:person',
      'Devine:person',
    ])
  })

  it('cuts a headline’s run of capitals to the names the body gives', () => {
    const found = names(
      'Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump.',
      'Former candidate Carly Fiorina on Wednesday endorsed Ted Cruz for president.',
    )
    expect(found.slice(0, 2)).toEqual(['Carly Fiorina:person', 'Ted Cruz:person'])
  })

  it('splits two people the tagger ran together at "and" before a first name', () => {
    const found = names('x', 'He refused to disavow the KKK and David Duke on Sunday.')
    expect(found).toEqual(['KKK:organization', 'David Duke:person'])
  })

  it('keeps a title word that ends an organisation’s name after its link ("Citizens for Tax Justice")', () => {
    const found = names(
      'x',
      'Citizens for Tax Justice advocates rules that stop firms from telling lies.',
    )
    expect(found).toEqual(['Citizens for Tax Justice:organization'])
  })

  it('reads a name joined by "and" to a well-known organisation as one, everywhere', () => {
    const found = names(
      'x',
      'Amazon and Google said they would invest in Ohio.',
      'Amazon said it would hire 1,000 people there.',
    )
    expect(found).toEqual([
      'Amazon:organization',
      'Google:organization',
      'Ohio:place',
      'Amazon:organization',
    ])
  })

  it('leaves a person joined to an organisation: before a noun the pair qualifies, or named in full or with a title', () => {
    expect(names('x', 'Sanders met Obama and White House aides on Monday.')).toContain(
      'Obama:person',
    )
    expect(names('x', 'Jane Smith spoke.', 'Smith and Google said they agreed.')).toContain(
      'Smith:person',
    )
    expect(names('x', 'President Obama spoke.', 'The deal pleased Obama and Google.')).toEqual([
      'Obama:person',
      'Obama:person',
      'Google:organization',
    ])
  })

  it('never gives a function word alone as a name ("Even" after a colon, "The" cut off "The Council")', () => {
    const found = names(...polnearParagraphs('nyt_2015-12-10_immigrants-can-find-way-in-ameri.txt'))
    expect(found.filter((name) => /^(?:Even|The|A|Oh):/u.test(name))).toEqual([])
    // Names in capitals that are function words in lower case stay names.
    const capitals = names('x', 'Officials at the WHO said the US would pay.')
    expect(capitals.map((name) => name.split(':')[0])).toEqual(['WHO', 'US'])
  })

  it('reads a country\'s name the tagger took for an other name as the place ("the US")', () => {
    expect(names('x', 'He said the US would pay.')).toEqual(['US:place'])
  })

  it('leaves out a word of a title-case headline that the body writes in lower case', () => {
    const body =
      'Donald Trump said he was not mocking Hillary Clinton, calling the claim disgusting.'
    expect(names('Trump Was ‘Mocking’ Clinton, Aides Say', body)).toEqual([
      'Trump:person',
      'Clinton:person',
      'Donald Trump:person',
      'Hillary Clinton:person',
    ])
    expect(names('Clinton Calls Trump A ‘Disgusting Fraud’', body)).not.toContain(
      'Disgusting:other',
    )
  })

  it('reads the followers of a faith as a group, an other name, not a person', () => {
    expect(names('x', 'He pledged to ban all Muslims from entering the country.')).toEqual([
      'Muslims:other',
    ])
  })

  it('reads the surname a government is named after as a person ("the Obama administration")', () => {
    expect(names('x', 'The rule was written by the Obama administration in 2015.')).toEqual([
      'Obama:person',
    ])
    // Wherever the document names them, whatever the tagger made of the name there.
    const paragraphs = polnearParagraphs(
      'wash-post_2016-07-06_understated-perez-raises-politic.txt',
    )
    const obama = names('x', ...paragraphs).filter((name) => name.startsWith('Obama:'))
    expect(obama.length).toBeGreaterThan(2)
    expect(new Set(obama)).toEqual(new Set(['Obama:person']))
    // Two governments, in the plural.
    expect(names('x', 'She worked in the Clinton and Obama administrations.')).toContain(
      'Obama:person',
    )
  })

  it('reads a place that qualifies a noun as the place, not a team ("the Texas senator")', () => {
    expect(
      names(
        'x',
        'College debater-turned-pro Ted Cruz, the Texas senator whom even other senators hate, won.',
        'Many voters suggested that the New York billionaire would win.',
        'The court struck down a restrictive Texas abortion law on Monday.',
      ),
    ).toEqual(['Ted Cruz:person', 'Texas:place', 'New York:place', 'Texas:place'])
    // A team that acts is the tagger's to read.
    expect(names('x', 'Fans said Texas won easily on Sunday.')).not.toContain('Texas:place')
  })

  it('reads a name ending in "State" by its words: a militant group, a state’s nickname', () => {
    const kinds = (...values: string[]): string[] =>
      names('x', ...values).filter((name) => name.includes('State:'))
    expect(
      kinds(
        'The Islamic State claimed the attack, and Islamic State fighters held the town.',
        'Voters in the Granite State go to the polls before the Green Mountain State does.',
      ),
    ).toEqual([
      'Islamic State:organization',
      'Islamic State:organization',
      'Granite State:place',
      'Green Mountain State:place',
    ])
    // Other words before "State" are not a nickname, after "the" or not.
    const others = kinds(
      'He railed against the Deep State, and the Penn State fans cheered.',
      'Ohio State beat the Ohio State alumni team, the Department of State said.',
    )
    expect(others.length).toBeGreaterThan(2)
    for (const name of others) expect(name).not.toMatch(/:place$/u)
  })

  it('ends a name at a head of organisations’ names the tagger left out ("Fox News’ Chris Wallace")', () => {
    expect(names('x', "It started when Fox News' Chris Wallace asked him in Cleveland.")).toEqual([
      'Fox News:organization',
      'Chris Wallace:person',
      'Cleveland:place',
    ])
  })

  it('reads a head of organisations’ names alone as an organisation ("told the Post")', () => {
    expect(
      names(
        'x',
        'It will draw on the work of more than two dozen Post reporters and researchers.',
        'Trump was the first of the three GOP presidential contenders to address the gala.',
        'In an interview with The Post last week, Trump was asked what he thought.',
      ),
    ).toEqual([
      'Post:organization',
      'Trump:person',
      'GOP:organization',
      'Post:organization',
      'Trump:person',
    ])
  })

  it('reads a news agency of the bylines as an organisation wherever named', () => {
    expect(names('x', 'Ashraf Shazly/Agence France-Presse/Getty Images')).toEqual([
      'Ashraf Shazly:person',
      'Agence France-Presse:organization',
      'Getty Images:organization',
    ])
  })

  it('reads a faith and a people by descent as other names, not people', () => {
    expect(
      names(
        'x',
        'Latinos and Hispanic voters turned out, and Latino leaders said Islam was not the issue.',
        'He said Christianity and Islam share roots.',
      ),
    ).toEqual([
      'Hispanic:other',
      'Latino:other',
      'Islam:other',
      'Christianity:other',
      'Islam:other',
    ])
  })

  it('splits two organisations the gazetteers know that the tagger ran together at "and"', () => {
    const found = names('x', 'Microsoft and Google signed a deal on Monday in London.')
    expect(found).toEqual(['Microsoft:organization', 'Google:organization', 'London:place'])
  })

  it('reads two capitalised words after a person’s title as a person ("RNC Chairman Reince Priebus")', () => {
    // A PolNeAR article whose eighth paragraph lists the speakers of a convention.
    const paragraphs = polnearParagraphs(
      'west-journal_2016-07-14_donald-trump-stuns-lgbt-communit.txt',
      8,
    )
    const found = names(...paragraphs)
    expect(found).toContain('Reince Priebus:person')
    expect(found.filter((name) => name.includes('Priebus'))).toEqual(['Reince Priebus:person'])
  })

  it('leaves a possessive out of the name', () => {
    expect(names('x', "Stoltenberg's visit to Ukraine’s capital was not announced.")).toEqual([
      'Stoltenberg:person',
      'Ukraine:place',
    ])
  })

  it('leaves the article out and reads a seat of power that speaks as an organisation', () => {
    expect(names('x', 'The Kremlin said on Thursday that the Kremlin would respond.')).toEqual([
      'Kremlin:organization',
      'Kremlin:organization',
    ])
  })

  it('does not take sentence-initial words, weekdays or titles alone for names', () => {
    expect(
      names('x', 'He said on Thursday that the President would travel. But Several officials'),
    ).toEqual([])
  })

  it('ends a name at a pronoun, and takes no pronoun alone for a name', () => {
    expect(
      names('x', 'The vote was fair in the U.S. He says voters want a party that listens.'),
    ).toEqual(['U.S.:place'])
    expect(
      names('x', 'The Chozo left. They told it the truth. I’ve agreed to this.'),
    ).not.toContain('They:person')
    expect(
      names('x', 'The Chozo left. They told it the truth. I’ve agreed to this.'),
    ).not.toContain('I’ve:person')
  })

  it('finds names in a headline in capitals', () => {
    expect(
      names('NATO CHIEF STOLTENBERG VISITS KYIV', 'Jens Stoltenberg arrived in Kyiv on Thursday.'),
    ).toEqual([
      'NATO:organization',
      'STOLTENBERG:person',
      'KYIV:place',
      'Jens Stoltenberg:person',
      'Kyiv:place',
    ])
  })

  it('keeps particles inside multi-word names', () => {
    expect(
      names('x', 'Ursula von der Leyen met Crown Prince Mohammed bin Salman in Riyadh.'),
    ).toEqual(['Ursula von der Leyen:person', 'Mohammed bin Salman:person', 'Riyadh:place'])
  })

  it('keeps the dots of acronyms and abbreviations', () => {
    expect(names('x', 'The U.S. and the U.N. backed NATO.')).toEqual([
      'U.S.:place',
      'U.N.:organization',
      'NATO:organization',
    ])
  })

  it('gives demonyms the kind other and links them to their country', () => {
    const [spans] = findNames([{ value: 'Ukrainian forces advanced.', headline: false }])
    expect(spans).toEqual([
      expect.objectContaining({ start: 0, end: 9, kind: 'other', place: 'Ukraine' }),
    ])
  })

  it('knows a city that GeoNames names "... City" by its name alone ("Cebu"), not a person', () => {
    expect(names('Storm', 'The typhoon hit Cebu on Tuesday before Makati flooded.')).toEqual([
      'Cebu:place',
      'Makati:place',
    ])
  })

  it("links an adjective two countries share to the more populous, and no other place's adjective", () => {
    const [spans] = findNames([
      { value: 'Congolese troops and Dominican police met Welsh officials.', headline: false },
    ])
    expect(spans).toEqual([
      expect.objectContaining({ kind: 'other', place: 'Democratic Republic of the Congo' }),
      expect.objectContaining({ kind: 'other', place: 'Dominican Republic' }),
      // (The data gives "Welsh" to Wallis and Futuna.)
      expect.not.objectContaining({ place: expect.anything() }),
    ])
  })

  it("links a demonym's entity to its country, and to the country's entity when named", () => {
    const doc = parse(
      'Kyiv\n\nUkraine asked for help. Ukrainian forces advanced. Russian guns fell silent.\n',
    )
    const ukraine = doc.entities.find((entity) => entity.name === 'Ukraine')
    const byName = (name: string) => doc.entities.find((entity) => entity.name === name)
    expect(byName('Ukrainian')).toMatchObject({
      kind: 'other',
      data: { place: 'Ukraine', placeId: ukraine?.id },
    })
    expect(byName('Russian')?.data).toEqual({ place: 'Russia' })
    // The country named by another of its names: "Turkey" (Türkiye in the lists), "Britain".
    const other = parse(
      'Talks\n\nTurkish and British officials met in Turkey. Britain sent troops. The United Kingdom paid.\n',
    )
    const named = (name: string) => other.entities.find((entity) => entity.name === name)
    expect(named('Turkish')?.data).toEqual({ place: 'Türkiye', placeId: named('Turkey')?.id })
    // (The lists' own name first, where the document gives it.)
    expect(named('British')?.data).toEqual({
      place: 'United Kingdom',
      placeId: named('United Kingdom')?.id,
    })
  })

  it('keeps the kind a name was given with confidence everywhere in the document', () => {
    const kinds = names(
      'x',
      'Stoltenberg arrived in Kyiv on Thursday.',
      'Kyiv had said that the war justifies its campaign.',
    ).filter((name) => name.startsWith('Kyiv'))
    expect(kinds).toEqual(['Kyiv:place', 'Kyiv:place'])
  })

  it('gives confidences between 0 and 1', () => {
    const [spans] = findNames([{ value: 'Jens Stoltenberg visited Kyiv.', headline: false }])
    for (const span of spans ?? []) {
      expect(span.confidence).toBeGreaterThanOrEqual(0)
      expect(span.confidence).toBeLessThanOrEqual(1)
    }
  })

  it('never throws, and gives the same names for the same texts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            value: fc.string({ unit: 'binary', maxLength: 300 }),
            headline: fc.boolean(),
          }),
          {
            maxLength: 6,
          },
        ),
        (texts) => {
          const first = findNames(texts)
          expect(first).toHaveLength(texts.length)
          expect(findNames(texts)).toEqual(first)
          first.forEach((spans, i) => {
            for (const span of spans) {
              expect(span.start).toBeLessThan(span.end)
              expect(span.end).toBeLessThanOrEqual((texts[i] as NameInput).value.length)
            }
          })
        },
      ),
      { numRuns: 300 },
    )
  })

  it('gives names of capitalised words in arbitrary orders without throwing', () => {
    const word = fc.constantFrom(
      'NATO',
      'U.S.',
      'von',
      'der',
      'The',
      "'s",
      'Kyiv',
      'General',
      'Inc.',
      '-',
      '.',
      'and',
    )
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        expect(() => findNames([{ value: words.join(' '), headline: false }])).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })
})

describe('findNames at the opening of a sentence', () => {
  /** The names found in the text at `index` of `values` (the first one a headline). */
  function namesIn(index: number, ...values: string[]): string[] {
    const texts: NameInput[] = values.map((value, i) => ({ value, headline: i === 0 }))
    const spans = findNames(texts)[index] ?? []
    const value = values[index] as string
    return spans.map((span) => `${value.slice(span.start, span.end)}:${span.kind}`)
  }

  it('reads an opening surname of a person named in full as that person', () => {
    const texts = [
      'x',
      'Former Florida Gov. Jeb Bush said on Tuesday that the president was wrong about guns.',
      'Bush is panning Obama’s set of proposals.',
      'Bush and his rivals for the Republican nomination disagree.',
    ]
    expect(namesIn(2, ...texts)).toContain('Bush:person')
    expect(namesIn(3, ...texts)).toContain('Bush:person')
  })

  it('reads an opening surname before a possessive as the person', () => {
    expect(
      namesIn(
        2,
        'x',
        'Trump touched the reporter, Michelle Fields, on Tuesday.',
        'Fields’s account was backed by a witness.',
      ),
    ).toEqual(['Fields:person'])
    expect(
      namesIn(
        2,
        'x',
        'Trump touched the reporter, Michelle Fields, on Tuesday.',
        'Fields did not reply to a request for comment.',
      ),
    ).toEqual(['Fields:person'])
  })

  it('reads a word the article also writes in lower case as the name only before a reporting verb', () => {
    const texts = [
      'x',
      'Theresa May met the Irish leader in London, and may meet him again.',
      'May said the talks went well.',
      'May is a month of elections.',
    ]
    expect(namesIn(2, ...texts)).toEqual(['May:person'])
    expect(namesIn(3, ...texts)).toEqual([])
  })

  it('leaves an opening surname alone before "of", or when the article writes it in lower case', () => {
    expect(
      namesIn(2, 'x', 'Senator Jeff Sessions spoke on Monday.', 'Sessions of Congress are short.'),
    ).toEqual(['Congress:organization'])
    expect(
      namesIn(
        2,
        'x',
        'Jeb Bush campaigned in Iowa.',
        'Bush fires burned in Australia, where the bush is dry.',
      ),
    ).toEqual(['Australia:place'])
  })
})

describe('genderOfFirstName', () => {
  it('tells the gender a first name is mostly given to', () => {
    expect(genderOfFirstName('Jens')).toBe('male')
    expect(genderOfFirstName('Ursula')).toBe('female')
    expect(genderOfFirstName('NATO')).toBeNull()
  })

  it('knows the first names of the world’s news, not only English ones', () => {
    expect(genderOfFirstName('Narendra')).toBe('male')
    expect(genderOfFirstName('Elon')).toBe('male')
    expect(genderOfFirstName('Chinedu')).toBe('male')
    expect(genderOfFirstName('Priya')).toBe('female')
    expect(genderOfFirstName('Olena')).toBe('female')
    expect(genderOfFirstName('Keir')).toBe('male')
    expect(genderOfFirstName('Kamala')).toBe('female')
  })

  it('takes no English word for a first name ("Miracle", "Golden")', () => {
    expect(genderOfFirstName('Miracle')).toBeNull()
    expect(genderOfFirstName('Golden')).toBeNull()
  })
})

describe('tokenize', () => {
  it('cuts possessives off and keeps abbreviations, hyphens and inner apostrophes whole', () => {
    expect(
      tokenize("U.S.-designed jets, O'Neill's AT&T Inc. deal.").map((token) => token.text),
    ).toEqual(['U.S.-designed', 'jets', ',', "O'Neill", "'s", 'AT&T', 'Inc.', 'deal', '.'])
  })
})

describe('tokens', () => {
  it('carry the hash of their lower-cased form, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const token of tokenize(text)) expect(token.hash).toBe(hashOf(token.lower))
      }),
      { numRuns: 300 },
    )
  })
})

describe('the generated model', () => {
  /** The weights of `coded`, `features` of them, the `levels` either side of `zero`. */
  const decoded = (
    coded: string,
    features: number,
    zero: number,
    levels: readonly number[],
  ): Uint8Array => {
    const codes = new Uint8Array(features * 9)
    codeWeights(new RangeDecoder(coded), codes, zero, levels)
    return codes
  }
  const levels = LEVELS.split('|').map(Number)

  it('has one weight a tag for every feature, and writes them as it read them', () => {
    const tags = 9
    const top = levels.length - 1
    const zero = 0x23 + top
    const keys = codeKeys(new RangeDecoder(FEATURE_KEYS))
    const codes = decoded(WEIGHTS, keys.length, zero, levels)
    const exactKeys = codeKeys(new RangeDecoder(EXACT_KEYS))
    expect(exactWeights(EXACT_WEIGHTS).length).toBe(exactKeys.length * tags)
    for (let f = 0; f < codes.length; f += tags) {
      const row = codes.subarray(f, f + tags)
      // Every level in range, and no feature kept without a weight.
      for (const code of row) expect(Math.abs(code - zero)).toBeLessThanOrEqual(top)
      expect(row.some((code) => code !== zero)).toBe(true)
    }
    // The encoder writes the same digits from the weights read: nothing was lost either way.
    const text = Array.from(codes, (code) => String.fromCharCode(code)).join('')
    expect(rangeCodedWeights(text, String.fromCharCode(zero), levels)).toBe(WEIGHTS)
    // A character that is no digit of the coding throws.
    expect(() => decoded(`${WEIGHTS.slice(0, 10)}!`, 2, zero, levels)).toThrow()
  })

  it('keys each feature once, sorted, and writes the keys as it read them', () => {
    const keys = codeKeys(new RangeDecoder(FEATURE_KEYS))
    const exactKeys = codeKeys(new RangeDecoder(EXACT_KEYS))
    expect(keys.length).toBeGreaterThan(10_000)
    expect(exactKeys.length).toBeGreaterThan(100)
    const all = new Set([...keys, ...exactKeys])
    // No key is in both lists, nor twice in one; all are in range.
    expect(all.size).toBe(keys.length + exactKeys.length)
    for (const list of [keys, exactKeys])
      for (let i = 0; i < list.length; i++) {
        expect(list[i]).toBeGreaterThan(i === 0 ? 0 : (list[i - 1] as number))
        expect(list[i]).toBeLessThan(2 ** KEY_BITS)
      }
    expect(codedKeys(keys)).toBe(FEATURE_KEYS)
    expect(codedKeys(exactKeys)).toBe(EXACT_KEYS)
    // A feature every capitalised word has (the shape "X" after the first word), and the bias.
    expect(all.has(featureKey('F1 X'))).toBe(true)
    expect(all.has(featureKey('b0'))).toBe(true)
    // Not a word the training text never had.
    expect(all.has(featureKey('wzzyzzogravitational'))).toBe(false)
  })

  it('reads any sorted keys back as the range coder wrote them', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 2 ** KEY_BITS - 1 }), { maxLength: 500 }),
        (list) => {
          const keys = Int32Array.from(list.sort((a, b) => a - b))
          expect([...codeKeys(new RangeDecoder(codedKeys(keys)))]).toEqual([...keys])
        },
      ),
      { numRuns: 200 },
    )
  })

  it('reads any weights back as the range coder wrote them', () => {
    const top = levels.length - 1
    const zero = 0x23 + top
    const weight = fc.oneof(
      { weight: 3, arbitrary: fc.constant(zero) },
      { weight: 2, arbitrary: fc.integer({ min: zero - top, max: zero + top }) },
    )
    fc.assert(
      fc.property(
        fc.array(fc.array(weight, { minLength: 9, maxLength: 9 }), { maxLength: 300 }),
        (rows) => {
          const codes = rows.flat()
          const coded = rangeCodedWeights(
            String.fromCharCode(...codes),
            String.fromCharCode(zero),
            levels,
          )
          expect([...decoded(coded, rows.length, zero, levels)]).toEqual(codes)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('reads each exact weight back as the decimal it was written from', () => {
    expect([...exactWeights('f6398F2781_i1231e1')]).toEqual([6.398, -2.781, 0, 1231, 0.0001])
    fc.assert(
      fc.property(
        fc.array(
          fc
            .integer({ min: -9999, max: 9999 })
            .chain((digits) =>
              fc.integer({ min: -6, max: 2 }).map((power) => Number(`${digits}e${power}`)),
            ),
        ),
        (weights) => {
          expect([...exactWeights(exactCoded(weights))]).toEqual(weights.map((w) => w + 0))
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('a word of a headline in capitals or title case', () => {
  it('is no name when it is a common word or one with an ending ("Reveals", "Fight")', () => {
    const found = findNames([
      { value: 'Retired General Reveals Why He Backs Trump', headline: true },
      { value: 'The general spoke to reporters about Donald Trump on Monday.', headline: false },
    ])
    const words = found[0]?.map((span) =>
      'Retired General Reveals Why He Backs Trump'.slice(span.start, span.end),
    )
    expect(words).not.toContain('Reveals')
    expect(words).toContain('Trump')
  })
})
