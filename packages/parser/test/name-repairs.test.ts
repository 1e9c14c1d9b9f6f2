/**
 * Names the tagger gets wrong in ways that cost a quote its speaker, and the
 * rules of the entity stage that mend them: a surname that is also a title
 * ("Mr. King"), and the other shapes tested below.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findNames, type NameInput } from '../src/entities/names.js'
import { parse } from '../src/index.js'

/** "text:kind" of every name found in `values` (a headline "x" goes first). */
function names(...values: string[]): string[] {
  const texts: NameInput[] = ['x', ...values].map((value, i) => ({ value, headline: i === 0 }))
  return findNames(texts).flatMap((spans, i) =>
    spans.map(
      (span) => `${(['x', ...values][i] as string).slice(span.start, span.end)}:${span.kind}`,
    ),
  )
}

describe('a surname that is also a title', () => {
  it('reads the word after a form of address as a surname', () => {
    expect(names('“It is over,” Mr. King said.')).toEqual(['King:person'])
    expect(names('Mr. Prince said the company had no comment.')).toEqual(['Prince:person'])
  })

  it('still reads an office after a form of address as the office', () => {
    expect(names('Mr. President, the vote was fair.')).toEqual([])
  })

  it('reads a title word after a first name as a surname', () => {
    expect(names('Tennis great Billie Jean King remembered him.')).toContain(
      'Billie Jean King:person',
    )
    expect(names('European Commission President Ursula von der Leyen spoke.')).toContain(
      'Ursula von der Leyen:person',
    )
  })
})

