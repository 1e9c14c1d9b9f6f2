import { describe, expect, it } from 'vitest'
import { parse, toString } from '../src/index.js'
import type { ArticleDocument } from '../src/index.js'

/** The body's blocks as [type, text] with white space folded. */
function blocks(document: ArticleDocument): [string, string][] {
  return document.children.map((block) => [block.type, toString(block).replace(/\s+/gu, ' ')])
}

describe('hard-wrapped copies', () => {
  it('joins the lines set in under a numbered item, a hanging indent, into the item', () => {
    const document = parse(
      [
        'WHO statement',
        '',
        'The Director-General issued the following recommendations to States Parties:',
        '',
        '1. Affected States Parties should strengthen surveillance, contact tracing',
        '   and case isolation, and ensure that all health workers have access to',
        '   personal protective equipment.',
        '',
        '2. All States Parties should not apply travel or trade restrictions to the',
        '   affected countries.',
        '',
        'The committee will meet again in three months.',
      ].join('\n'),
    )
    expect(document.children.map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph'])
    const list = document.children[1]
    expect(list?.type === 'list' && list.children.map((item) => toString(item))).toEqual([
      'Affected States Parties should strengthen surveillance, contact tracing and case isolation, and ensure that all health workers have access to personal protective equipment.',
      'All States Parties should not apply travel or trade restrictions to the affected countries.',
    ])
  })

  it('reads a wrapped line that opens with a dash as the sentence going on, not a list item', () => {
    const document = parse(
      [
        'The lore of Metroid',
        '',
        ' There are two purposes to this article: to explore the expansive lore of the Metroid universe',
        '– with speculation to fill in the gaps – and to exhibit some extraordinary Metroid-inspired',
        'art. All artwork is credited to its original source, so follow the links to see further works',
        'of these spectacular artists.',
        ' The games tell us much about this hostile universe, but there are a lot of unresolved story',
        'points. In response to these mysteries, the article will provide a healthy amount of',
        'speculation about what happened.',
      ].join('\n'),
    )
    expect(blocks(document).map(([type]) => type)).toEqual(['paragraph', 'paragraph'])
    expect(blocks(document)[0]?.[1]).toContain('Metroid universe – with speculation')
  })

  it('joins a standfirst wrapped narrower than the body where a line stops on "for" or "the"', () => {
    const standfirst = [
      'Leaders meeting in Brussels also discussed a new aid package for',
      'Ukraine worth 50 billion euros and the use of frozen assets',
    ]
    const document = parse(
      [
        'EU agrees to extend sanctions on Russia for another six months',
        '',
        ...standfirst,
        '',
        'By Jane Doe',
        '',
        'BRUSSELS, March 3 (Reuters) - European Union leaders agreed on Thursday to',
        'extend economic sanctions on Russia for another six months, diplomats said, as',
        'the bloc sought to keep up pressure on Moscow over its war in Ukraine.',
        '',
        'The decision was taken at a summit in Brussels, where leaders also discussed',
        'how to use frozen Russian assets to help rebuild the country after the war',
        'ends.',
        '',
        '"We will stand by Ukraine for as long as it takes," European Commission',
        'President Ursula von der Leyen told reporters after the meeting, adding that',
        'the bloc would not be divided.',
      ].join('\n'),
    )
    expect(document.meta.standfirst).toBe(standfirst.join(' '))
    expect(blocks(document).map(([type]) => type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
  })

  it('keeps the last word of a sentence on a line of its own, however often it comes', () => {
    const paragraph = (n: number): string[] => [
      ` In paragraph ${n} the utility switched most of its manhole covers to vented ones, Mr. McHugh`,
      'said.',
    ]
    const document = parse(['Manholes', '', ...[1, 2, 3, 4].flatMap(paragraph)].join('\n'))
    expect(document.boilerplate).toEqual([])
    expect(blocks(document).map(([, text]) => text.slice(-16))).toEqual(
      Array(4).fill('Mr. McHugh said.'),
    )
  })

  it('joins the lines of a short wrapped copy that break before a capitalised word', () => {
    const document = parse(
      [
        'Dress stolen',
        '',
        " Lupita Nyong'o's now-famous Oscar dress, adorned in pearls, was stolen right out of her",
        'hotel room, TMZ has learned.',
        " Law enforcement sources tell TMZ the dress was taken out of Lupita's room at The London",
        "West Hollywood. The dress is made of pearls, 6,000 white Akoya pearls. It's valued at",
        '$150,000.',
        ' Our sources say Lupita told cops it was taken from her room sometime between 8 AM and 9 PM',
        'Wednesday while she was gone.',
        " Sheriff's deputies were at The London on Thursday morning. We know they were in",
        "the manager's office and we're told they have looked at security footage to see if they",
        'can identify the culprit.',
      ].join('\n'),
    )
    expect(blocks(document).map(([, text]) => text)).toEqual([
      expect.stringMatching(/ her hotel room, TMZ has learned\.$/u),
      expect.stringMatching(/ at The London West Hollywood\. .* valued at \$150,000\.$/u),
      expect.stringMatching(/ 9 PM Wednesday while she was gone\.$/u),
      expect.stringMatching(/ if they can identify the culprit\.$/u),
    ])
  })

  it('joins a word whose parts are words too, or a weekday, and keeps a name broken before a capital', () => {
    const document = parse(
      [
        'Talks',
        '',
        ' The talks will continue at least until Thurs-',
        'day, officials said, and the esti-',
        'mate of the cost was revised per-',
        'fectly in line with the plan that was agreed on Monday, said Noa Ben-',
        'David, whose brother was taken, in a statement that ran long.',
        ' The committee met again on Tuesday to review the figures, which were published by the',
        'statistics office earlier in the week and showed a sharp fall in output across the region,',
        'the third in a row, and a rise in the prices of food and fuel in the towns of the north.',
      ].join('\n'),
    )
    expect(blocks(document).map(([, text]) => text.slice(0, 48))).toEqual([
      'The talks will continue at least until Thursday,',
      'The committee met again on Tuesday to review the',
    ])
    expect(blocks(document)[0]?.[1]).toContain(
      'the estimate of the cost was revised perfectly in line',
    )
    expect(blocks(document)[0]?.[1]).toContain('said Noa Ben-David, whose brother')
  })

  it('joins a word broken after a syllable that is no word, though the rest is one, and keeps compounds', () => {
    const document = parse(
      [
        'Strike',
        '',
        ' The patients on the ward were venti-',
        'lated overnight and their chemo-',
        'therapy was cancelled, as the row kept esca-',
        'lating and law en-',
        'forcement arrived; the un-',
        'certainties remain, the journal Nature As-',
        'tronomy said of the long-',
        'range missile, the counter-',
        'offensive and the fan-',
        'artwork, which the re-',
        'elected mayor had shown to every visitor who came in the morning.',
      ].join('\n'),
    )
    const text = blocks(document)[0]?.[1]
    for (const word of ['ventilated', 'chemotherapy', 'escalating', 'enforcement'])
      expect(text).toContain(word)
    for (const word of ['uncertainties', 'Nature Astronomy', 'long-range', 'counter-offensive'])
      expect(text).toContain(word)
    expect(text).toContain('fan-artwork')
    expect(text).toContain('re-elected')
  })

  it('joins a word whose parts make an inflection of an inflection ("flat-" + "tered")', () => {
    const document = parse(
      [
        'Outlook',
        '',
        ' Front-loading of shipments ahead of the tariffs flat-',
        'tered the data, and the medium-',
        'term outlook for private-',
        'sector investment stayed weak, the fund said in its report on Tuesday.',
      ].join('\n'),
    )
    const text = blocks(document)[0]?.[1]
    for (const word of ['flattered', 'medium-term', 'private-sector']) expect(text).toContain(word)
  })

  it('joins a compound’s first part that opens a whole word or a people’s name ("Euro-" + "pean")', () => {
    const document = parse(
      [
        'Inquiry',
        '',
        ' The Federal Trade Commission and the Euro-',
        'pean Commission studied the eco-',
        'nomic case, with Euro-',
        'Atlantic allies and an anti-',
        'war group watching closely from the start of the inquiry in the spring.',
      ].join('\n'),
    )
    const text = blocks(document)[0]?.[1]
    for (const word of ['European Commission', 'economic', 'Euro-Atlantic', 'anti-war'])
      expect(text).toContain(word)
    // (A compound before a capital, though the parts spell a common word: "ex-" + "Port Vale".)
    const signed = parse(
      'Transfer\n\n The club signed the ex-\nPort Vale striker on a free transfer after a long trial at the club.\n',
    )
    expect(blocks(signed)[0]?.[1]).toContain('ex-Port Vale')
  })

  it('keeps the hyphen after a letter, a combining form or a short word the lists lack', () => {
    const document = parse(
      [
        'Council',
        '',
        ' The council met late into the night to argue over the plan for the town centre and the',
        'driver made a u-',
        'turn before officers could de-',
        'escalate the standoff near the eco-',
        'friendly hall, where an x-',
        'rated film and a tip-',
        'top show were on in the evening for all the people of the town and the villages near it.',
      ].join('\n'),
    )
    const text = blocks(document)[0]?.[1]
    for (const word of ['u-turn', 'de-escalate', 'eco-friendly', 'x-rated', 'tip-top'])
      expect(text).toContain(word)
  })

  it('keeps a line-end hyphen before a number without a space: "mid-" and "1960s"', () => {
    const document = parse(
      [
        'Chaos',
        '',
        ' Today, chaos theory is part of the scientific repertoire, and a study published just last',
        'month found that the limit of prediction is about two weeks, as Lorenz had suggested a cap',
        'of the same length to the forecasts of weather, in a paper he wrote in Boston in the mid-',
        '1960s, and others agreed with him, as the study found for the forecasts of the present day',
        'as well.',
      ].join('\n'),
    )
    expect(blocks(document)[0]?.[1]).toContain('in the mid-1960s, and')
  })

  it('joins a word broken where neither part is a word, and keeps a compound a name opens', () => {
    const document = parse(
      [
        'Approval',
        '',
        ' The drug would be avai-',
        'lable in Rochester, Min-',
        'nesota, said Dr. Teresa Bura-',
        'cchio, who heads the office. Its competit-',
        'ors in Russian-',
        'occupied areas and Iran-',
        'aligned groups, the long-',
        'range plan and the Kremlin-',
        'backed party were noted.',
      ].join('\n'),
    )
    const text = blocks(document)[0]?.[1]
    for (const word of ['available', 'Minnesota', 'Buracchio', 'competitors'])
      expect(text).toContain(` ${word}`)
    for (const compound of ['Russian-occupied', 'Iran-aligned', 'long-range', 'Kremlin-backed'])
      expect(text).toContain(` ${compound} `)
  })

  it('does not take a web copy whose headlines end without a full stop for a wrapped one', () => {
    const lines = [
      'House leaders promise a vote on the Senate budget plan next week',
      'The leaders said the vote would come before the recess.',
      'Governors meet in Denver to talk about water rights in the west',
      'The meeting drew governors from seven states.',
      'Court hears arguments over the new maps drawn by the legislature',
      'The justices asked few questions.',
      'Union workers at the plant vote to accept the three year contract',
      'The vote was close.',
    ]
    const document = parse(['Briefing', '', ...lines].join('\n'))
    expect(document.meta.standfirst).toBe(lines[0])
    expect(blocks(document).map(([type]) => type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ])
  })

  it('keeps a repeated line that closes a bracket the line above left open ("[MP3 / SP]")', () => {
    const paragraph = (n: number): string[] => [
      ` Paragraph ${n} tells how the soldiers of the expedition battled the creatures as they`,
      'swarmed the ship, watching their kin die around them, in a desperate mission to buy',
      'what little time they had left before the planet took them all, one by one. [MP3',
      'SP]',
    ]
    const document = parse(['Story', '', ...[1, 2, 3].flatMap(paragraph)].join('\n'))
    expect(document.boilerplate).toEqual([])
    // The first paragraph stands first; each ends with its bracket closed.
    const texts = [document.meta.standfirst ?? '', ...blocks(document).map(([, text]) => text)]
    expect(texts.map((text) => text.slice(-8))).toEqual(Array(3).fill('[MP3 SP]'))
  })

  it('takes a footer repeated under pages that end a sentence for page furniture', () => {
    const page = (n: number): string[] => [
      ` Paragraph ${n} of the story runs on as a long line of wrapped text that goes on and`,
      'on for a while, as the lines of a page do, until it ends after ten',
      'years.',
      'politico.com',
      '',
    ]
    const document = parse(['Story', '', ...[1, 2, 3].flatMap(page)].join('\n'))
    expect(document.boilerplate.map((b) => [b.kind, b.value])).toEqual(
      Array(3).fill(['pageFurniture', 'politico.com']),
    )
  })

  it('takes a running head set out in columns with its page number, or its date, for furniture', () => {
    const gap = ' '.repeat(30)
    const text = [
      `THE HARBOUR GAZETTE${gap}Monday, 6 March 2023`,
      '',
      'Port expansion wins approval',
      '',
      'The regional planning board voted on Friday to approve the expansion of the port,',
      'ending a two-year review that drew thousands of public comments.',
      '',
      `THE HARBOUR GAZETTE${gap}Page 2`,
      '',
      'Construction is expected to begin in early 2024, the board said.',
    ].join('\n')
    const document = parse(text)
    expect(document.meta.title).toBe('Port expansion wins approval')
    expect(document.meta.publishedAt).toBe('2023-03-06')
    expect(document.boilerplate.map((b) => b.kind)).toEqual(['pageFurniture', 'pageFurniture'])
    expect(document.children).toHaveLength(2)
  })

  it('takes a page number between dashes for furniture, and joins a sentence a page turn cuts before a name', () => {
    const number = (n: number): string[] => ['', `${' '.repeat(33)}- ${n} -`, '']
    const document = parse(
      [
        'Strike',
        '',
        '   The nurses said the strike would go ahead unless the trust agreed to the',
        'new pay bands for the staff of every ward, and the talks went on all day in',
        'the offices of the trust as the union waited to hear the result in',
        ...number(1),
        'Manchester. The union said it would ballot its members at two other trusts',
        'in the region next month, and that more strikes were likely in the spring.',
        '   Managers at the trust said the offer was fair and that they were ready to',
        'talk again at any time, though they had heard nothing from the union since',
        ...number(2),
        '   The strike ends on Thursday, when the nurses will go back to their wards',
        'after two days on the picket lines in the cold and the rain of the city.',
        ...number(3),
      ].join('\n'),
    )
    expect(document.boilerplate.map((b) => b.value)).toEqual(['- 1 -', '- 2 -', '- 3 -'])
    const texts = blocks(document).map(([, text]) => text)
    expect(texts).toHaveLength(3)
    expect(texts[0]).toMatch(/result in Manchester\. The union said/u)
    expect(texts[1]).toMatch(/heard nothing from the union since$/u)
    expect(texts[2]).toMatch(/^The strike ends on Thursday/u)
  })

  it('keeps a paragraph apart after a page turn when its first line is set in by tabs', () => {
    const wrap = (text: string, width = 60): string[] => {
      const lines: string[] = []
      let line = ''
      for (const word of text.split(' ')) {
        if (line && `${line} ${word}`.length > width) {
          lines.push(line)
          line = word
        } else line = line ? `${line} ${word}` : word
      }
      return [...lines, line]
    }
    const story =
      'The council met late on Monday to argue over the plan for the town centre, which would close two roads and move the market to the old bus station by the river, and residents said they had not been asked about any of it before the vote was called.'
    const set = (first: string, lines: readonly string[]): string[] =>
      lines.map((line, i) => `${i === 0 ? first : '    '}${line}`)
    const body = (first: string): string =>
      [
        ...[0, 1, 2, 3].flatMap(() => set(first, wrap(story))),
        // Cut by the page turn after a full line that ends no sentence.
        ...set(first, wrap(story).slice(0, 3)),
        '',
        '- 2 -',
        '',
        ...set(
          first,
          wrap(
            'Residents gathered outside the hall on Tuesday to protest against the plan and the way it had been pushed through.',
          ),
        ),
      ].join('\n')
    for (const first of ['        ', '\t\t']) {
      const texts = blocks(parse(`Vote\n\n${body(first)}\n`)).map(([, text]) => text)
      expect(texts.at(-1)).toMatch(/^Residents gathered/u)
    }
  })

  it('keeps the rows of a table of two columns, which name no page', () => {
    const gap = '      '
    const text = `League ends\n\nThe final standings:\n\nArsenal${gap}89\nMan City${gap}86\nLiverpool${gap}75\n\nThe club celebrated on Sunday.\n`
    expect(parse(text).boilerplate).toEqual([])
  })
})

describe('a line wrapped by hand short of the next word', () => {
  it('goes on when it is long and holds a clause’s comma, not a crosshead', () => {
    const document = parse(
      [
        'Judge hears chief in antitrust trial',
        '',
        'WASHINGTON, Oct 14 (Reuters) - The chief executive of Meridian',
        "Technologies Inc told a federal judge on Tuesday that the company's apps",
        'marketplace faced fierce, daily competition, pushing back against',
        'claims that it illegally monopolised mobile software distribution.',
        '',
        'The Justice Department sued Meridian in March 2023, alleging the',
        'company used exclusive contracts with phone makers and a 30% commission,',
        'on in-app purchases to shut out rivals. The government is asking the',
        'court to order Meridian to open its platform to competing stores.',
        '',
        'Under cross-examination, Justice Department trial attorney David',
        'Okafor confronted Whitcomb with a 2019 internal email in which the',
        'executive wrote that a rival store was a small problem.',
        '',
        'Economist to testify',
        '',
        'The trial resumes on Wednesday with testimony from an economist.',
      ].join('\n'),
    )
    expect(blocks(document).map(([type]) => type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
    ])
    expect(blocks(document)[2]?.[1]).toMatch(/^Under cross-examination, .* attorney David Okafor /u)
  })
})

describe('a compound and furniture a review of a court report copied from a PDF found misread', () => {
  it('keeps "drink-driving" whole, and a running head in three columns out of the body', () => {
    const doc = parse(
      'Driver banned\n\nA man pleaded guilty to drink-\ndriving after a crash. He was a heavy drink-\ner, the court heard.\n\nWYRE FOREST COURIER                Monday, March 3, 2025                 7\n\nHe was banned for two years.\n\nTo contact the reporter on this story: Jane Doe at jdoe@example.com\n',
    )
    expect(doc.children.map((block) => toString(block))).toEqual([
      'A man pleaded guilty to drink-driving after a crash. He was a heavy drinker, the court heard.',
      'He was banned for two years.',
    ])
    expect(doc.boilerplate.map((block) => block.kind)).toEqual(['pageFurniture', 'credits'])
  })
})

describe('wrapped lines a review of an inquiry report found split', () => {
  it('joins a line that opens with a figure to a full line before it that stops mid-sentence', () => {
    const document = parse(
      'Inquiry report\n\nThe report was published on Thursday after a long delay.\n\nThe inquiry, led by the senior midwife Dame Patricia Okafor, examined\n312 cases between 2017 and 2024.\n\nThe report was published on Thursday.\n',
    )
    expect(blocks(document)).toEqual([
      ['paragraph', 'The report was published on Thursday after a long delay.'],
      [
        'paragraph',
        'The inquiry, led by the senior midwife Dame Patricia Okafor, examined 312 cases between 2017 and 2024.',
      ],
      ['paragraph', 'The report was published on Thursday.'],
    ])
    // (Not after a short line, a crosshead's: "Casualties" + "312 people died".)
    const crosshead = parse(
      'Storm\n\nThe storm hit on Monday.\n\nCasualties\n312 people died in the floods.\n',
    )
    expect(blocks(crosshead).map(([type]) => type)).toEqual(['paragraph', 'heading', 'paragraph'])
  })

  it('joins a line after one that ends in a quoted word, which ends no sentence', () => {
    const document = parse(
      'Inquiry report\n\nThe coroner issued a report at the time, warning that the trust had\nfailed and that there was "no reliable system"\nfor escalating abnormal readings.\n\nThe trust said it would respond.\n',
    )
    expect(blocks(document)).toEqual([
      [
        'paragraph',
        'The coroner issued a report at the time, warning that the trust had failed and that there was "no reliable system" for escalating abnormal readings.',
      ],
      ['paragraph', 'The trust said it would respond.'],
    ])
  })

  it('joins a line after one that ends in a quotation closed after its comma, which ends no sentence', () => {
    const document = parse(
      'Trial\n\nOkonjo pressed her on a slide deck presented to the board. The executive\nsaid she had not written the slide and did not recall seeing it at all.\n\nShe was asked about the slide. "I cannot speak to every word an analyst put,"\nshe said. "That is not my job."\n',
    )
    expect(blocks(document)[1]).toEqual([
      'paragraph',
      'She was asked about the slide. "I cannot speak to every word an analyst put," she said. "That is not my job."',
    ])
    expect(document.quotes[0]?.cue?.text).toBe('said')
  })

  it('joins a wrapped line that opens with a number and a full stop to the full line before, no list', () => {
    const document = parse(
      'Breach at Northway\n\n    The company said no full credit card numbers, passwords or\npharmacy health records were accessed. It has offered affected\ncustomers two years of free credit monitoring through Equifax\nCanada.\n    Northway\'s chief executive, Douglas Farrow, declined an\ninterview request. In a short video posted on Tuesday, he said the\ncompany "fell short" of its own standards and promised a full\nreview. "You trusted us with your information," Mr. Farrow said. "We\ndid not protect it well enough, and I am sorry."\n    Aaron Kessler, who studies ransomware groups at the University\nof Waterloo\'s Cybersecurity and Privacy Institute, said the attack\nbore the hallmarks of a gang that has targeted retailers in the\nUnited States and Britain since last fall.\n    According to Dr. Kessler, the attackers appear to have been\ninside Northway\'s network from as early as Jan. 27, meaning they had\nroughly three weeks to copy data before the company noticed on Feb.\n19. He said that a sample of the stolen records had been posted on a\nleak site on Monday, along with a demand for payment in\ncryptocurrency.\n    "Contractor access is the soft underbelly of almost every big\ncompany," he said. "You can have the best security in the world for\nyour own staff, and then one vendor with a reused password opens the\nfront door."\n',
    )
    expect(blocks(document).map(([type]) => type)).toEqual(Array(5).fill('paragraph'))
    expect(blocks(document)[3]?.[1]).toContain(
      'the company noticed on Feb. 19. He said that a sample',
    )
  })
})

describe('a headline over its deck, in a copy wrapped as wide', () => {
  /** A byline and a body wrapped at 74 columns, after the two lines `head`. */
  const copy = (...head: string[]): string =>
    [
      ...head,
      '',
      'By Rachel Dunmore',
      '',
      '   SAN FRANCISCO, Oct. 8 (AP) — Brightlane Inc., the maker of the popular',
      'Nestly smart-home app, said Thursday that hackers had stolen the names,',
      'home addresses and device logs of about 41 million customers, three weeks',
      'after an independent security researcher warned the company that a',
      'database was sitting open on the internet.',
      '',
    ].join('\n')

  it('ends at its own line when it is in sentence case and the deck opens with a capital', () => {
    const document = parse(
      copy(
        'Nestly parent admits breach exposed data of 41 million smart-home users',
        'FTC opens inquiry; California attorney general demands answers by Oct. 31',
      ),
    )
    expect(document.meta.title).toBe(
      'Nestly parent admits breach exposed data of 41 million smart-home users',
    )
    expect(document.meta.standfirst).toBe(
      'FTC opens inquiry; California attorney general demands answers by Oct. 31',
    )
    // (A headline in capitals, or one that stops on a word no headline ends on, goes on.)
    const titled = parse(
      copy(
        'Nestly Parent Admits Breach Exposed Data Of 41 Million Smart-Home Users',
        'After Warning',
      ),
    )
    expect(titled.meta.title).toBe(
      'Nestly Parent Admits Breach Exposed Data Of 41 Million Smart-Home Users After Warning',
    )
  })
})