describe('a surname after a particle', () => {
  it('joins the surname the tagger read apart to the first name before its particle', () => {
    expect(names('The raid that killed Osama bin Laden was planned for months.')).toContain(
      'Osama bin Laden:person',
    )
  })

  it('keeps the particles of a surname alone when the text names the person in full', () => {
    const text =
      'Brussels\n\nEuropean Commission President Ursula von der Leyen visited Kyiv.\n\n' +
      '“We stand with Ukraine,” von der Leyen said. Von der Leyen later flew home.\n'
    const doc = parse(text)
    const person = doc.entities.find((entity) => entity.name === 'Ursula von der Leyen')
    expect(person?.mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual([
      'Ursula von der Leyen',
      'von der Leyen',
      'Von der Leyen',
    ])
    expect(doc.entities.filter((entity) => entity.kind === 'person')).toHaveLength(1)
    expect(doc.quotes[0]?.speaker).toBe(person?.id)
  })

  it('leaves a particle before a surname the text never names with it', () => {
    expect(names('He met Ursula von der Leyen.', 'He visited der Leyen.')).toContain('Leyen:person')
  })
})

describe('a paragraph full of names', () => {
  it('is not read as title case when it writes a common word in lower case', () => {
    const found = names(
      'MEXICO CITY, Feb. 8 (UPI) — Count former Mexican President Felipe Calderon among Donald Trump’s detractors.',
      '“We are not going to pay,” Calderon told CNBC. Trump did not answer.',
    )
    expect(found).toContain('Felipe Calderon:person')
    expect(found).toContain('Donald Trump:person')
  })
})

describe('organisation names', () => {
  it('carries a name over "of", "for" and "and" to the end of its complement', () => {
    expect(
      names(
        'A report issued over the summer by the Organization for Economic Cooperation and Development noted that more than a fifth of Europe’s immigrants were unemployed.',
      ),
    ).toContain('Organization for Economic Cooperation and Development:organization')
    expect(
      names(
        'Unions backed Hillary Clinton, with the American Federation of Teachers calling her “the champion working families need.”',
      ),
    ).toContain('American Federation of Teachers:organization')
    expect(
      names('The Brennan Center for Justice noted that spending on ads had tripled.'),
    ).toContain('Brennan Center for Justice:organization')
    expect(
      names('Kathryn Wylde, president of the Partnership for New York City, said so.'),
    ).toContain('Partnership for New York City:organization')
    // A body's name that the document's acronym spells out, cut short by the tagger.
    const who = parse(
      [
        'WHO declares mpox outbreak a global health emergency for second time',
        'LONDON, Aug 14 (Reuters) - The World Health Organization declared mpox a public health emergency of international concern on Wednesday, its highest form of alert, after an outbreak of a new strain spread from the Democratic Republic of Congo to neighbouring countries.',
        'Dimie Ogoina, who chairs the WHO committee, said the situation was "an emergency, not only for Africa, but for the entire world."',
      ].join('\n\n'),
    ).entities.map((found) => `${found.name}:${found.kind}`)
    expect(who).toContain('World Health Organization:organization')
    expect(who).not.toContain('Health Organization:organization')
    // Heads in the plural, and not over an officer named after the body.
    expect(
      names('The Africa Centres for Disease Control and Prevention declared an emergency.'),
    ).toEqual(['Africa Centres for Disease Control and Prevention:organization'])
    expect(
      names('Centers for Disease Control Director Thomas Frieden warned of the virus.'),
    ).toContain('Thomas Frieden:person')
    // A body's name the tagger passed over, or cut short.
    expect(
      names('Office of Management and Budget Director Russell Vought said the plan was ready.'),
    ).toEqual(['Office of Management and Budget:organization', 'Russell Vought:person'])
    expect(names("Turnout topped 2 million, according to the city's Board of Elections.")).toEqual([
      'Board of Elections:organization',
    ])
    expect(
      names('He criticised the Academy of Motion Picture Arts and Sciences on Monday.'),
    ).toEqual(['Academy of Motion Picture Arts and Sciences:organization'])
    expect(names('A study by the University of Zurich and Gordon Hanson found so.')).toEqual([
      'University of Zurich:organization',
      'Gordon Hanson:person',
    ])
    expect(names('He spoke to the Department of the Treasury on Friday.')).toEqual([
      'Department of the Treasury:organization',
    ])
  })

  it('does not carry a name over a complement that names someone else', () => {
    const found = names(
      'Exit polls conducted by Edison Research for the Associated Press show a lead.',
    )
    expect(found).toContain('Associated Press:organization')
    expect(found.some((name) => name.startsWith('Edison Research for'))).toBe(false)
  })

  it('makes a name an organisation by its head', () => {
    expect(names('Several Indiana GOP insiders said the U.S. Senate would not act.')).toEqual([
      'Indiana GOP:organization',
      'U.S. Senate:organization',
    ])
    expect(names('Photo by Scott Olson via Getty Images.')).toContain('Getty Images:organization')
    expect(
      names('Workers walked off the job in mid-April, according to the Labor Department.'),
    ).toContain('Labor Department:organization')
  })

  it('makes a party an organisation where the tagger read it as an other name', () => {
    const parties = parse(
      polnearTrain('huff-post_2016-04-27_bernie-sanders-suffered-a-big-bl.txt'),
    ).entities.filter((entity) => entity.name.endsWith('Party'))
    expect(parties.map((entity) => [entity.name, entity.kind])).toEqual([
      ['Democratic Party', 'organization'],
    ])
  })

  it('makes the maker of an average of polls an organisation, not a market index', () => {
    expect(
      names(
        'Clinton leads Sanders in California by about 6 points, according to a RealClearPolitics average of recent polls.',
      ),
    ).toContain('RealClearPolitics:organization')
    expect(names('The Nikkei average fell 2 percent in Tokyo on Friday.')).not.toContain(
      'Nikkei:organization',
    )
  })

  it('makes a pollster an organisation, but not a party that a poll is of', () => {
    expect(names('She leads, according to a Quinnipiac poll conducted in February.')).toContain(
      'Quinnipiac:organization',
    )
    expect(names('She leads, according to a Democratic poll conducted in February.')).not.toContain(
      'Democratic:organization',
    )
  })

  it('makes an acronym with dots an organisation, unless it is a country or a state', () => {
    expect(names('The plane seats 11, according to F.A.A. records.')).toContain(
      'F.A.A.:organization',
    )
    expect(names('At a rally in Portsmouth, N.H., on Tuesday, he spoke.')).toContain('N.H.:place')
  })

  it('makes a name after a capital "The" inside a sentence a paper when it reports', () => {
    expect(
      names(
        'Gore’s decision was first reported by The Tennessean.',
        'The Tennessean first reported it.',
      ),
    ).toContain('Tennessean:organization')
    expect(names('He loved The Exorcist movie, he said.')).toEqual(['Exorcist:other'])
    expect(names('The Republican said he would run again next year.')).not.toContain(
      'Republican:organization',
    )
  })

  it('reads a paper that opens a sentence before a reporting verb', () => {
    expect(
      names(
        'His former boss’s wife will accept the nomination in Philadelphia.',
        'The Tennessean first reported Gore’s decision earlier Sunday.',
      ),
    ).toContain('Tennessean:organization')
  })
})

describe('words that open a sentence as discourse', () => {
  it('takes no interjection, connective or adverb opening a sentence for a name', () => {
    expect(
      names(
        'Moreover, the plan failed.',
        'Yes, he said, it was over.',
        '“Basically, Roger was going to do what Roger was going to do,” Mr. Axelrod said.',
        'Unfortunately, it rained.',
      ),
    ).toEqual(['Roger:person', 'Roger:person', 'Axelrod:person'])
  })

  it('keeps a first name in "-ly" that opens a sentence', () => {
    expect(names('Kelly, a lawyer, said so.')).toEqual(['Kelly:person'])
  })
})

describe('a name that ends in a person’s full name', () => {
  it('is that person', () => {
    const found = names(
      'RANGOON, Burma - Aung San Suu Kyi’s political allies on Monday predicted an overwhelming victory.',
      'That would be a triumph for Suu Kyi, who has been revered at home and worldwide.',
      'Appearing before cheering supporters Monday morning at NLD headquarters, Suu Kyi, 70, said it was too early.',
      'Suu Kyi’s fate is still unclear, but she said at a news conference last week that she would lead.',
    )
    expect(found).toContain('Aung San Suu Kyi:person')
    expect(found.filter((name) => name.startsWith('Suu Kyi'))).toEqual([
      'Suu Kyi:person',
      'Suu Kyi:person',
      'Suu Kyi:person',
    ])
  })
})

describe('a month that is a first name', () => {
  it('opens a person’s name before a surname', () => {
    expect(
      names(
        'April Mellody, a spokeswoman for the Democratic National Convention, said in a statement that the police would ensure the safety of all who attend.',
      ),
    ).toContain('April Mellody:person')
    expect(names('“Fine,” said June Smith.')).toContain('June Smith:person')
  })

  it('stays a date after a word that asks for one', () => {
    const found = names('Since May Clinton has led in every poll.')
    expect(found).toContain('Clinton:person')
    expect(found).not.toContain('May Clinton:person')
  })
})

describe('a place before a party word', () => {
  it('is the place, and the party word an other name', () => {
    expect(
      names(
        'Asked about taking a more forceful approach, the Florida Republican would only say that his lack of knowledge was worrying.',
      ),
    ).toEqual(['Florida:place', 'Republican:other'])
  })

  it('leaves a plural whole, as the party of that place', () => {
    expect(
      names(
        'Wyoming Republicans have once again decided they want to send a Cheney to Washington.',
      ),
    ).not.toContain('Wyoming:place')
  })
})

describe('a company the text names by its plant or its workers', () => {
  it('is an organisation', () => {
    expect(
      names('He visited the Carrier plant in Indianapolis, where Carrier employs 1,400 people.'),
    ).toEqual(['Carrier:organization', 'Indianapolis:place'])
    expect(
      names('Workers at the Tropicana plant in Bradenton were told on Monday that it would close.'),
    ).toContain('Tropicana:organization')
  })
})

describe('a well-known organisation', () => {
  it('is an organisation whatever the tagger made of it', () => {
    const found = names(
      'A 2010 YouTube video shows Hess talking about photography, and Facebook said it had removed the post.',
    )
    expect(found).toContain('Facebook:organization')
  })
})

describe('a well-known person', () => {
  it('is a person whatever the tagger made of the name', () => {
    // The tagger, trained on news of 1996, reads both as organisations here.
    expect(
      names('Barack Obama won the state in 2008 but lost it to Mitt Romney four years later.'),
    ).toEqual(['Barack Obama:person', 'Mitt Romney:person'])
  })
})

describe('a name that opens with a first name', () => {
  it('is a person when it has a middle initial', () => {
    expect(
      names(
        'Rudolph W. Giuliani, the former mayor of New York City who has become a close Trump adviser, has also urged the candidate to dig in.',
      ),
    ).toContain('Rudolph W. Giuliani:person')
  })

  it('is not a person without such evidence, nor with a connector', () => {
    expect(names('He sold his shares of Morgan Stanley last year.')).not.toContain(
      'Morgan Stanley:person',
    )
  })
})

describe('the subject of a reporting verb that opens a sentence', () => {
  it('is a person’s name', () => {
    expect(
      names(
        'He said he would have to win some states in March.',
        'Earhardt then asked Rubio which states specifically he could win.',
      ),
    ).toContain('Earhardt:person')
  })

  it('is a person’s name past a description set off by commas, not past a list', () => {
    expect(names('Berlin', 'Scholz, a Social Democrat, said the coalition had failed.')).toContain(
      'Scholz:person',
    )
    expect(names('Talks', 'Growth, the economy and jobs, analysts said, would suffer.')).toEqual([])
    // (A body's description says nothing of a person: "Revolut, the fintech, said".)
    expect(names('Banks', 'Revolut, the fintech, said it would expand.')).not.toContain(
      'Revolut:person',
    )
  })

  it('is no name when it is a common or a function word, a pronoun, or before a noun', () => {
    const found = names(
      'Nobody asked about the plan on Monday.',
      'Homegrown attacks rose sharply last year.',
      'I’ve said it before.',
    )
    expect(found).toEqual([])
  })
})

describe('a name whose surname the document gives a person', () => {
  it('is that person, even with a first name the gazetteer lacks', () => {
    const found = names(
      'And in the waning months of Barack Obama’s presidency, his allies are testing their muscle.',
      'For eight years, Mr. Obama’s presidency has muted ideological disagreements.',
      'The left has become more restive in Mr. Obama’s second term.',
    )
    expect(found).toContain('Barack Obama:person')
  })
})

describe('a full name the tagger typed otherwise, whose surname alone it typed a person', () => {
  it('is that person, with every mention of the surname', () => {
    // "Top Republican Party donor Sheldon Adelson said ...", then "Adelson" ten times, and
    // "Sheldon" twice in Trump's words ("Sheldon and I have been friends").
    const text = polnearTrain('breitbart_2015-12-20_republican-donor-adelson-and-tru.txt')
    const adelson = parse(text).entities.filter((entity) => entity.name.includes('Adelson'))
    expect(adelson.map((entity) => [entity.name, entity.kind])).toEqual([
      ['Sheldon Adelson', 'person'],
    ])
    expect(adelson[0]?.mentions.filter((mention) => mention.kind === 'name')).toHaveLength(13)
  })

  it('is not joined by a word alone when the full name is an institution or a known company', () => {
    const kindOf = (file: string, name: string): string | undefined =>
      parse(polnearTrain(file)).entities.find((entity) => entity.name === name)?.kind
    // "Vanderbilt University" once, then "University" alone, which the tagger typed a person.
    expect(
      kindOf('usa-today_2016-05-09_crippling-college-debt-changes-h.txt', 'Vanderbilt University'),
    ).toBe('organization')
    const bank = parse(
      'Banks\n\nGoldman Sachs paid Hillary Clinton for three speeches. Sachs said it was routine, and Sachs added that Sachs would not comment.\n',
    ).entities
    expect(bank.find((entity) => entity.name === 'Goldman Sachs')?.kind).toBe('organization')
  })
})

/** The text of a PolNeAR train article. */
function polnearTrain(file: string): string {
  return readFileSync(
    new URL(`../../../../shared/corpus/polnear/train/text/${file}`, import.meta.url),
    'utf8',
  )
}

describe('a word alone that opens one organisation’s name', () => {
  it('is the short name of that organisation ("Fox" and "Fox News")', () => {
    const doc = parse(
      [
        'Ratings',
        'The cable networks, MSNBC, CNN and Fox News, all stuck with Trump.',
        'But Fox did not replay the speech, and a pollster told Fox that he saw a change.',
      ].join('\n\n'),
    )
    const fox = doc.entities.filter((entity) => entity.name.startsWith('Fox'))
    expect(fox.map((entity) => [entity.name, entity.kind, entity.mentions.length])).toEqual([
      ['Fox News', 'organization', 3],
    ])
  })

  it('is not when it names a person, an organisation of its own, or two names run together', () => {
    const entities = (text: string) =>
      parse(`Votes\n\n${text}\n`).entities.map((entity) => [entity.name, entity.kind])
    // The tagger is sure enough that "Clinton" is a person.
    expect(
      entities('The Clinton Foundation raised money. Critics of Clinton said it was wrong.'),
    ).toContainEqual(['Clinton', 'person'])
    // A well-known organisation, a head of organisations' names, a chamber: each its own.
    expect(entities('Microsoft said profit rose. Microsoft Research published a paper.')).toEqual([
      ['Microsoft', 'organization'],
      ['Microsoft Research', 'organization'],
    ])
    expect(entities('He told the Post. The Post Office closed.')).toContainEqual([
      'Post',
      'organization',
    ])
    expect(entities('The House voted. The House Education Committee met.')).toContainEqual([
      'House',
      'organization',
    ])
    expect(entities('Allergan and Pfizer signed, and Allergan said so.')).toContainEqual([
      'Allergan',
      'organization',
    ])
  })
})

describe('an indefinite article', () => {
  it('opens no name', () => {
    const found = names(
      'Israel coordinates in intelligence and military affairs with Egypt.  An Egyptian textbook just published for 9th graders explains “the advantages of peace for Egypt and the Arab states“ with Israel.',
    )
    expect(found.some((name) => name.startsWith('An '))).toBe(false)
  })
})

describe('a description set off after a name', () => {
  it('says the name is an organisation’s or a person’s', () => {
    expect(names('UNHCR, the UN refugee agency, said it was concerned.')).toContain(
      'UNHCR:organization',
    )
    expect(names('Mr. Meyer runs L.H. Meyer, a research firm, in Washington.')).toContain(
      'L.H. Meyer:organization',
    )
  })

  it('says nothing of a person the text names in full ("According to Earnest, the administration,")', () => {
    const found = names(
      'White House spokesman Josh Earnest spoke on Monday.',
      'According to Earnest, the administration, which has pushed for a deal, remains hopeful.',
    )
    expect(found).not.toContain('Earnest:organization')
  })

  it('says nothing when no comma or full stop closes it', () => {
    const found = names(
      'As reported by Western Journalism, the former secretary of state was made aware of the rules.',
    )
    expect(found).not.toContain('Western Journalism:person')
  })
})

describe('a name before a role and a person’s name', () => {
  it('is the employer, an organisation ("Wedbush analyst Dan Ives")', () => {
    expect(names('"Demand is slow," said Wedbush analyst Dan Ives.')).toEqual([
      'Wedbush:organization',
      'Dan Ives:person',
    ])
  })

  it('is not a lawyer’s client ("Gaetz attorney Marc Mukasey")', () => {
    expect(names('Gaetz attorney Marc Mukasey said the claims were false.')).not.toContain(
      'Gaetz:organization',
    )
  })

  it('is still a person the text names in full ("McConnell spokesman Don Stewart")', () => {
    const found = names(
      'Mitch McConnell spoke on Monday.',
      'McConnell spokesman Don Stewart said the vote would wait.',
    )
    expect(found).not.toContain('McConnell:organization')
  })
})

describe('an acronym alone', () => {
  const entities = (text: string) =>
    parse(text).entities.map((entity) => `${entity.name}:${entity.mentions.length}`)

  it('joins a longer name only by its initials or as its last word, not as its first', () => {
    expect(
      entities(
        'Syria\n\nThe U.N. Security Council met on Monday. The U.N. said aid was needed. The U.N. will send food.\n',
      ),
    ).toEqual(expect.arrayContaining(['U.N. Security Council:1', 'U.N.:2']))
    expect(
      entities(
        'Campaign\n\nThe Indiana GOP met on Monday. The GOP nominee spoke. GOP leaders agreed.\n',
      ),
    ).toEqual(expect.arrayContaining(['Indiana GOP:1', 'GOP:2']))
    expect(
      entities(
        'Ads\n\nHouse Majority PAC spent $10 million on ads. The PAC, which backs Democrats, said it would spend more.\n',
      ),
    ).toContain('House Majority PAC:2')
  })

  it('is not a word of a headline in capitals ("SENATE" beside "Senate Democrats")', () => {
    const found = entities(
      'SENATE PASSES CLIMATE BILL\n\nSenate Democrats passed the bill. The Senate adjourned.\n',
    )
    expect(found).toEqual(expect.arrayContaining(['Senate:2', 'Senate Democrats:1']))
  })
})

describe('a headline in capitals', () => {
  it('gives the body’s name whole where the tagger cut it ("NEW" / "HAMPSHIRE PRIMARY")', () => {
    const doc = parse(
      'NEW HAMPSHIRE PRIMARY // GAME ON\n\nVoters in New Hampshire go to the polls. New Hampshire has a history of surprises.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.mentions.map((m) => m.text)])).toEqual(
      [['New Hampshire', ['NEW HAMPSHIRE', 'New Hampshire', 'New Hampshire']]],
    )
  })
})

describe('a building that bears its owner’s name', () => {
  it('is a place, and leaves the owner’s surname to the owner', () => {
    const found = names(
      'Donald J. Trump spoke to reporters at Trump Tower on Tuesday.',
      'Mr. Trump said the building was full.',
    )
    expect(found).toContain('Trump Tower:place')
    expect(found).toContain('Trump:person')
  })

  it('reads a person’s name before the head of an institution as the institution', () => {
    expect(
      names('She studied at George Washington University before she joined the campaign.'),
    ).toContain('George Washington University:organization')
  })
})

describe('nominal mentions', () => {
  it.each([
    ['The Associated Press reported the vote. The party said it would appeal.', []],
    [
      'The Supreme Court heard the case. The Associated Press reported it. The court said it would rule soon.',
      ['the court:Supreme Court'],
    ],
    ['The White House spoke. The campaign said it would appeal.', []],
    [
      'The vote was held by the Commission on Presidential Debates on Monday. The Associated Press saw it, and the Associated Press said so. The commission said it would act.',
      ['the commission:Commission on Presidential Debates'],
    ],
    [
      'The Obama White House spoke. The Obama administration said it would appeal.',
      ['the obama administration:Obama White House'],
    ],
    ['CNN aired the debate, and CNN said so. The Clinton organization said it was pleased.', []],
    // (Not the agency's: the nominal holds the group's name, one mention, the name.)
    [
      'The Associated Press reported it. The Islamic State group said it was behind the attack.',
      [],
    ],
    [
      'The European Central Bank held rates. The ECB cited a deal with the European Union. The bloc grew.',
      ['the bloc:European Union'],
    ],
    [
      'The Supreme Court ruled on Monday. The court said so. Lawyers at the Democracy Forward group did not respond.',
      ['the court:Supreme Court'],
    ],
  ])('gives a nominal only an organisation its head fits: %j', (text, expected) => {
    const doc = parse(`Vote\n\n${text}\n`)
    const nominals = doc.entities.flatMap((entity) =>
      entity.mentions
        .filter((mention) => mention.kind === 'nominal')
        .map((mention) => `${mention.text.toLowerCase()}:${entity.name}`),
    )
    expect(nominals).toEqual(expected)
  })

  it.each([
    [
      'The prime minister spoke at a Downing Street press conference. The UN refugee agency, UNHCR, said it was concerned.',
      'the un refugee agency:UNHCR',
    ],
    [
      'The prime minister spoke at a Downing Street press conference. Shares of Pfizer, the drug company, fell.',
      'the drug company:Pfizer',
    ],
    [
      'Rishi Sunak spoke on Monday. The home secretary, Suella Braverman, told MPs the bill was lawful.',
      'the home secretary:Suella Braverman',
    ],
    [
      'Rishi Sunak spoke on Monday. Suella Braverman, the home secretary, told MPs the bill was lawful.',
      'the home secretary:Suella Braverman',
    ],
    [
      'Gilad Shalit was held for five years by the militant group Hamas in Gaza.',
      'the militant group:Hamas',
    ],
  ])('is the name set off beside it: %j', (text, expected) => {
    const doc = parse(`Vote\n\n${text}\n`)
    const nominals = doc.entities.flatMap((entity) =>
      entity.mentions
        .filter((mention) => mention.kind === 'nominal')
        .map((mention) => `${mention.text.toLowerCase()}:${entity.name}`),
    )
    expect(nominals).toContain(expected)
  })

  it('is no one else when the name set off beside it is not of its kind', () => {
    const doc = parse(
      'Vote\n\nThe prime minister spoke at a Downing Street press conference. UNHCR, the UN refugee agency, said it was concerned.\n',
    )
    const street = doc.entities.find((entity) => entity.name === 'Downing Street')
    expect(street?.mentions.map((mention) => mention.text)).toEqual(['Downing Street'])
  })

  it('is not the agency of a dateline, which credits the story', () => {
    const doc = parse(
      'Fed\n\nWASHINGTON (AP) — The Federal Reserve raised its key rate on Wednesday. The central bank said more increases could follow.\n',
    )
    const fed = doc.entities.find((entity) => entity.name === 'Federal Reserve')
    expect(fed?.mentions.map((mention) => mention.text)).toContain('The central bank')
  })

  it('reads no nominal across a full stop', () => {
    const doc = parse(
      'Vote\n\nSeveral lawmakers attended the meeting. White House spokesman Josh Earnest said it went well.\n',
    )
    const nominals = doc.entities.flatMap((entity) =>
      entity.mentions
        .filter((mention) => mention.kind === 'nominal')
        .map((mention) => mention.text),
    )
    expect(nominals).toEqual([])
  })

  it('reads no nominal across a preposition, but the editor in chief is one', () => {
    const doc = parse(
      'Strike\n\nVerizon reached a deal. It ends one of the biggest walk-offs in company history. The editor in chief, Jane Smith, wrote about it.\n',
    )
    const nominals = doc.entities.flatMap((entity) =>
      entity.mentions
        .filter((mention) => mention.kind === 'nominal')
        .map((mention) => `${mention.text}:${entity.name}`),
    )
    expect(nominals).toEqual(['The editor in chief:Jane Smith'])
  })

  it('reads no nominal across another determiner', () => {
    const doc = parse(
      'Banks\n\nGoldman Sachs holds $28.6 billion offshore, and the report says the company has 987 subsidiaries.\n',
    )
    const nominals = doc.entities.flatMap((entity) =>
      entity.mentions
        .filter((mention) => mention.kind === 'nominal')
        .map((mention) => mention.text),
    )
    // "the report" is a nominal of its own: the report that speaks (see the quote stage).
    expect(nominals).toEqual(['the company', 'the report'])
  })
})

describe("an entity's name", () => {
  it('is written in the case of the text, not of a dateline in capitals', () => {
    const doc = parse('Talks stall\n\nLONDON (Reuters) - Talks stalled in London on Monday.\n')
    expect(doc.entities.find((entity) => entity.kind === 'place')).toMatchObject({
      name: 'London',
      aliases: [],
    })
  })

  it("names a city the text writes only in capitals as places are, but not a country's letters", () => {
    const city = parse('Talks stall\n\nNEW YORK (AP) — Talks stalled on Monday, officials said.\n')
    expect(city.entities.map((entity) => entity.name)).toContain('New York')
    const letters = parse('Talks stall\n\nUSA TODAY reported that the UK and the USA agreed.\n')
    expect(letters.entities.map((entity) => entity.name)).not.toContain('Usa')
    expect(letters.entities.map((entity) => entity.name)).not.toContain('Uk')
  })
})

describe('a person named in full before "of" and a body, read as one body', () => {
  it('is the person and the body ("Meteorologist Natalie Hasell of Environment Canada")', () => {
    expect(
      names('Meteorologist Natalie Hasell of Environment Canada said smoke would linger.'),
    ).toEqual(['Natalie Hasell:person', 'Environment Canada:organization'])
  })

  it('leaves a body whose words before "of" are no person\'s ("Gun Owners of America")', () => {
    const found = names(
      'Gun Owners of America backed him.',
      'The Florida Division of Emergency Management said so.',
    )
    expect(found.filter((name) => name.endsWith(':person'))).toEqual([])
  })
})
