/**
 * Entities as parse() gives them: their titles, and the kinds that modern
 * news writing shows by its words around a name.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'
import type { ArticleDocument, Entity } from '../src/types.js'

/** The entity of `doc` named `name`. */
function entity(text: string, name: string): Entity | undefined {
  return parse(text).entities.find((candidate) => candidate.name === name)
}

/** The pronoun mentions of the entity named `name` in `doc`, by their text. */
function pronounsOf(doc: ArticleDocument, name: string): string[] {
  return (
    doc.entities
      .find((entity) => entity.name === name)
      ?.mentions.filter((mention) => mention.kind === 'pronoun')
      .map((mention) => mention.text) ?? []
  )
}

/** "name:kind" of the entities of `text`. */
function kinds(text: string): string[] {
  return parse(text).entities.map((found) => `${found.name}:${found.kind}`)
}

/** The names of the entities of `text`. */
function entityNames(text: string): string[] {
  return parse(text).entities.map((found) => found.name)
}

describe('the title before a person’s name', () => {
  it('is an occupation news writes before a name, in capitals or not ("Comedian", "singer")', () => {
    const doc = parse(
      'Awards\n\nAfrican Union Commission Chairperson Ibrahim Konaté condemned the takeover. Comedian Keegan Ross and gospel singer Lorraine Mitchell hosted the show.\n',
    )
    const titles = (name: string) => doc.entities.find((found) => found.name === name)?.titles
    expect(titles('Ibrahim Konaté')).toEqual(['African Union Commission Chairperson'])
    expect(titles('Keegan Ross')).toEqual(['Comedian'])
    expect(titles('Lorraine Mitchell')).toEqual(['singer'])
  })

  it('is a councillor’s, in full or abbreviated, and a councillor is a role ("Cllr")', () => {
    const doc = parse(
      'Strike\n\nCouncillor Tom Redfern urged talks. Cllr Redfern wrote to the trust. Labour councillor Jane Ng agreed. "It is a mess," the councillor said.\n',
    )
    const people = doc.entities.filter((found) => found.kind === 'person')
    expect(people.map((person) => [person.name, person.titles])).toEqual([
      ['Tom Redfern', ['Councillor', 'Cllr']],
      ['Jane Ng', ['Labour councillor']],
    ])
    const quote = doc.quotes.find((found) => found.kind === 'direct')
    const speaker = doc.entities.find((found) => found.id === quote?.speaker)
    expect(speaker?.name).toBe('Jane Ng')
  })

  it('reads a councillor’s party and ward in brackets as no one, the ward a place', () => {
    const doc = parse(
      "Homes approved\n\nCllr Tom Baker (Con, Hartfield) backed the scheme. 'We have no choice,' he said. " +
        "Ward councillor Sunita Bains (Lib Dem, Ashby Green) opposed it. She told the Gazette: 'Residents were ignored.' " +
        'Cllr Joe Bloggs (Lab) agreed. Cllr Okafor abstained.\n',
    )
    expect(doc.entities.map((found) => `${found.name}:${found.kind}`)).toEqual([
      'Tom Baker:person',
      'Hartfield:place',
      'Sunita Bains:person',
      'Ashby Green:place',
      'Gazette:organization',
      'Joe Bloggs:person',
      'Okafor:person',
    ])
    const speakers = doc.quotes
      .filter((quote) => quote.kind === 'direct')
      .map((quote) => doc.entities.find((found) => found.id === quote.speaker)?.name)
    expect(speakers).toEqual(['Tom Baker', 'Sunita Bains'])
  })

  it('keeps the lower-case words of a field between the body and the role ("U.N. climate chief")', () => {
    const doc = parse(
      'Talks\n\nIt was hard, said U.N. climate chief Simon Stiell. EU foreign policy chief Kaja Kallas agreed.\n',
    )
    const titlesOf = (name: string) => doc.entities.find((found) => found.name === name)?.titles
    expect(titlesOf('Simon Stiell')).toEqual(['U.N. climate chief'])
    expect(titlesOf('Kaja Kallas')).toEqual(['EU foreign policy chief'])
  })

  it('reads a title of a place or a department as one title ("Secretary of State", "Princess of Wales")', () => {
    const doc = parse(
      'Visit\n\nU.S. Secretary of State Antony Blinken arrived. White House Chief of Staff Denis McDonough spoke. ' +
        'The Archbishop of Canterbury Justin Welby resigned. Princess of Wales Kate Middleton presented the trophy.\n',
    )
    const titlesOf = (name: string) => doc.entities.find((found) => found.name === name)?.titles
    expect(titlesOf('Antony Blinken')).toEqual(['U.S. Secretary of State'])
    expect(titlesOf('Denis McDonough')).toEqual(['White House Chief of Staff'])
    expect(titlesOf('Justin Welby')).toEqual(['Archbishop of Canterbury'])
    expect(titlesOf('Kate Middleton')).toEqual(['Princess of Wales'])
  })

  it('reads British police ranks as titles ("Det Supt Lee Jones", "DCI Tom Harris")', () => {
    const doc = parse(
      'Murder inquiry\n\nDet Supt Lee Jones said the family was devastated. DCI Tom Harris said inquiries were continuing.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.kind, found.titles])).toEqual([
      ['Lee Jones', 'person', ['Det Supt']],
      ['Tom Harris', 'person', ['DCI']],
    ])
  })

  it('leaves the word that dates it out of the body it names ("Former Post Office chief executive")', () => {
    expect(
      kinds(
        'Inquiry\n\nFormer Post Office chief executive Paula Vennells has told the inquiry she is sorry.\n',
      ),
    ).toEqual(['Post Office:organization', 'Paula Vennells:person'])
  })

  it('leaves the place a person is of out of the name, not a body’s ("Bank of America")', () => {
    const text =
      'Shutdown\n\nDemocrats, led by Senate Minority Leader Chuck Schumer of New York, want a deal. Schumer said so. The Bank of America disagreed.\n'
    expect(entity(text, 'Chuck Schumer')?.aliases).toEqual(['Schumer'])
    expect(kinds(text)).toEqual(
      expect.arrayContaining(['New York:place', 'Bank of America:organization']),
    )
  })

  it('keeps its own words the tagger read as a name of their own ("Shadow chancellor", "Former")', () => {
    const text =
      'Budget\n\nShadow chancellor Jeremy Hunt said the Budget broke promises. Former Speaker John Boehner agreed. NATO Secretary General Mark Rutte spoke.\n'
    expect(entity(text, 'Jeremy Hunt')?.titles).toEqual(['Shadow chancellor'])
    expect(kinds(text).filter((kind) => /^(?:Shadow|Former):/u.test(kind))).toEqual([])
    // A name the title holds stays one.
    expect(kinds(text)).toContain('NATO:organization')
    // India's central government and a portfolio are the title's ("Union Home Minister").
    const union = 'Result\n\nUnion Home Minister Amit Shah called the result a stamp of approval.\n'
    expect(kinds(union)).toEqual(['Amit Shah:person'])
    expect(entity(union, 'Amit Shah')?.titles).toEqual(['Union Home Minister'])
  })

  it('ends before an honorific right before the name, and is the honorific alone after other words', () => {
    const text =
      'Royals\n\nPrime Minister Sir Keir Starmer wished the King well. Under Mrs. Clinton, taxes would rise.\n'
    expect(entity(text, 'Keir Starmer')?.titles).toEqual(['Prime Minister'])
    expect(entity(text, 'Clinton')?.titles).toEqual(['Mrs.'])
  })

  it('reads every form of address of one table: "Lord" after an office, "Mx" with or without a stop', () => {
    const text =
      'Talks\n\nForeign Secretary Lord Cameron said the talks would go on. Mx. Jones agreed, and so did Mx Smith. First Lady Jill Biden spoke.\n'
    expect(entity(text, 'Cameron')?.titles).toEqual(['Foreign Secretary'])
    expect(entity(text, 'Jones')?.titles).toEqual(['Mx.'])
    expect(entity(text, 'Smith')?.titles).toEqual(['Mx'])
    expect(entityNames(text)).not.toContain('Mx')
    expect(entity(text, 'Jill Biden')?.titles).toEqual(['First Lady'])
  })

  it('takes in the ranks of police and armed forces', () => {
    const text =
      'Charged\n\nDetective Chief Inspector Amanda Wright said it was shocking. Rear Admiral Guan Youfei told reporters so.\n'
    expect(entity(text, 'Amanda Wright')?.titles).toEqual(['Detective Chief Inspector'])
    expect(entity(text, 'Guan Youfei')?.titles).toEqual(['Rear Admiral'])
  })

  it('reads a title in the plural before names joined by "and"', () => {
    const text =
      'Court\n\nJustice Elena Kagan, joined by Justices Sonia Sotomayor and Ketanji Brown Jackson, dissented.\n'
    expect(kinds(text)).toEqual([
      'Elena Kagan:person',
      'Sonia Sotomayor:person',
      'Ketanji Brown Jackson:person',
    ])
  })

  it('takes in hyphenated titles ("WHO Director-General", "Attorney-General")', () => {
    const text =
      'Mpox\n\n"It is very worrying," WHO Director-General Tedros Adhanom Ghebreyesus said. Attorney-General George Brandis agreed.\n'
    expect(entity(text, 'Tedros Adhanom Ghebreyesus')?.titles).toEqual(['WHO Director-General'])
    expect(entity(text, 'George Brandis')?.titles).toEqual(['Attorney-General'])
  })

  it('stops at the end of the sentence before it', () => {
    const text =
      'Talks go on\n\nEuropean leaders met in Washington. NATO Secretary-General Mark Rutte called the meeting useful. It was held on Instagram. Ohio Sen. JD Vance agreed.\n'
    expect(entity(text, 'Mark Rutte')?.titles).toEqual(['NATO Secretary-General'])
    expect(entity(text, 'JD Vance')?.titles).toEqual(['Ohio Sen.'])
  })

  it('keeps an abbreviation that qualifies it, and leaves out a word that opens the sentence', () => {
    const text =
      'Talks go on\n\nThe U.S. President Joe Biden spoke. But Sen. Ted Cruz disagreed. As House Speaker Paul Ryan put it, US President Donald Trump was wrong.\n'
    expect(entity(text, 'Joe Biden')?.titles).toEqual(['U.S. President'])
    expect(entity(text, 'Ted Cruz')?.titles).toEqual(['Sen.'])
    expect(entity(text, 'Paul Ryan')?.titles).toEqual(['House Speaker'])
    expect(entity(text, 'Donald Trump')?.titles).toEqual(['US President'])
  })

  it('reads a party or a title before the surname of a person named in full as no name', () => {
    const text =
      'Democrat Mamdani wins mayor’s race\n\nZohran Mamdani was elected mayor of New York City. A study by Thomas Covert of the University of Chicago and Professor Knittel agreed. Christopher Knittel is an economist.\n'
    expect(entity(text, 'Zohran Mamdani')?.aliases).toEqual(['Mamdani'])
    expect(entity(text, 'Christopher Knittel')?.titles).toEqual(['Professor'])
    expect(kinds(text)).toEqual(expect.arrayContaining(['University of Chicago:organization']))
    expect(entityNames(text)).not.toContain('Democrat Mamdani')
  })

  it('stops at the end of a company’s name that ends the sentence before it', () => {
    const text =
      'Deal\n\nThe fund raised its stake in Apple Inc. Sen. Ted Cruz criticized the deal.\n'
    expect(entity(text, 'Ted Cruz')?.titles).toEqual(['Sen.'])
    const cook = 'Deal\n\nApple Inc. CEO Tim Cook met investors on Monday.\n'
    expect(entity(cook, 'Tim Cook')?.titles).toEqual(['Apple Inc. CEO'])
  })
})

describe('an office’s title whose qualifiers "and" joins', () => {
  it('is one title ("Work and Pensions Secretary"), but not across a name before the "and"', () => {
    const text =
      'Talks\n\nOn Monday Trump and Health Secretary Robert Kennedy met Work and Pensions Secretary Liz Kendall and Health and Human Services Secretary Xavier Becerra to talk about the rules.\n'
    expect(entity(text, 'Liz Kendall')?.titles).toEqual(['Work and Pensions Secretary'])
    expect(entity(text, 'Xavier Becerra')?.titles).toEqual(['Health and Human Services Secretary'])
    expect(entity(text, 'Robert Kennedy')?.titles).toEqual(['Health Secretary'])
  })
})

describe('a lower-case role before a person’s name', () => {
  it('is the title, with the organisation or the words that qualify it', () => {
    const text =
      'Match\n\n"We showed character," Arsenal manager Mikel Arteta said. White House press secretary Josh Earnest agreed, as did former first lady Laura Bush and the Clinton campaign manager Robby Mook.\n'
    expect(entity(text, 'Mikel Arteta')?.titles).toEqual(['Arsenal manager'])
    expect(entity(text, 'Josh Earnest')?.titles).toEqual(['White House press secretary'])
    expect(entity(text, 'Laura Bush')?.titles).toEqual(['former first lady'])
    expect(entity(text, 'Robby Mook')?.titles).toEqual(['Clinton campaign manager'])
  })

  it('is no title when the word before the name only qualifies a role ("the party Nigel Farage led")', () => {
    const text =
      'Vote\n\nReform is the party Nigel Farage founded. His father Ernest Farage was a stockbroker.\n'
    expect(entity(text, 'Nigel Farage')?.titles).toEqual([])
  })
})

describe('a team before a role and a person’s name', () => {
  it('is an organisation everywhere the text names it, though it be a first name ("Chelsea")', () => {
    const found = kinds(
      'Arsenal beat Chelsea\n\nArsenal beat Chelsea 2-1 on Saturday. Chelsea manager Enzo Maresca said his side had been unlucky. Chelsea head coach Jane Doe agreed.\n',
    )
    expect(found).toContain('Chelsea:organization')
    expect(found).not.toContain('Chelsea:person')
    expect(found).toContain('Enzo Maresca:person')
  })
})

describe('a team by a match’s result', () => {
  it('is an organisation by its score or its verb of result, with the words left out of it', () => {
    const found = kinds(
      'Saka double sinks Villa\n\nArsenal beat Aston Villa 3-1 at the Emirates Stadium. Arsenal, who finished second, lead. Villa host Everton next.\n',
    )
    expect(found).toEqual(
      expect.arrayContaining(['Arsenal:organization', 'Aston Villa:organization']),
    )
    expect(found).not.toContain('Villa:person')
    expect(found).not.toContain('Aston:organization')
  })

  it('is the listed club whose last word names it alone ("Villa" after "Aston Villa")', () => {
    const text =
      'Report\n\nAston Villa lost 2-1 on Saturday. Villa had led at half-time. Bayern Munich fans travelled to Madrid. Munich is a city. Crystal Palace won. A Palace spokesman spoke.\n'
    expect(entity(text, 'Aston Villa')?.aliases).toEqual(['Villa'])
    // (Not a place nor a common word, which name other things alone.)
    expect(entity(text, 'Bayern Munich')?.aliases).toEqual([])
    expect(entity(text, 'Crystal Palace')?.aliases).toEqual([])
  })

  it("is the one listed club its town names alone, but for the town's own places", () => {
    const text =
      'Late header rescues point for Newcastle\n\nNEWCASTLE, England, Feb 16 (Reuters) - Newcastle United drew 2-2 with Brighton on Sunday. Newcastle levelled after the break.\n\nNewcastle manager Eddie Howe said his side deserved more. Fans in Newcastle celebrated.\n'
    const doc = parse(text)
    const club = doc.entities.find((found) => found.name === 'Newcastle United')
    expect(club?.aliases).toEqual(['Newcastle'])
    expect(club?.mentions.map((mention) => mention.text)).toHaveLength(4)
    // (The dateline's town and the town "in Newcastle" are the place.)
    const town = doc.entities.find((found) => found.kind === 'place' && found.name === 'Newcastle')
    expect(town?.mentions.map((mention) => mention.text)).toEqual(['NEWCASTLE', 'Newcastle'])
    // (Not a town that opens two clubs the story names: either club.)
    const derby = kinds(
      'Derby\n\nManchester City beat Manchester United 2-0. Manchester celebrated.\n',
    )
    expect(derby).toEqual(
      expect.arrayContaining(['Manchester City:organization', 'Manchester United:organization']),
    )
  })

  it('is the club its nickname names, where the story names the club ("Spurs")', () => {
    const text =
      'Spurs held at home\n\nLONDON (Reuters) - Tottenham Hotspur lost 2-1 to Arsenal on Sunday. Spurs had led through Richarlison. The Gunners equalised.\n'
    expect(entity(text, 'Tottenham Hotspur')?.aliases).toEqual(['Spurs'])
    expect(entity(text, 'Tottenham Hotspur')?.mentions).toHaveLength(3)
    expect(entity(text, 'Arsenal')?.aliases).toEqual(['Gunners'])
    // The club's name is its name, though the nickname come first.
    const first = 'Derby\n\nThe Gunners lost at home. Manchester City beat Arsenal 2-1 on Sunday.\n'
    expect(entity(first, 'Arsenal')?.aliases).toEqual(['Gunners'])
    // (Not where the story names no such club: a common word opening a sentence.)
    expect(entityNames('Riding\n\nSpurs and boots were on sale at the fair on Sunday.\n')).toEqual(
      [],
    )
  })

  it('is a club named by its city in its own tongue ("Napoli", not Naples), not a person', () => {
    const text =
      'Serie A\n\nNapoli rejected a second bid from Bayern Munich. Lazio drew with Torino and Fiorentina beat Sampdoria. Bayern are expected to return.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Napoli:organization',
        'Lazio:organization',
        'Torino:organization',
        'Fiorentina:organization',
        'Sampdoria:organization',
      ]),
    )
    expect(entity(text, 'Bayern Munich')?.aliases).toEqual(['Bayern'])
    // (Not where the words around it say a place.)
    expect(
      kinds(
        'Fires\n\nWildfires spread across Lazio, the region around Rome. The Olympics were held in Torino, Italy.\n',
      ),
    ).toEqual(expect.arrayContaining(['Lazio:place', 'Torino:place']))
    // (Not the surname of a person the story names in full.)
    expect(
      kinds('Concession\n\nRick Lazio conceded on Tuesday. Lazio thanked his supporters.\n'),
    ).toEqual(['Rick Lazio:person'])
  })

  it('reads the passive, the team after a score and a link, and a win "with a 3-1 win"', () => {
    const text =
      'Results\n\nEarlier, Arsenal were held 2-2 by Aston Villa at Villa Park. Chelsea moved up to third with a 3-1 win at Tottenham Hotspur.\n'
    expect(kinds(text)).toEqual([
      'Arsenal:organization',
      'Aston Villa:organization',
      'Villa Park:place',
      'Chelsea:organization',
      'Tottenham Hotspur:organization',
    ])
  })

  it('makes a place the lists do not know the other side of "a 3-0 home loss to", not of "beat"', () => {
    const text =
      'Sacked\n\nIt followed a 3-0 home loss to Brentford on Saturday and a 2-1 away defeat at Brighton. England beat Scotland 2-1.\n'
    expect(kinds(text)).toEqual([
      'Brentford:organization',
      'Brighton:organization',
      'England:place',
      'Scotland:place',
    ])
  })

  it('makes a city that wins or loses by a score its club wherever the document names it', () => {
    const doc = parse(
      'Salah double\n\nLIVERPOOL, England (AP) — Mohamed Salah scored twice as Liverpool beat Manchester City 2-0 on Sunday. City sits fifth, behind Liverpool.\n',
    )
    const liverpool = doc.entities.find((found) => found.name === 'Liverpool')
    expect(liverpool?.kind).toBe('organization')
    expect(liverpool?.mentions).toHaveLength(3)
    expect(doc.entities.find((found) => found.name === 'England')?.kind).toBe('place')
  })

  it('leaves countries places, and a bowler’s figures after an initial to the player', () => {
    const found = kinds(
      'Cricket\n\nRomania beat Lithuania 2-1 on Friday. Bowling: P. Simmons 4-38, D. Blenkiron 2-20.\n',
    )
    expect(found).toEqual(
      expect.arrayContaining([
        'Romania:place',
        'Lithuania:place',
        'P. Simmons:person',
        'D. Blenkiron:person',
      ]),
    )
  })
})

describe('an award', () => {
  it('is an other name, made whole where the tagger cut it', () => {
    const found = kinds(
      'Gehry dies\n\nFrank Gehry won the Pritzker Prize in 1989. In 2016, President Barack Obama awarded him the Presidential Medal of Freedom. He also won the Heisman Trophy and the Medal of Honor.\n',
    )
    expect(found).toEqual(
      expect.arrayContaining([
        'Pritzker Prize:other',
        'Presidential Medal of Freedom:other',
        'Heisman Trophy:other',
        'Medal of Honor:other',
      ]),
    )
    expect(found).not.toContain('Medal:person')
    expect(found).not.toContain('Freedom:place')
  })

  it('takes in the head the tagger left out ("the 97th Academy | Awards")', () => {
    const text = [
      "'Anora' wins best picture at the Oscars as Sean Baker makes history",
      'The indie film about a sex worker who marries the son of a Russian oligarch took five awards',
      'By Brooks Barnes',
      'LOS ANGELES — "Anora," a scrappy comedy-drama about a Brooklyn stripper, won best picture at the 97th Academy Awards on Sunday night.',
    ].join('\n\n')
    expect(kinds(text)).toContain('Academy Awards:other')
  })
})

describe('a name that is all of a quotation', () => {
  it('is a work’s title, an other name, unless the marks close one quotation and open another', () => {
    const found = kinds(
      'Oscars\n\nZoe Saldaña won for "Emilia Pérez," Netflix’s musical. He mocked rivals ("Low energy" Jeb Bush, "Little Marco" Rubio, "Lyin\'" Ted Cruz).\n',
    )
    expect(found).toEqual(
      expect.arrayContaining(['Emilia Pérez:other', 'Jeb Bush:person', 'Ted Cruz:person']),
    )
  })
})

describe('the first word of a quotation in single marks', () => {
  it('opens a sentence, as after double marks: "\'Thank you\'" names no one', () => {
    const text = [
      'Sacked',
      "Captain Tom Aldridge paid tribute. 'Thank you for believing in me,' the defender wrote.",
      "He added: 'Thank you for everything.' Fans cheered.",
    ].join('\n\n')
    expect(kinds(text)).toEqual(['Tom Aldridge:person'])
  })
})

describe('a phrase in capitals inside a sentence', () => {
  it('names no one, unlike a name in capitals or a line in capitals', () => {
    const found = entityNames(
      'Peace deal\n\nTrump wrote on Truth Social: "BLESSED ARE THE PEACEMAKERS!" His aides cheered. Shares of BANK OF AMERICA rose.\n',
    )
    expect(found.filter((name) => /BLESSED|PEACEMAKERS/u.test(name))).toEqual([])
    expect(found).toContain('BANK OF AMERICA')
  })
})

describe('a name after a noun of a place’s parts and "of"', () => {
  it('is a place ("the streets of Khan Younis", "the Detroit suburb of Warren")', () => {
    const found = kinds(
      'Ceasefire\n\nResidents celebrated in the streets of Khan Younis. Clinton spoke in the Detroit suburb of Warren, Michigan.\n',
    )
    expect(found).toEqual(expect.arrayContaining(['Khan Younis:place', 'Warren:place']))
  })
})

describe('a royal named by title and given name', () => {
  it('is not another person of that first name, named in full', () => {
    for (const text of [
      'Tour\n\nPrince William visited Nairobi. He met President William Ruto. Ruto said the visit was welcome.\n',
      'Tour\n\nPresident William Ruto met Prince William. William said he was delighted.\n',
    ])
      expect(kinds(text).filter((found) => found.startsWith('William'))).toEqual(
        text.indexOf('Prince') < text.indexOf('President')
          ? ['William:person', 'William Ruto:person']
          : ['William Ruto:person', 'William:person'],
      )
  })

  it('is a royal named in full with a royal title', () => {
    expect(
      entityNames(
        'Deal\n\nSaudi Prince Alwaleed bin Talal bought shares. Prince Alwaleed said the deal was sound.\n',
      ),
    ).toEqual(['Saudi', 'Alwaleed bin Talal'])
  })

  it('is "the King" or "the Queen" when the text names one person of that title', () => {
    const text =
      'Tour\n\nKing Charles III visited Nairobi with Queen Camilla. The King laid a wreath.\n\n' +
      '‘We remember,’ the King said. The Queen met pupils, and the king thanked her.\n'
    const doc = parse(text)
    const nominals = (name: string): string[] =>
      doc.entities
        .find((found) => found.name === name)
        ?.mentions.filter((mention) => mention.kind === 'nominal')
        .map((mention) => mention.text) ?? []
    expect(nominals('Charles III')).toEqual(['The King', 'the King', 'the king'])
    expect(nominals('Camilla')).toEqual(['The Queen'])
    expect(doc.quotes[0]?.speaker).toBe(
      doc.entities.find((found) => found.name === 'Charles III')?.id,
    )
  })

  it('is no one\'s "the King" when two kings are named, nor a name or an office it opens', () => {
    const doc = parse(
      'Talks\n\nKing Abdullah met King Charles. The King spoke. The King Center and the Prince of Wales Trust agreed.\n',
    )
    expect(
      doc.entities.flatMap((found) => found.mentions).filter((m) => m.kind === 'nominal'),
    ).toEqual([])
  })
})

describe('a style of address', () => {
  it('is no pronoun of the person named before it ("His Majesty", "Her Royal Highness")', () => {
    const doc = parse('Tour\n\nPrince William flew in. His Majesty met him later.\n')
    const william = doc.entities.find((found) => found.name === 'William')
    expect(william?.mentions.map((mention) => mention.text)).toEqual(['William', 'him'])
  })
})

describe('a place or a body named after a person', () => {
  it('is one name, though the tagger read the person apart', () => {
    expect(
      kinds(
        'Launch\n\nThe rocket lifted off from NASA’s Kennedy Space Center. The Annenberg Public Policy Center checked the claim.\n',
      ),
    ).toEqual([
      'NASA:organization',
      'Kennedy Space Center:organization',
      'Annenberg Public Policy Center:organization',
    ])
  })
})

describe('a country’s body of a sport', () => {
  it('is an organisation named with its sport, not the country', () => {
    expect(
      kinds(
        'Tickets\n\nAccording to Cricket Australia, 250,000 tickets were sold. Athletics Kenya banned him, and USA Swimming agreed. Cricket in Australia is popular.\n',
      ),
    ).toEqual([
      'Cricket Australia:organization',
      'Athletics Kenya:organization',
      'USA Swimming:organization',
      'Australia:place',
    ])
  })
})

describe('a style of address or a political leaning', () => {
  it('is no name ("His Royal Highness", "Far-right")', () => {
    expect(
      entityNames(
        'Tour\n\nHis Royal Highness will visit Kenya. Her Majesty was pleased. Far-right politician José Antonio Kast won.\n',
      ),
    ).toEqual(['Kenya', 'José Antonio Kast'])
  })
})

describe('"the coalition"', () => {
  it('is a body the text names a coalition, not the one most named', () => {
    const doc = parse(
      'Strikes\n\nThe United States began airstrikes on Islamic State targets, leading an international coalition. Clinton called for the coalition to do more.\n',
    )
    expect(
      doc.entities.flatMap((found) =>
        found.mentions.filter((mention) => mention.kind === 'nominal').map((m) => m.text),
      ),
    ).toEqual([])
  })
})

describe('the title of a work in quotation marks', () => {
  it('is one other name, not the names of its words', () => {
    expect(
      kinds(
        'Music\n\nHer second record, "Paper Boats", came out in 2021. She appeared in the Netflix drama "The Long Way Down". Her album "Salt in the Wound" sold well.\n',
      ),
    ).toEqual([
      'Paper Boats:other',
      'Netflix:organization',
      'The Long Way Down:other',
      'Salt in the Wound:other',
    ])
  })

  it('leaves a name the tagger read whole, and a person named in full inside it', () => {
    expect(
      kinds(
        'Media\n\nShe read "The Wall Street Journal" daily. He hosts "America with Jorge Ramos" every week.\n',
      ),
    ).toEqual(['Wall Street Journal:organization', 'America:place', 'Jorge Ramos:person'])
  })
})

describe('a company’s officer read into the company’s name by the tagger', () => {
  it('is a person titled by the officer’s title, whatever the first name ("Chief Executive")', () => {
    expect(
      kinds(
        'Earnings\n\nAlphabet Chief Executive Sundar Pichai said demand was strong. Pichai added that AI helped.\n',
      ),
    ).toEqual(['Alphabet:organization', 'Sundar Pichai:person'])
  })
})

describe('a British professor, a joint leader and a family doctor', () => {
  it('are titled "Prof" and "Co-leader"; "GP" is no name', () => {
    const doc = parse(
      'Study\n\nProf Sarah Whitfield said so. Dr Tom Ashdown, a GP in Leeds, agreed. Co-leader Alice Weidel said the party would win.\n',
    )
    expect(doc.entities.map((found) => `${found.name} ${found.titles.join('; ')}`)).toEqual([
      'Sarah Whitfield Prof',
      'Tom Ashdown Dr',
      'Leeds ',
      'Alice Weidel Co-leader',
    ])
  })
})

describe('a numbered part of a city or an airport', () => {
  it('is no name ("Ward 3", "Terminal 2")', () => {
    expect(
      entityNames(
        'Vote\n\nTurnout was high in Ward 8 on primary day. Flights left from Terminal 2 at Heathrow.\n',
      ),
    ).toEqual(['Heathrow'])
  })
})

describe('a member of a council or a board', () => {
  it('is titled so, and the sentence before ends at "voted no."', () => {
    const doc = parse(
      'Vote\n\nWard 3 Council Member Janet Holloway voted no. Council Member Grace Okonkwo said the plan was rushed.\n',
    )
    const okonkwo = doc.entities.find((found) => found.name === 'Grace Okonkwo')
    expect(okonkwo).toMatchObject({ kind: 'person', titles: ['Council Member'] })
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual(['Council Member Grace Okonkwo'])
  })
})

describe('a short name in brackets after a body’s name', () => {
  it('is the body’s, a word of its name and an acronym too ("Africa CDC")', () => {
    const doc = parse(
      'Mpox\n\nDr Jean Kaseya, director-general of the Africa Centres for Disease Control and Prevention (Africa CDC), said the outbreak was serious. Africa CDC asked for vaccines.\n',
    )
    expect(doc.entities.map((found) => `${found.name}:${found.mentions.length}`)).toEqual([
      'Jean Kaseya:1',
      'Africa Centres for Disease Control and Prevention:3',
    ])
    // The speaker the name before the description in commas, not the body in it.
    expect(doc.quotes[0]?.source?.text).toBe('Dr Jean Kaseya')
  })
})

describe('the initials of a body the text names', () => {
  it('name the body, in capitals, though the tagger read no name', () => {
    const doc = parse(
      'Budget\n\nThe Democratic Alliance warned on Wednesday it could quit. The DA said it would vote against the budget. The AI boom goes on.\n',
    )
    const alliance = doc.entities.find((found) => found.name === 'Democratic Alliance')
    expect(alliance?.mentions.map((mention) => mention.text)).toEqual(['Democratic Alliance', 'DA'])
    expect(doc.quotes.map((quote) => quote.speaker)).toEqual([alliance?.id, alliance?.id])
    expect(doc.entities.map((found) => found.name)).not.toContain('AI')
  })
})

describe('a part of a continent', () => {
  it('is one place, though the tagger read its first word apart or all of it a body', () => {
    expect(
      kinds(
        'Trade\n\nExports to Latin America, Central Asia and Eastern Europe fell, and so did sales in Western Europe.\n',
      ),
    ).toEqual([
      'Latin America:place',
      'Central Asia:place',
      'Eastern Europe:place',
      'Western Europe:place',
    ])
  })
})

describe('a place named by a head and "of"', () => {
  it('is a place, made whole where the tagger read the head apart', () => {
    const found = kinds(
      'Places\n\nCases spread from the Democratic Republic of Congo. Ships crossed the Strait of Hormuz. The Bay of Bengal flooded. He visited the Kingdom of Saudi Arabia.\n',
    )
    expect(found).toEqual([
      'Democratic Republic of Congo:place',
      'Strait of Hormuz:place',
      'Bay of Bengal:place',
      'Kingdom of Saudi Arabia:place',
    ])
  })
})

describe('a court case', () => {
  it('is one other name, its parties with it ("Roe v. Wade", "Humphrey’s Executor v. United States")', () => {
    const found = kinds(
      "Court\n\nThe justices may overturn Humphrey's Executor v. United States. The ruling in Roe v. Wade was overturned. The U.S. Supreme Court's Brown v. Board of Education ended segregation. England v Pakistan was drawn.\n",
    )
    expect(found).toEqual(
      expect.arrayContaining([
        "Humphrey's Executor v. United States:other",
        'Roe v. Wade:other',
        'Brown v. Board of Education:other',
        'U.S. Supreme Court:organization',
      ]),
    )
    expect(found.filter((name) => name.startsWith('England'))).toEqual(['England:place'])
  })
})

describe('a month beside a day', () => {
  it('is a date, never a name ("WASHINGTON, Jan 14 (Reuters)", "in Jan and Feb")', () => {
    for (const text of [
      'Vote\n\nWASHINGTON, Jan 14 (Reuters) - The Senate voted.\n',
      'Vote\n\nWASHINGTON, Jan. 14 (Reuters) - The Senate voted.\n',
      'Prices\n\nPrices rose in Jan and Feb, and again on 3 Dec.\n',
    ]) {
      const names = entityNames(text)
      expect(names.filter((name) => /^(?:Jan|Feb|Dec)\.?$/u.test(name))).toEqual([])
    }
  })

  it('leaves a first name that is a month a name ("Jan Smith")', () => {
    expect(
      entity('Vote\n\nJan Smith said on Jan 14 that the vote was close.\n', 'Jan Smith'),
    ).toBeDefined()
  })
})

describe('a role named by "the" and its qualifier', () => {
  /** The name of the entity each nominal mention of `text` is attached to. */
  const nominals = (text: string): string[] =>
    parse(text).entities.flatMap((found) =>
      found.mentions.filter((m) => m.kind === 'nominal').map((m) => `${m.text}=${found.name}`),
    )

  it('is the person whose title has both ("the Florida senator" is not the Florida governor)', () => {
    const found = nominals(
      'Race\n\nFormer Florida governor Jeb Bush and Florida Sen. Marco Rubio met voters. The Florida senator said he would win.\n',
    )
    expect(found).toContain('The Florida senator=Marco Rubio')
    expect(found).not.toContain('The Florida senator=Jeb Bush')
  })

  it('is no one when it shares only a word of when ("the former senator")', () => {
    const found = nominals(
      'Race\n\nFormer Arkansas governor Mike Huckabee spoke. Rick Santorum, the former senator from Pennsylvania, agreed.\n',
    )
    expect(found.filter((mention) => mention.endsWith('=Mike Huckabee'))).toEqual([])
  })

  it('is the leader, not the spokesman, when the head names a leader ("the CIA chief")', () => {
    const found = nominals(
      'Spies\n\nCIA spokesman Ryan Trapani declined to comment. The CIA chief was traveling.\n',
    )
    expect(found).not.toContain('The CIA chief=Ryan Trapani')
    // Nor a team's captain for its boss.
    expect(
      nominals(
        'Derby\n\nMikel Arteta was angry. Gunners captain Martin Odegaard was injured. The Gunners boss was still seething.\n',
      ),
    ).not.toContain('The Gunners boss=Martin Odegaard')
  })
})

describe('capitalised words the tagger left out between a name and an organisation’s head', () => {
  it('make one organisation ("Anderson Economic Group"), not before a body a person leads', () => {
    const names = kinds(
      'Costs\n\nThe strike cost $100 million a day, according to Anderson Economic Group, a firm in Michigan. ' +
        'Richard Aboulafia of AeroDynamic Advisory agreed. She worked in the Clinton State Department for years.\n',
    )
    expect(names).toEqual(
      expect.arrayContaining([
        'Anderson Economic Group:organization',
        'AeroDynamic Advisory:organization',
      ]),
    )
    expect(names.some((name) => name.startsWith('Clinton State'))).toBe(false)
  })
})

describe('a name before "counties" or "province"', () => {
  it('is a place ("Los Angeles and Ventura counties"), not a people’s word ("English county")', () => {
    const names = kinds(
      'Fire\n\nThe National Weather Service issued a red flag warning through Wednesday for much of Los Angeles and Ventura counties, ' +
        'with gusts of up to 70 mph expected. He played English county cricket.\n',
    )
    expect(names).toContain('Ventura:place')
    expect(names).not.toContain('English:place')
  })
})

describe('a company’s officer that the tagger read into the company’s name', () => {
  it('is a person after the title ("TikTok CEO Shou Chew")', () => {
    const doc = parse('Ban\n\nTikTok CEO Shou Chew thanked the president on Friday.\n')
    expect(doc.entities.map((e) => `${e.name}:${e.kind}`)).toEqual([
      'TikTok:organization',
      'Shou Chew:person',
    ])
    expect(doc.entities.find((e) => e.name === 'Shou Chew')?.titles).toEqual(['TikTok CEO'])
  })
})

describe('a party’s adjective that ends a body’s name before a lower-case noun', () => {
  it('qualifies the noun ("Senate Republican leader"): the body is the Senate', () => {
    const names = kinds(
      'Vote\n\nSenate Republican leader Mitch McConnell said the majority would act. CNN Democratic debates drew viewers.\n',
    )
    expect(names).toEqual(['Senate:organization', 'Mitch McConnell:person', 'CNN:organization'])
  })
})

describe('the rules of names, on what they must leave alone', () => {
  it('keeps a person named before a title who is no portfolio ("Netanyahu aide")', () => {
    expect(entityNames('Talks\n\nNetanyahu aide Jonathan Urich was questioned.\n')).toContain(
      'Netanyahu',
    )
  })

  it('keeps a party\'s adjective before "party" ("the Christian Democratic party")', () => {
    expect(entityNames('Vote\n\nThe Christian Democratic party won in Bavaria.\n')).toContain(
      'Christian Democratic',
    )
  })

  it('gives "the company" to a company whose name holds a body\'s word ("Union Pacific")', () => {
    const pacific = entity(
      'Rail\n\nUnion Pacific said on Monday that profits rose. The company also cut 500 jobs.\n',
      'Union Pacific',
    )
    expect(pacific?.mentions.map((m) => m.text)).toContain('The company')
  })

  it('makes no place of a person the document names in full before "counties"', () => {
    expect(
      kinds('Vote\n\nBarack Obama won Ohio twice, but Obama counties swung to Trump in 2016.\n'),
    ).not.toContain('Obama:place')
  })

  it('makes no outlet of a people ("talks with the Kurds", "the Palestinian president")', () => {
    const names = kinds(
      'Talks\n\nBlinken spoke with the Kurds on Monday. He spoke with the Palestinian president.\n',
    )
    expect(names).not.toContain('Kurds:organization')
    expect(names).not.toContain('Palestinian:organization')
  })

  it('joins no words to a head in a headline in capitals', () => {
    expect(
      entityNames('MOTOR RACING - BELGIAN GRAND PRIX PRACTICE TIMES.\n\nBody text here.\n'),
    ).not.toContain('BELGIAN GRAND PRIX PRACTICE TIMES')
  })

  it("keeps a city a city though a province shares its name, and a surname a person's", () => {
    const names = kinds(
      'Games\n\nLuciano Pessina, who owns two Rio de Janeiro restaurants, was arrested. Shinji Kagawa started. Kagawa scored.\n',
    )
    expect(names).toEqual(expect.arrayContaining(['Rio de Janeiro:place', 'Shinji Kagawa:person']))
  })
})

describe('two names joined by "and" before a plural of their kind', () => {
  it('are two names of that kind ("the Palisades and Eaton fires")', () => {
    const names = kinds(
      'Fire\n\nAt least 11 people have died in the Palisades and Eaton fires, officials said.\n',
    )
    expect(names).toEqual(['Palisades:other', 'Eaton:other'])
  })

  it('are so when the tagger read them as two names ("Terry and Dawson counties")', () => {
    expect(
      kinds('Measles\n\nCases were reported in neighboring Terry and Dawson counties.\n'),
    ).toEqual(['Terry:place', 'Dawson:place'])
  })
})

describe('an acronym told something or spoken to', () => {
  it('is an organisation', () => {
    const text =
      'AI\n\nNvidia CEO Jensen Huang told CNBC last week that demand remained high. He spoke to NPR too.\n'
    expect(entity(text, 'CNBC')?.kind).toBe('organization')
    expect(entity(text, 'NPR')?.kind).toBe('organization')
  })
})

describe('a name of one word after a verb of speaking and "to the"', () => {
  it('is the outlet that heard ("spoke to the Guardian"), not a party\'s member', () => {
    const names = kinds(
      "Interview\n\nFinland's president spoke to the Guardian in Helsinki. She spoke to the Republican on Friday.\n",
    )
    expect(names).toContain('Guardian:organization')
    expect(names).not.toContain('Republican:organization')
  })
})

describe('a paragraph whose only capitalised common words name a known place', () => {
  it('is no title case: its names are kept whole ("the United States under Donald Trump")', () => {
    const doc = parse(
      'Interview\n\nQ: What about the United States under Donald Trump?\n\nA: I have known President Trump for a long time.\n',
    )
    expect(doc.entities.map((e) => e.name)).toContain('Donald Trump')
  })
})

describe('an institution named after a saint in the possessive', () => {
  it('is one organisation with the apostrophe alone ("St Thomas\' Hospital"), not a person\'s bill', () => {
    const names = kinds(
      "Nurse\n\nShe raised concerns at St Thomas' Hospital in London. Grayson backed Bernie Sanders' College for All Act.\n",
    )
    expect(names).toContain("St Thomas' Hospital:organization")
    expect(names.some((name) => name.startsWith("Bernie Sanders' College"))).toBe(false)
  })
})

describe('an indefinite pronoun that opens a sentence', () => {
  it('is no person ("Nobody can understand")', () => {
    const doc = parse(
      'Real Madrid complete signing of Kylian Mbappé\n\nMbappé, 25, scored 256 goals for PSG.\n\n' +
        '"A dream come true," Mbappé wrote on X. "I\'m so happy to join the club of my dreams. Nobody can understand how excited I am right now."\n',
    )
    expect(doc.entities.map((e) => e.name)).not.toContain('Nobody')
  })
})

describe('games named by a place, a people or the Olympics', () => {
  it('are an event, another name', () => {
    const text =
      'Sport\n\nShe withdrew from the Tokyo Games in 2021. India won medals at the Asian Games and the Commonwealth Games.\n'
    expect(kinds(text)).toEqual([
      'Tokyo Games:other',
      'India:place',
      'Asian Games:other',
      'Commonwealth Games:other',
    ])
  })
})

describe('the name of a treaty or a law', () => {
  it('is an other name, whatever its first words name ("Paris Agreement", "Affordable Care Act")', () => {
    const names = kinds(
      'Climate\n\nHe pulled out of the Paris Agreement. The Kyoto Protocol expired. Congress passed the Affordable Care Act.\n',
    )
    expect(names).toEqual(
      expect.arrayContaining([
        'Paris Agreement:other',
        'Kyoto Protocol:other',
        'Affordable Care Act:other',
      ]),
    )
  })
})

describe('a state or province of a country other than the United States', () => {
  it('is a place ("Western Australia", "Punjab", "Guangdong")', () => {
    const names = kinds(
      'Trip\n\nMr Albanese said he would visit Western Australia next week. Floods hit Punjab. Factories in Guangdong slowed.\n',
    )
    expect(names).toEqual(
      expect.arrayContaining(['Western Australia:place', 'Punjab:place', 'Guangdong:place']),
    )
  })

  it('is a place by the code Australia writes it with, named in its capitals ("NSW")', () => {
    expect(
      kinds('Vote\n\nNSW Premier Catherine Doyle spoke in Parramatta. Rain fell across NSW.\n'),
    ).toEqual(['NSW:place', 'Catherine Doyle:person', 'Parramatta:place'])
  })
})

describe('a point of the compass before a place’s name', () => {
  it('opens the name ("West Yorkshire Police"), which no first name makes a person’s', () => {
    const names = kinds(
      'Police\n\nWest Yorkshire Police said officers were called. West Midlands Police agreed.\n',
    )
    expect(names).toEqual([
      'West Yorkshire Police:organization',
      'West Midlands Police:organization',
    ])
  })
})

describe('a name that opens with a form of address', () => {
  it('is a person’s, with the surname the tagger left out ("Dr. I-Min | Lee"), not "Miss Universe"', () => {
    const doc = parse(
      'Daily walks of 7,000 steps cut risk of early death, study finds\n\n' +
        '"You don\'t need to hit 10,000 steps," said Dr. Melody Ding, a professor at the University of Sydney.\n\n' +
        'Dr. I-Min Lee, an epidemiologist in Boston who was not involved in the research, called the findings "reassuring."\n',
    )
    expect(doc.entities.map((e) => `${e.name}:${e.kind}`)).toContain('I-Min Lee:person')
    const pageant = parse(
      'Pageant\n\nShe was crowned Miss Universe in 1996, and Miss Universe said so.\n',
    )
    expect(pageant.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([])
  })
})

describe('a department’s word in a title before a name', () => {
  it('is the title’s, no person ("Energy Secretary Chris Wright"), unless a name of the story', () => {
    const doc = parse(
      'Cabinet\n\nEnergy Secretary Chris Wright spoke. Acting Labor Secretary Julie Su agreed. ' +
        'Donald Trump left early. Trump adviser Kellyanne Conway stayed.\n',
    )
    const people = doc.entities.filter((e) => e.kind === 'person').map((e) => e.name)
    expect(people).toEqual(['Chris Wright', 'Julie Su', 'Donald Trump', 'Kellyanne Conway'])
    const trump = doc.entities.find((e) => e.name === 'Donald Trump')
    expect(trump?.mentions.map((m) => m.text)).toContain('Trump')
  })
})

describe('a court story’s names', () => {
  it('reads "Defense lawyers", "U.S. Attorney" and a list of the accused right', () => {
    const names = kinds(
      'Verdict\n\nTadarrius Bean, Demetrius Haley and Justin Smith had pleaded not guilty. U.S. Attorney Kevin Ritz said his office respected the decision. Defense lawyers said the officers were following their training.\n',
    )
    expect(names).toEqual([
      'Tadarrius Bean:person',
      'Demetrius Haley:person',
      'Justin Smith:person',
      'U.S.:place',
      'Kevin Ritz:person',
    ])
    // "Attorney General": the office "General" completes is of the title, no body's name.
    const general = parse(
      'Appeal\n\nMissouri Attorney General Teresa Lindqvist said she would appeal.\n',
    )
    expect(general.entities.map((found) => [found.name, found.kind, found.titles])).toEqual([
      ['Missouri', 'place', []],
      ['Teresa Lindqvist', 'person', ['Missouri Attorney General']],
    ])
    // A name, not a side, keeps its place before "lawyers"; a city before a title may be its club.
    expect(kinds('Case\n\nPurdue lawyers argued the case.\n')).toEqual(['Purdue:organization'])
    expect(
      kinds('Club\n\nThe Barcelona President, Joan Laporta, said the club would appeal.\n'),
    ).toContain('Barcelona:organization')
    // A name the document names elsewhere keeps its place before "lawyers".
    expect(kinds('Case\n\nDonald Trump spoke on Monday. Trump lawyers said no.\n')).toEqual([
      'Donald Trump:person',
    ])
  })
})

describe('a statuette named alone', () => {
  it('is an other name after a determiner ("an honorary Oscar", "two Emmys"), a person not', () => {
    const names = kinds(
      'Awards\n\nQuincy Jones won 28 Grammy Awards and an honorary Oscar. Jane Roe won two Emmys. She told Emmy Smith about it.\n',
    )
    expect(names).toEqual(
      expect.arrayContaining(['Oscar:other', 'Emmys:other', 'Emmy Smith:person']),
    )
    // Not a child or a pet named so, nor a player after a fee in digits, nor past a mark.
    for (const text of [
      'Family\n\nTheir son Oscar was born in May.\n',
      'Transfer\n\nChelsea paid £25m for Oscar on Monday.\n',
      'Career\n\nAt 14, Oscar joined the club.\n',
    ])
      expect(kinds(text)).toContain('Oscar:person')
  })
})

describe('a conservancy’s name', () => {
  it('is an organisation ("The Nature Conservancy")', () => {
    expect(
      kinds('Climate\n\nShe is chief scientist at The Nature Conservancy in Arlington.\n'),
    ).toContain('Nature Conservancy:organization')
  })
})

describe('a railway’s name', () => {
  it('is an organisation, no person ("Network Rail", "Indian Railways")', () => {
    const names = kinds(
      'Trains\n\nThe operator is Network Rail. Network Rail said it would run fewer trains. Indian Railways agreed.\n',
    )
    expect(names).toEqual(['Network Rail:organization', 'Indian Railways:organization'])
  })
})

describe('a name in a list of businesses', () => {
  it('is an organisation ("shipping companies, including Maersk and Hapag-Lloyd")', () => {
    const names = kinds(
      'Red Sea\n\nThe attacks have forced many shipping companies, including Maersk and Hapag-Lloyd, to divert vessels around Africa.\n',
    )
    expect(names).toContain('Maersk:organization')
    expect(names).toContain('Hapag-Lloyd:organization')
    // Not a list of rivals, who are people as often.
    expect(
      kinds('Swim\n\nThe champion faces rivals such as Ledecky and Titmus in the final.\n'),
    ).toContain('Titmus:person')
  })
})

describe('"the union" and "the company"', () => {
  const nominals = (text: string): string[] =>
    parse(text).entities.flatMap((found) =>
      found.mentions.filter((m) => m.kind === 'nominal').map((m) => `${m.text}=${found.name}`),
    )

  it('is a trade union, never the company its members work for', () => {
    const found = nominals(
      'Strike ends\n\nBoeing workers voted to end the strike. Boeing said production would restart. ' +
        'The International Association of Machinists said the vote was close. The union said members were proud.\n',
    )
    expect(found).toContain('The union=International Association of Machinists')
    expect(found).not.toContain('The union=Boeing')
  })

  it('is no public body, though the most named ("the company" is not the Army)', () => {
    const found = nominals(
      'Army helicopter hits jet\n\nAn American Airlines jet collided with an Army helicopter. Three soldiers were aboard, the Army said. ' +
        'American Airlines CEO Robert Isom said the company was devastated.\n',
    )
    expect(found).not.toContain('the company=Army')
  })

  it('is no union named before its complement, nor an outlet the text names only as told', () => {
    const found = nominals(
      'Mine accident\n\nNine workers died at the mine on Monday. "It is hard," the manager told News24. ' +
        'The National Union of Mineworkers (NUM) said the accident was avoidable. The company said it would update families.\n',
    )
    expect(found).not.toContain('The company=National Union of Mineworkers')
    expect(found).not.toContain('The company=News24')
    const told = nominals(
      'Mine accident\n\nNine workers died. "It is hard," the manager told News24. The company said it would update families.\n',
    )
    expect(told).not.toContain('The company=News24')
  })

  it('is the one business the sentence before names, for a nominal that opens its sentence', () => {
    const found = nominals(
      'Ship collision\n\nRescue vessels from the Royal Netherlands Sea Rescue Institution (KNRM) pulled 19 people from the water. ' +
        'The ship is managed by Meridian Bulk Management. The company said in a statement that it was devastated.\n',
    )
    expect(found).toContain('The company=Meridian Bulk Management')
    // (No rescue institution is a company, though the most named.)
    expect(
      nominals(
        'Ship collision\n\nThe Royal Netherlands Sea Rescue Institution (KNRM) pulled 19 people from the water. Divers searched. The company said it was devastated.\n',
      ),
    ).toEqual([])
  })

  it('is the one business its sentence names before it, though another be named more', () => {
    const found = nominals(
      'Red Sea\n\nThe Houthi movement said it fired missiles. The Houthi movement has attacked ships for months. ' +
        'The attacks have forced many shipping companies, including Maersk, to divert vessels around Africa.\n\n' +
        'A Maersk spokesperson said the company would continue to route ships around Africa.\n',
    )
    expect(found).toContain('the company=Maersk')
    // Not whom the words came through ("analysts at"), nor a thing of the company's set off after its name.
    const others = nominals(
      'Results\n\nIntel said it would cut jobs. Intel shares fell. Analysts at Bernstein said the company faced a long road. ' +
        'Demand for Gaudi, the company’s AI chip, was weak.\n',
    )
    expect(others).not.toContain('the company=Bernstein')
    // Past the sentence, the body that opened the one before: "DigitalEurope ..., said ... the
    // group's director general" (not the European Union, named more), unless the words before
    // the head tell another apart ("the new company").
    const group = nominals(
      'AI rules\n\nThe European Union approved the rules. The EU will enforce them from 2026. The EU said fines would be large.\n\n' +
        'Business groups also voiced concern. DigitalEurope, which represents companies including Apple, Amazon and Siemens, said the rules would add compliance costs.\n\n' +
        '"We are worried," the group\'s director general, Cecilia Bonefeld-Dahl, said.\n',
    )
    expect(group).toContain('the group=DigitalEurope')
    // Nor the body whose words or act the sentence reports.
    expect(
      nominals(
        'Recall\n\nTesla recalled 2 million cars. Tesla said the fix was simple. The SEC said the company had misled investors.\n',
      ),
    ).toContain('the company=Tesla')
    expect(others).not.toContain('the company’s=Gaudi')
  })

  it('is, of several bodies whose names hold its head, the one named last ("the ministry")', () => {
    const found = nominals(
      'Border clash\n\nThe Foreign Ministry summoned the ambassador on Monday. The Defence Ministry said troops were on alert. ' +
        'The Foreign Ministry said talks would resume.\n\nSeparately, the Health Ministry reported 30 new cases. The ministry said hospitals were coping.\n',
    )
    expect(found).toContain('The ministry=Health Ministry')
    // Past the paragraph before, the one most named.
    const far = nominals(
      'Border clash\n\nThe Foreign Ministry summoned the ambassador. The Foreign Ministry said talks would resume.\n\n' +
        'The Health Ministry reported 30 new cases.\n\nTroops moved to the border overnight.\n\nThe ministry said it had protested.\n',
    )
    expect(far).toContain('The ministry=Foreign Ministry')
    // Named as a subject, not in an object or an aside; and not where a modifier tells apart.
    const object = nominals(
      'Ruling\n\nThe Supreme Court overturned a ruling by the Court of Appeal. The court said the law was clear. The Supreme Court heard more cases.\n',
    )
    expect(object).toContain('The court=Supreme Court')
  })
})

describe('two names joined by an ampersand', () => {
  it('are one firm ("Faber & Faber", "Simon & Schuster"), but not two people', () => {
    expect(
      kinds(
        'Books\n\nHer novels were published by Faber & Faber, which said she was a giant. Simon & Schuster and Marks & Spencer fell. Smith & Nephew rose.\n',
      ),
    ).toEqual([
      'Faber & Faber:organization',
      'Simon & Schuster:organization',
      'Marks & Spencer:organization',
      'Smith & Nephew:organization',
    ])
    // (Not two given names, nor a name before a title: people.)
    expect(
      entityNames('Visit\n\nJim & Sarah Brady came. Giuliani & Sen. Jeff Sessions spoke.\n'),
    ).not.toContain('Jim & Sarah')
  })

  it('hold the partners set off by commas before ("Cravath, Swaine & Moore"), not a list\'s items', () => {
    expect(
      kinds(
        'Deal\n\nMargaret Liu, a partner at Cravath, Swaine & Moore, said the DOJ would object. Goldman Sachs and Wachtell, Lipton, Rosen & Katz advised Harbor Financial Corp, while Morgan Stanley and Sullivan & Cromwell advised Keystone Bancorp.\n',
      ).filter((name) => name.endsWith(':organization')),
    ).toEqual([
      'Cravath, Swaine & Moore:organization',
      'DOJ:organization',
      'Goldman Sachs:organization',
      'Wachtell, Lipton, Rosen & Katz:organization',
      'Harbor Financial Corp:organization',
      'Morgan Stanley:organization',
      'Sullivan & Cromwell:organization',
      'Keystone Bancorp:organization',
    ])
    expect(
      entityNames(
        "Stores\n\nThe apparel sells at Macy's, Nordstrom, Lord & Taylor and other department stores.\n",
      ),
    ).toContain('Lord & Taylor')
  })
})

describe('a surname that opens with a capitalised particle', () => {
  it('is one name with the first name before it ("Maria Van Kerkhove")', () => {
    const names = kinds(
      'Measles\n\nDr. Maria Van Kerkhove spoke. Dutch coach Louis Van Gaal agreed.\n',
    )
    expect(names).toContain('Maria Van Kerkhove:person')
    expect(names).toContain('Louis Van Gaal:person')
    expect(names).not.toContain('Maria:person')
  })

  it('is the person named in full with its particles in lower case ("Van der Linden")', () => {
    const text =
      'Ship crash\n\nThe union Nautilus International said the accident raised questions.\n\n"These crews are working six hours on," said Joost van der Linden, the union\'s national secretary.\n\nVan der Linden said the union had raised concerns. Later, Van der Linden added that it was sad.\n'
    expect(kinds(text)).toEqual([
      'Nautilus International:organization',
      'Joost van der Linden:person',
    ])
    expect(entity(text, 'Joost van der Linden')?.mentions).toHaveLength(3)
  })
})

describe('"WHO" in capitals inside a sentence', () => {
  it('is the organisation, one with its full name', () => {
    const found = parse(
      "Measles\n\nThe World Health Organization warned on Monday. WHO officials said cases rose. Hans Kluge, WHO's regional director, agreed.\n",
    ).entities.filter((e) => e.kind === 'organization')
    expect(found.map((e) => e.name)).toEqual(['World Health Organization'])
    expect(found[0]?.mentions.map((m) => m.text)).toEqual([
      'World Health Organization',
      'WHO',
      'WHO',
    ])
  })
})

describe('a common word that opens a sentence before a role and a name', () => {
  it('is a word of the title, not a name ("Defense lawyer Adam Fee")', () => {
    const text =
      'Sentence\n\nFormer aide Joe Ross was sentenced on Tuesday. Defense lawyer Adam Fee argued that his client deserved leniency. "We are disappointed," Fee said.\n'
    const names = entityNames(text)
    expect(names).toContain('Adam Fee')
    expect(names).not.toContain('Defense')
    expect(entity(text, 'Adam Fee')?.titles).toEqual(['Defense lawyer'])
  })

  it('stays the surname of a person the text names in full ("Trump lawyer Michael Cohen")', () => {
    const trump = entity(
      'Payments\n\nDonald Trump won. Trump lawyer Michael Cohen said the payments were legal.\n',
      'Donald Trump',
    )
    expect(trump?.mentions.map((mention) => mention.text)).toEqual(['Donald Trump', 'Trump'])
  })
})

describe('a common noun in capitals', () => {
  it('is no entity ("the AI boom", "GDP", "EVs", "pro-LGBT"), while NATO and the FBI stay', () => {
    const names = entityNames(
      'Markets\n\nThe AI boom lifted shares as GDP rose and sales of EVs grew. MPs and pro-LGBT groups met NATO and FBI officials.\n',
    )
    for (const word of ['AI', 'GDP', 'EVs', 'MPs', 'pro-LGBT', 'LGBT'])
      expect(names).not.toContain(word)
    expect(names).toEqual(expect.arrayContaining(['NATO', 'FBI']))
    // "OK", a word of speech, not Oklahoma's code nor a body.
    expect(
      entityNames('Drug\n\n"It is OK to be sad," she said. The FDA gave the OK. He was OK.\n'),
    ).toEqual(['FDA'])
    // (A magazine's "OK!", a state's code after a city, and the surname "Ok" stay.)
    expect(entityNames('Photos\n\nShe sold the photos to OK! magazine on Monday.\n')).toEqual([
      'OK',
    ])
    expect(entityNames('Wedding\n\nActor Ok Taec-yeon married on Sunday.\n')).toEqual([
      'Ok Taec-yeon',
    ])
  })
})

describe('a body named after an office or a people in the possessive', () => {
  it('is one organisation’s name ("the Los Angeles County Sheriff’s Department")', () => {
    const text =
      "Fire\n\nTwo people died, the Los Angeles County Sheriff's Department said. The U.S. Attorney's Office in Manhattan charged him. The Tigrayan People's Liberation Front and the Democratic People's Republic of Korea met.\n"
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        "Los Angeles County Sheriff's Department:organization",
        "U.S. Attorney's Office:organization",
        'Manhattan:place',
        "Tigrayan People's Liberation Front:organization",
        // A republic is a country.
        "Democratic People's Republic of Korea:place",
      ]),
    )
    expect(
      kinds("Murder\n\nDaniel Kowalski, 34, will appear at Thames Magistrates' Court on Friday.\n"),
    ).toContain("Thames Magistrates' Court:organization")
  })

  it('takes a field after the owner when a body’s head and "of" come before it', () => {
    const text =
      "Claims\n\nThe Department of Veterans' Affairs and the Ohio Bureau of Workers' Compensation declined to comment. The Writers' Guild of America called a strike, and the Women's Institute met.\n"
    expect(kinds(text)).toEqual([
      "Department of Veterans' Affairs:organization",
      "Ohio Bureau of Workers' Compensation:organization",
      "Writers' Guild of America:organization",
      "Women's Institute:organization",
    ])
    // A minister of a field is a title, not a body.
    expect(kinds("Cabinet\n\nThe Minister of Women's Affairs, Jane Doe, spoke.\n")).toEqual([
      'Jane Doe:person',
    ])
  })
})

describe('a body’s head that a capitalised word qualifies', () => {
  it('takes the qualifier and its complement in, though the tagger read the complement as a person', () => {
    const text =
      'Murder\n\nThe Independent Office for Police Conduct (IOPC) said it had been notified.\n'
    expect(kinds(text)).toEqual(['Independent Office for Police Conduct:organization'])
  })
})

describe('a title of nobility and "of" a place', () => {
  it('names one person ("the Duke of Sussex", "the Princess of Wales")', () => {
    const text =
      'Royals\n\nThe Duke of Sussex said he was disappointed. The Prince of Wales will host the event with the Princess of Wales. The Archbishop of Canterbury spoke.\n\nRep. Peter T. King of New York endorsed him.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Duke of Sussex:person',
        'Prince of Wales:person',
        'Princess of Wales:person',
        'Archbishop of Canterbury:person',
        // A surname before "of" and a place.
        'Peter T. King:person',
        'New York:place',
      ]),
    )
  })
})

describe('a ministry whose name lists its fields', () => {
  it('is one organisation over the list ("Ministry of Land, Infrastructure and Transport")', () => {
    const text =
      'Crash\n\nJoo Jong-wan, an official at the Ministry of Land, Infrastructure and Transport, spoke. The Bank of England, Germany and France agreed.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Ministry of Land, Infrastructure and Transport:organization',
        // A list of names is no field's.
        'Bank of England:organization',
        'Germany:place',
      ]),
    )
  })
})

describe('a company named in the possessive', () => {
  it('holds its "\'s" when a price moves after it ("McDonald\'s fell"), not a person\'s ("Obama\'s rise")', () => {
    const text =
      "Markets\n\nMcDonald's fell 5.1% after an outbreak. McDonald's said it would cooperate. Obama's rise was swift.\n"
    expect(entity(text, "McDonald's")?.kind).toBe('organization')
    expect(entity(text, "McDonald's")?.mentions.map((m) => m.text)).toEqual([
      "McDonald's",
      "McDonald's",
    ])
    expect(kinds(text)).toContain('Obama:person')
  })
})

describe('an airline', () => {
  it('is an organisation by the last word of its name ("Jeju Air", "Korean Air")', () => {
    const text =
      'Crash\n\nThe pilot of the Jeju Air jet warned controllers of a bird strike. Korean Air said it would help.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining(['Jeju Air:organization', 'Korean Air:organization']),
    )
  })
})

describe('one word with an acronym inside', () => {
  it('is no place ("ChatGPT", "xAI")', () => {
    const text =
      "OpenAI launches GPT-5\n\nOpenAI on Thursday released GPT-5, the latest version of the model behind ChatGPT.\n\nThe launch comes as OpenAI faces intense competition from Google, Anthropic and Elon Musk's xAI, and as investors question whether the spending will pay off.\n\nNick Turley, head of ChatGPT, said the company had 700 million weekly users.\n"
    // ChatGPT a product; xAI a company the lists know (MAJOR_COMPANIES).
    expect(kinds(text)).toEqual(expect.arrayContaining(['ChatGPT:other', 'xAI:organization']))
  })
})

describe('a name written with a capital inside', () => {
  it('is found where the tagger passed it over, and a company that is valued at a sum is one', () => {
    const text =
      'OpenAI launches GPT-5\n\nSAN FRANCISCO, Aug 7 (Reuters) - OpenAI on Thursday released GPT-5, saying it was faster than its predecessors.\n\nOpenAI was valued at $300 billion.\n'
    const found = entity(text, 'OpenAI')
    expect(found?.kind).toBe('organization')
    expect(found?.mentions.filter((m) => m.kind === 'name')).toHaveLength(3)
    const doc = parse(text)
    const speakers = doc.quotes.map((q) => doc.entities.find((e) => e.id === q.speaker)?.name)
    expect(speakers).toContain('OpenAI')
  })
})

describe('a name its company context types once', () => {
  it('is an organisation in every mention, though the tagger took it for another thing', () => {
    const found = parse(
      'Musk and Altman trade barbs over OpenAI\n\nElon Musk renewed his attack on OpenAI on Tuesday. OpenAI CEO Sam Altman responded. Musk co-founded OpenAI in 2015.\n',
    ).entities.find((entity) => entity.name === 'OpenAI')
    expect(found?.kind).toBe('organization')
    // A firm's economist or analyst in lower case before a name; not a party's.
    const staff = kinds(
      'Rates\n\nWestpac economist Jane Doe said rates would fall. Republican analyst Joe Smith disagreed.\n',
    )
    expect(staff).toContain('Westpac:organization')
    expect(staff).not.toContain('Republican:organization')
  })

  it('is a company before its shares, even when the tagger read a person ("Tesla shares fell")', () => {
    const text =
      'Stocks end lower\n\nWall Street ended lower, while Tesla shares fell after the electric carmaker reported a drop in deliveries. Tesla fell 3.8%.\n\nCruz shares more with Trump than he admits.\n'
    expect(kinds(text)).toContain('Tesla:organization')
    expect(entity(text, 'Tesla')?.mentions.map((m) => m.text)).toContain('the electric carmaker')
    // "shares" as a verb.
    expect(kinds(text)).not.toContain('Cruz:organization')
  })
})

describe('a member of parliament', () => {
  it('is a person titled by the party, the party an organisation ("Labour MP Rachael Maskell")', () => {
    const text =
      'Vote\n\nLabour MP Rachael Maskell, who tabled the amendment, said the cuts were cruel. More than 120 Labour MPs signed it.\n'
    expect(entity(text, 'Rachael Maskell')?.titles).toEqual(['Labour MP'])
    expect(entity(text, 'Labour')?.kind).toBe('organization')
    expect(entity(text, 'Labour MP Rachael Maskell')).toBeUndefined()
  })
})

describe('a title inside the tagger’s span before an initial', () => {
  it('splits the organisation from the person ("Houston Police Chief J. Noe Diaz")', () => {
    const text =
      'Shooting\n\nHouston Police Chief J. Noe Diaz told reporters at the scene that two people died. He said the victims were young.\n'
    expect(entity(text, 'J. Noe Diaz')?.titles).toEqual(['Houston Police Chief'])
    expect(entity(text, 'J. Noe Diaz')?.mentions.map((m) => m.text)).toContain('He')
  })
})

describe('a name that ends in "Park", "Square", "Street"', () => {
  it('is a place, with the word the tagger left out put back ("MacGregor Park")', () => {
    const found = kinds(
      'Shooting\n\nShots rang out at MacGregor Park late Saturday. Protesters gathered in Tiananmen Square, and Ana Ruiz walked down Pennsylvania Avenue.\n',
    )
    expect(found).toEqual(
      expect.arrayContaining([
        'MacGregor Park:place',
        'Tiananmen Square:place',
        'Pennsylvania Avenue:place',
      ]),
    )
  })

  it('leaves a person a person ("Grace Park")', () => {
    const found = kinds(
      'Markets\n\nSenior analyst Grace Park said the market was weak. Park added that rates would rise.\n',
    )
    expect(found).toContain('Grace Park:person')
    expect(found).not.toContain('Grace Park:place')
  })
})

describe('a name inside a compound word', () => {
  it('is the place, organisation or nationality before "-based", "-backed", "-led"', () => {
    expect(
      kinds(
        'Talks go on\n\nA Los Angeles-based reporter saw Iran-backed Houthi rebels, Kremlin-backed groups, U.S.-led forces and the Saudi-led coalition.\n',
      ),
    ).toEqual([
      'Los Angeles:place',
      'Iran:place',
      'Houthi:other',
      'Kremlin:organization',
      'U.S.:place',
      'Saudi:other',
    ])
  })

  it('is the name before "-designed", "-style" or "-era", and the name after it one of its own', () => {
    expect(
      kinds(
        'Jets\n\nNo modern planes, such as the U.S.-designed F16, have been pledged. Donald Trump spoke at a Trump-style rally.\n',
      ),
    ).toEqual(['U.S.:place', 'F16:other', 'Donald Trump:person'])
  })

  it('is the name after "anti-" or "pro-" that the document names elsewhere', () => {
    const text =
      'Talks go on\n\nDonald Trump spoke. The pro-Trump rally met anti-Trump protesters.\n'
    const trump = parse(text).entities.find((found) => found.name === 'Donald Trump')
    expect(trump?.mentions.map((mention) => mention.text)).toEqual([
      'Donald Trump',
      'Trump',
      'Trump',
    ])
  })

  it('gives the name after it the kind that something says it has', () => {
    expect(kinds('Talks go on\n\nA New York-based Goldman Sachs analyst said so.\n')).toEqual([
      'New York:place',
      'Goldman Sachs:organization',
    ])
  })

  it('is a place before "-based" or "-born", though no list knows it and other mentions read a company', () => {
    expect(
      kinds(
        'Shares\n\nShares of the Redmond-based company fell. The Surinamese-born striker scored. Shares of Redmond rose.\n',
      ),
    ).toEqual(['Redmond:place', 'Surinamese-born:other'])
  })

  it('stays whole when nothing says what its name is', () => {
    expect(
      kinds('Talks go on\n\nThe Zorblat-run ministry and the anti-Zorblat camp met.\n'),
    ).toEqual(['Zorblat-run:other', 'anti-Zorblat:other'])
  })
})

describe('a company', () => {
  /** The kind of the entity named `name` in `text`. */
  function kindOf(text: string, name: string): string | undefined {
    return entity(`Markets rally\n\n${text}\n`, name)?.kind
  }

  it('is an organisation by its description ("the maker of ChatGPT")', () => {
    expect(kindOf('OpenAI, the maker of ChatGPT, said it would grow.', 'OpenAI')).toBe(
      'organization',
    )
    expect(kindOf('Tesla, the electric carmaker Musk also leads, was not involved.', 'Tesla')).toBe(
      'organization',
    )
    expect(kindOf('Xinhua, the official Chinese news agency, wrote so.', 'Xinhua')).toBe(
      'organization',
    )
    expect(kindOf('Zorvex, the startup Sam Altman backs, said it would grow.', 'Zorvex')).toBe(
      'organization',
    )
  })

  it('is an organisation by a plural head, with the word that opens the sentence before it', () => {
    expect(
      kindOf('Companies such as Alphabet and Meta Platforms spend billions.', 'Meta Platforms'),
    ).toBe('organization')
    expect(
      kindOf('Advanced Micro Devices, its rival, launched chips.', 'Advanced Micro Devices'),
    ).toBe('organization')
  })

  it('is an organisation as the source after "according to", unless a people', () => {
    expect(kindOf('Inflation stood at 2.2% in September, according to Eurostat.', 'Eurostat')).toBe(
      'organization',
    )
    expect(kindOf('Sales fell 3%, according to Nielsen.', 'Nielsen')).toBe('organization')
    // A word the tagger took for a person's, unsure, that no list knows as one.
    expect(
      kindOf('According to Billboard, the tour grossed more than $2 billion.', 'Billboard'),
    ).toBe('organization')
    expect(kindOf('According to Smith, the tour grossed less.', 'Smith')).toBe('person')
  })

  it('is an organisation by a description with its complement, though the tagger be sure', () => {
    expect(
      kindOf(
        'Boeing and Lockheed Martin, the prime contractor for Orion, faced criticism.',
        'Lockheed Martin',
      ),
    ).toBe('organization')
  })

  it('is an organisation as a listed company’s owner, however sure the tagger, not a person named in full', () => {
    expect(
      kindOf(
        "Meta said it would comply. Alphabet's YouTube was added to the list in July after initially being exempted.",
        'Alphabet',
      ),
    ).toBe('organization')
    expect(kindOf("Elon Musk bought it. Musk's Twitter changed.", 'Elon Musk')).toBe('person')
  })

  it('is no organisation by a business noun that qualifies a person’s title', () => {
    expect(kindOf('Karimi, the nonprofit CEO, said the plan was flawed.', 'Karimi')).toBe('person')
  })

  it('is an organisation by its shares and officers', () => {
    expect(kindOf('Apple shares rose after the results.', 'Apple')).toBe('organization')
    expect(kindOf('Jane Roe, the chief executive of Politico, left.', 'Politico')).toBe(
      'organization',
    )
    expect(kindOf('The deal lifted shares of Amazon on Friday.', 'Amazon')).toBe('organization')
  })

  it('is an organisation by a plural head, after a first name too ("Sky Sports")', () => {
    expect(kindOf('Arteta told Sky Sports the team was tired.', 'Sky Sports')).toBe('organization')
    expect(kindOf('Shares of Harmony Enterprises fell.', 'Harmony Enterprises')).toBe(
      'organization',
    )
  })

  it('is the club before a player’s or a manager’s role and name', () => {
    expect(
      kindOf('The goal came late, and Wolves manager Gary O’Neil was unhappy.', 'Wolves'),
    ).toBe('organization')
  })

  it('stays a person whose surname the document gives in full', () => {
    const doc = parse(
      'Markets rally\n\nElon Musk sold shares on Monday. Later, Musk’s shares fell sharply.\n',
    )
    const musk = doc.entities.find((found) => found.name === 'Elon Musk')
    expect(musk?.mentions.map((mention) => mention.text)).toEqual(['Elon Musk', 'Musk'])
    expect(doc.entities.filter((found) => found.kind === 'organization')).toEqual([])
  })

  it('is found where the tagger passed over a well-known one', () => {
    const names = kinds(
      'Jets delayed\n\nBoeing and Lockheed’s venture has been slow, she wrote on Twitter.\n',
    )
    expect(names).toContain('Boeing:organization')
    expect(names).toContain('Twitter:organization')
  })

  it('is no word the document writes in lower case', () => {
    const names = entityNames(
      'Visa screening missed warnings\n\nA visa is needed. Visa rules changed on Monday.\n',
    )
    expect(names).not.toContain('Visa')
  })
})

describe('a pronoun', () => {
  it('is not the family name "He" of a name ("Vice Premier He Lifeng")', () => {
    const doc = parse(
      'Trade talks\n\nScott Bessent met Chinese Vice Premier He Lifeng. He Lifeng said the talks were useful.\n',
    )
    const pronouns = doc.entities.flatMap((found) =>
      found.mentions.filter((mention) => mention.kind === 'pronoun'),
    )
    expect(pronouns).toEqual([])
    expect(doc.entities.find((found) => found.name === 'He Lifeng')?.mentions).toHaveLength(2)
  })

  it('goes to the person of its sentence whose first name says its gender, before one of an earlier sentence whose name says nothing', () => {
    const doc = parse(
      'Debate night\n\nOhio Sen. JD Vance said the moderators were unfair. Minnesota Gov. Tim Walz, Kamala Harris’ running mate, said she had won easily.\n',
    )
    const she = doc.entities.find((found) =>
      found.mentions.some((mention) => mention.kind === 'pronoun' && mention.text === 'she'),
    )
    expect(she?.name).toBe('Kamala Harris')
  })

  it('does not go to a person named inside a quotation or in the phrase that opens its sentence', () => {
    const speakerOf = (text: string): string | undefined => {
      const doc = parse(text)
      return doc.entities.find((found) => found.id === doc.quotes[0]?.speaker)?.name
    }
    expect(
      speakerOf(
        'Talks\n\nBarack Obama spoke on Monday. "I called Joe Biden this morning," he said.\n',
      ),
    ).toBe('Barack Obama')
    expect(
      speakerOf(
        'Vote\n\nIlhan Omar spoke on Tuesday. Responding to Nancy Pelosi, she said: "The bill is flawed."\n',
      ),
    ).toBe('Ilhan Omar')
  })

  it('goes to the subject of a clause that opens its sentence, or of a quotation before it', () => {
    const pronounOf = (text: string): string | undefined =>
      parse(text).entities.find((found) =>
        found.mentions.some((mention) => mention.kind === 'pronoun' && mention.text === 'she'),
      )?.name
    expect(
      pronounOf(
        'Talks\n\nBarack Obama spoke on Monday. When Nancy Pelosi took the stage, she said the bill was dead.\n',
      ),
    ).toBe('Nancy Pelosi')
    expect(
      pronounOf(
        'Talks\n\nBarack Obama spoke on Monday. But Nancy Pelosi, who chairs the group, tossed "cold water on the idea," she wrote.\n',
      ),
    ).toBe('Nancy Pelosi')
  })

  it('takes no gender from a surname alone, and gives a pronoun the one person in reach whatever the name says', () => {
    const clinton = parse(
      'Iowa\n\nClinton spoke in Iowa on Monday. She said the plan would work.\n',
    ).entities.find((found) => found.name === 'Clinton')
    expect(clinton?.mentions.map((mention) => mention.text)).toEqual(['Clinton', 'She'])
    const graham = parse(
      'Senate\n\nSen. Lindsey Graham spoke on Monday. He said the bill was a disgrace.\n',
    ).entities.find((found) => found.name === 'Lindsey Graham')
    expect(graham?.mentions.map((mention) => mention.text)).toContain('He')
  })

  it('joins a name the lists know, left out at the start of a sentence, to the surname after it', () => {
    const names = entityNames(
      'Semifinal\n\nNovak Djokovic, a seven-time champion, lost in the semifinals.\n',
    )
    expect(names).toContain('Novak Djokovic')
    expect(names).not.toContain('Djokovic')
  })

  it('joins a first name to the common word after it that the document names a person alone', () => {
    const jason = entity(
      'Inquiry\n\nShe was questioned by counsel to the inquiry, Jason Beer KC. Mr Beer asked whether she had doubts.\n',
      'Jason Beer',
    )
    expect(jason?.aliases).toEqual(['Beer'])
  })

  it('takes the gender a form of address says, written without its full stop too', () => {
    const doc = parse(
      'Inquiry\n\nMs Vennells was questioned by counsel. Mr Beer asked whether she had ever doubted the system.\n',
    )
    const byName = (name: string) => doc.entities.find((found) => found.name === name)
    expect(byName('Beer')?.titles).toEqual(['Mr'])
    expect(byName('Vennells')?.mentions.map((mention) => mention.text)).toEqual(['Vennells', 'she'])
    // Not when the name and the address disagree: two people of one family.
    const obamas = parse(
      'Rally\n\nMichelle Obama spoke first. Mr. Obama then thanked his supporters.\n',
    ).entities.map((found) => [found.name, found.mentions.map((mention) => mention.text)])
    expect(obamas).toEqual([
      ['Michelle Obama', ['Michelle Obama']],
      ['Obama', ['Obama', 'his']],
    ])
  })

  it('goes to the nearest person, whose title opens the sentence, before one who spoke earlier', () => {
    const speakerOf = (text: string): string | undefined => {
      const doc = parse(text)
      return doc.entities.find((found) => found.id === doc.quotes.at(-1)?.speaker)?.name
    }
    const text =
      'Election\n\n"Germany will be governed well again," Merz told supporters. He said his priority was a government.\n\n' +
      'U.S. President Donald Trump congratulated the conservatives in a post. "The people of Germany got tired," he wrote.\n'
    expect(speakerOf(text)).toBe('Donald Trump')
    // A capitalised word that is no title opens nothing: "Born Frank Owen Goldberg".
    const born = parse(
      'Obituary\n\nFrank Gehry died on Friday. He was 96. Born Frank Owen Goldberg in Toronto, he moved to Los Angeles in 1947.\n',
    )
    const he = born.entities.find((found) =>
      found.mentions.some((mention) => mention.kind === 'pronoun' && mention.text === 'he'),
    )
    expect(he?.name).toBe('Frank Gehry')
    // Nor a title whose name is not the nearest person: "Moderator Bret Baier ... asking Rubio why he".
    const asked = parse(
      'Debate\n\nModerator Bret Baier started the exchange by asking Rubio why he decided to attack.\n',
    )
    const asker = asked.entities.find((found) =>
      found.mentions.some((mention) => mention.kind === 'pronoun' && mention.text === 'he'),
    )
    expect(asker?.name).toBe('Rubio')
  })

  it('goes to the titled subject of the sentence before, past the people named later in it', () => {
    const text =
      'Ruling\n\nJustice Sonia Sotomayor, joined by Justices Elena Kagan and Ketanji Brown Jackson, dissented. She wrote that the majority was wrong.\n'
    const doc = parse(text)
    const she = doc.entities.find((found) =>
      found.mentions.some((mention) => mention.kind === 'pronoun' && mention.text === 'She'),
    )
    expect(she?.name).toBe('Sonia Sotomayor')
    expect(doc.entities.find((found) => found.id === doc.quotes[0]?.speaker)?.name).toBe(
      'Sonia Sotomayor',
    )
  })

  it('still goes to the person who spoke before, when nothing in its sentence surely fits', () => {
    const doc = parse(
      'Debate night\n\nOhio Sen. JD Vance said the moderators were unfair. Later he said the debate was over.\n',
    )
    const he = doc.entities.find((found) =>
      found.mentions.some((mention) => mention.kind === 'pronoun' && mention.text === 'he'),
    )
    expect(he?.name).toBe('JD Vance')
  })
})

describe('a name with "and" inside it or between two', () => {
  it('joins a body whose name has a plural, or a name of its own the tagger cut at the "and", before its head', () => {
    expect(
      entityNames(
        'Talks\n\nThe Hostages and Missing Families Forum said 132 hostages were still being held in the enclave.\n\n' +
          'Republicans on the House Ways and Means Committee said on Tuesday that they would vote against the bill.\n\n' +
          'He studied at Ithaca College and Cornell University before joining the firm.\n',
      ),
    ).toEqual([
      'Hostages and Missing Families Forum',
      'Republicans',
      'House Ways and Means Committee',
      'Ithaca College',
      'Cornell University',
    ])
  })

  it('joins a body whose name has two common words joined before its head, with and without its country', () => {
    const text =
      'Pill approved\n\nThe U.S. Food and Drug Administration on Friday approved the pill. ' +
      'The Food and Drug Administration said it would act. ' +
      'Food and Drug Administration Commissioner Robert Califf spoke. The FDA said no more.\n'
    const fda = entity(text, 'U.S. Food and Drug Administration')
    expect(fda?.kind).toBe('organization')
    expect(fda?.aliases).toEqual(expect.arrayContaining(['Food and Drug Administration', 'FDA']))
    expect(entity(text, 'Robert Califf')?.titles).toEqual([
      'Food and Drug Administration Commissioner',
    ])
    expect(entityNames(text)).not.toContain('U.S. Food')
    // Not two letters, which stand for other names too.
    expect(
      entityNames(
        'Congress\n\nThe Chinese Communist Party met in Beijing. A CP reporter asked a question.\n',
      ),
    ).toContain('CP')
    // Its acronym without the country's initial.
    expect(
      entity(
        'Pill\n\nThe U.S. Food and Drug Administration approved it. The FDA said so.\n',
        'U.S. Food and Drug Administration',
      )?.aliases,
    ).toEqual(['FDA'])
    // Not a person, nor a known name, before the "and".
    expect(
      entityNames(
        'Talks\n\nPresident Joe Biden spoke. He met Biden and Commerce Department officials.\n',
      ),
    ).toEqual(['Joe Biden', 'Commerce Department'])
  })

  it('parts a company’s name from the name after "and", and a person’s surname from a body', () => {
    expect(
      kinds('Pill\n\nThe drug, developed by Sage Therapeutics and Biogen, will be sold widely.\n'),
    ).toEqual(['Sage Therapeutics:organization', 'Biogen:organization'])
    const text =
      'Referral\n\nJudiciary Committee Chairman Bob Goodlatte sent the referral.\n\n' +
      'Also Monday, Goodlatte and Benghazi Committee Chairman Trey Gowdy sent a letter.\n'
    expect(entity(text, 'Bob Goodlatte')?.aliases).toEqual(['Goodlatte'])
    expect(entity(text, 'Benghazi Committee')?.kind).toBe('organization')
  })
})

describe('names the text vouches for', () => {
  it('include a name defined with its acronym, joined to it', () => {
    const text =
      'Budget\n\nThe Office for Budget Responsibility (OBR) said growth would slow. The OBR was right.\n'
    const office = entity(text, 'Office for Budget Responsibility')
    expect(office?.kind).toBe('organization')
    expect(office?.aliases).toContain('OBR')
    expect(parse(text).quotes[0]?.source?.text).toBe('The Office for Budget Responsibility')
  })

  it('include a short name defined in brackets whose letters are another language’s, not an agency after a dateline', () => {
    const text =
      'Election\n\nBERLIN (Reuters) - The far-right Alternative for Germany (AfD) surged. ' +
      'The AfD came second. The Christian Democrats (CDU) won.\n'
    const party = entity(text, 'Alternative for Germany')
    expect(party?.kind).toBe('organization')
    expect(party?.aliases).toEqual(['AfD'])
    expect(party?.mentions).toHaveLength(3)
    expect(entity(text, 'Reuters')?.kind).toBe('organization')
    expect(entity(text, 'Berlin')?.aliases).toEqual([])
  })

  it('make a body the tagger read as the place that opens its name a body, when its initials define it', () => {
    const text =
      "Vote\n\nCandidates loyal to Khan's Pakistan Tehreek-e-Insaf (PTI) party won. The Pakistan Muslim League-Nawaz (PML-N) won 75 seats. PTI spokesman Zulfi Bukhari spoke.\n"
    const pti = entity(text, 'Pakistan Tehreek-e-Insaf')
    expect(pti?.kind).toBe('organization')
    expect(pti?.aliases).toEqual(['PTI'])
    expect(entity(text, 'Pakistan Muslim League-Nawaz')?.kind).toBe('organization')
    // Not a place the gazetteer knows: "New York (NY)".
    expect(kinds('Storm\n\nOfficials in New York (NY) said the storm passed.\n')).toContain(
      'New York:place',
    )
  })

  it('do not include a term defined with its acronym', () => {
    const names = entityNames('Growth\n\nGross Domestic Product (GDP) rose 2 percent.\n')
    expect(names).not.toContain('Gross Domestic Product')
  })

  it('make the place of a dateline that place wherever the document names it', () => {
    const doc = parse(
      'Shooting\n\nDENVER (AP) — Denver police said a man was arrested. Denver officials declined to comment.\n',
    )
    expect(doc.entities.find((found) => found.name === 'Denver')?.kind).toBe('place')
    const austin = parse(
      'Shooting\n\nAUSTIN, Texas (AP) — A man was arrested Friday in Austin, police said.\n',
    )
    expect(austin.entities.find((found) => found.name === 'Texas')?.kind).toBe('place')
  })

  it('leave out a word that opens the sentence before a name', () => {
    const names = entityNames(
      'Support grows\n\nEven Lindsey Graham endorsed him. Then DuPont announced a merger.\n',
    )
    expect(names).toContain('Lindsey Graham')
    expect(names).toContain('DuPont')
    const kept = entityNames(
      'Vatican\n\nHoly See spokesman Matteo Bruni said so. Us Weekly reported it.\n',
    )
    expect(kept).toContain('Holy See')
    expect(kept).toContain('Us Weekly')
  })
})

describe('the words the tagger leaves out of a campaign group’s or a body’s name', () => {
  it('are taken in before a head that names no body alone ("Amnesty International")', () => {
    const text =
      'Strikes condemned\n\nBoth Amnesty International and Human Rights Watch called for an inquiry. Amnesty International said the strikes were unlawful. Human Rights Watch agreed.\n'
    expect(kinds(text)).toEqual([
      'Amnesty International:organization',
      'Human Rights Watch:organization',
    ])
    expect(entity(text, 'Human Rights Watch')?.mentions.map((mention) => mention.text)).toEqual([
      'Human Rights Watch',
      'Human Rights Watch',
    ])
  })

  it('are taken in before a place’s head that names no place alone ("Long Island")', () => {
    expect(
      kinds(
        'School days\n\nThe boy who had attended a preparatory school on Long Island joined a fraternity. He later sailed off Long Island.\n',
      ),
    ).toEqual(['Long Island:place'])
  })

  it('are taken in before "of the" and a name ("Friends of the Earth"), unless a title or a surname', () => {
    const text =
      'Talks\n\nOn Monday he met campaigners from Friends of the Earth and bishops of the Church of England to talk about the new rules for the coal mines.\n\nShe met the Mayor of London and then she spoke with Gov. Mike Pence of Indiana about the rules.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Friends of the Earth:organization',
        'Church of England:organization',
        'Mike Pence:person',
        'Indiana:place',
      ]),
    )
  })
})

describe('the office after a title and "of"', () => {
  it('is part of the title, no place ("Secretary of State"), unless it names a place', () => {
    const text =
      'Talks\n\nOn Monday the Secretary of State met Secretary of Homeland Security Alejandro Mayorkas and the Minister of Britain to talk about the rules.\n'
    expect(kinds(text)).toEqual(['Alejandro Mayorkas:person', 'Britain:place'])
  })

  it('is cut off the holder’s name the tagger ran it into, and is no name alone', () => {
    const text =
      'Talks\n\nSecretary of Energy Jennifer Granholm agreed. Minister of Foreign Affairs Penny Wong spoke. The Secretary of Energy left on Monday.\n'
    const doc = parse(text)
    expect(
      doc.entities.map((found) => `${found.name}:${found.kind}:${found.titles.join()}`),
    ).toEqual([
      'Jennifer Granholm:person:Secretary of Energy',
      'Penny Wong:person:Minister of Foreign Affairs',
    ])
  })

  it('is no person after a ministry ("Ministry of Foreign Affairs and Trade")', () => {
    expect(kinds('Talks\n\nThe Ministry of Foreign Affairs and Trade said no.\n')).toEqual([
      'Ministry of Foreign Affairs and Trade:organization',
    ])
  })
})

describe('a utility’s name', () => {
  it('is a company, though its first word is a first name ("Duke Energy")', () => {
    const text =
      'Storm\n\nDuke Energy said 300,000 customers lost power. Peabody Energy and General Electric agreed.\n'
    expect(kinds(text)).toEqual([
      'Duke Energy:organization',
      'Peabody Energy:organization',
      'General Electric:organization',
    ])
  })

  it('is a company when a miner’s or a shipper’s ("Kamoto Mining", "Evergreen Shipping")', () => {
    const text =
      'Strike\n\nOutput fell at Kamoto Mining and at Tenke Fungurume Mining, which is owned by CMOC. Evergreen Shipping said freight rose.\n'
    expect(kinds(text)).toEqual([
      'Kamoto Mining:organization',
      'Tenke Fungurume Mining:organization',
      'CMOC:organization',
      'Evergreen Shipping:organization',
    ])
  })

  it('is a company when a builder’s ("Halvorsen Constructions said")', () => {
    expect(
      kinds(
        'Hospital\n\nHalvorsen Constructions said the delays were caused by design changes. Keller Engineering agreed.\n',
      ),
    ).toEqual(['Halvorsen Constructions:organization', 'Keller Engineering:organization'])
  })
})

describe('a list of three names or more with a sure organisation in it', () => {
  it('makes the one-word names the tagger was unsure of organisations too', () => {
    const text =
      'Spending\n\nMicrosoft, Amazon and Alphabet together plan to spend more than $300 billion on data centers next year.\n'
    expect(kinds(text)).toEqual([
      'Microsoft:organization',
      'Amazon:organization',
      'Alphabet:organization',
    ])
  })

  it('makes a first name of the lists one too ("Meta"), as a pair does not ("Google and Jordan")', () => {
    expect(
      kinds('Spending\n\nAlphabet, Microsoft, Meta and Amazon said they would spend more.\n'),
    ).toEqual([
      'Alphabet:organization',
      'Microsoft:organization',
      'Meta:organization',
      'Amazon:organization',
    ])
  })
})

describe('a name before a landmark noun', () => {
  it('is a place, not a person ("the Kerem Shalom crossing")', () => {
    const text =
      'Aid\n\nTwo trucks were hit near the Kerem Shalom crossing on Friday, the agency said in a statement.\n'
    expect(kinds(text)).toContain('Kerem Shalom:place')
    // However the tagger reads it, unsure: as a body's name after "through".
    expect(
      kinds(
        'Aid\n\nTwo trucks passed through the Kerem Shalom crossing on Friday. Aid went through the Qalandia checkpoint.\n',
      ),
    ).toEqual(['Kerem Shalom:place', 'Qalandia:place'])
  })

  it('is a place after a word that opens a settlement\'s name, or "residents of" opening a sentence', () => {
    expect(
      kinds(
        'Strikes\n\nHostages were taken from Kibbutz Nir Oz. Residents of Khan Younis fled on Monday.\n',
      ),
    ).toEqual(['Kibbutz Nir Oz:place', 'Khan Younis:place'])
  })

  it('is an other name when it is a language alone ("speak Hindi", "in Mandarin"), no place nor person', () => {
    const text =
      'Census\n\nMost villagers speak Hindi and Bhojpuri, the minister said. He answered in Mandarin, then in Cantonese and Urdu. Signs are in Tagalog and Amharic.\n'
    expect(kinds(text)).toEqual([
      'Hindi:other',
      'Bhojpuri:other',
      'Mandarin:other',
      'Cantonese:other',
      'Urdu:other',
      'Tagalog:other',
      'Amharic:other',
    ])
  })

  it('is a place after "Greater" when the rest is one ("Greater China"), not a body’s name', () => {
    const text =
      'Sales\n\nHe said sales in Greater China grew 8%. Greater Manchester Police said so.\n'
    expect(kinds(text)).toEqual(['Greater China:place', 'Greater Manchester Police:organization'])
  })

  it('is a place before "region" or "province" ("Sudan’s Darfur region"), not a people', () => {
    const text =
      'Aid\n\nChildren were dying in El Fasher, the last major city in Sudan’s Darfur region. Aid reached the Kurdish region.\n'
    expect(kinds(text)).toContain('Darfur:place')
    expect(kinds(text)).not.toContain('Kurdish:place')
  })
})

describe('a description set off after a name', () => {
  it('makes it a person when an owner’s name opens it ("X, UNICEF’s regional director,")', () => {
    const text =
      'Vaccines\n\nRegina De Dominicis, UNICEF’s regional director, urged governments to invest in vaccination. "Every child deserves protection," she said.\n'
    expect(kinds(text)).toEqual(['Regina De Dominicis:person', 'UNICEF:organization'])
  })

  it('makes it an organisation when its head is a firm’s ("Euroclear, a Brussels-based clearing house,")', () => {
    const text =
      'Assets\n\nMost of the assets are held by Euroclear, a Brussels-based clearing house, and by banks.\n'
    expect(kinds(text)).toContain('Euroclear:organization')
  })
})

describe('a name set off by commas after a noun of kin', () => {
  it('is the relative, a person, though a city bear the name ("her daughter, Sofia,")', () => {
    const text =
      'Victims named\n\nThe victims were identified as Maria Gonzalez, 41; her daughter, Sofia, 16; and Kevin Tran, 35.\n'
    expect(kinds(text)).toContain('Sofia:person')
  })

  it("is a person in two words too, of the kin's gender, the subject a pronoun after stands for", () => {
    const doc = parse(
      'Verdict\n\nNichols\' mother, RowVaughn Wells, wept as the verdict was read. "I\'m just so disappointed," she told reporters.\n',
    )
    const wells = doc.entities.find((found) => found.name === 'RowVaughn Wells')
    expect(wells?.kind).toBe('person')
    expect(wells?.mentions.map((mention) => mention.text)).toEqual(['RowVaughn Wells', 'she'])
    expect(doc.quotes[0]?.speaker).toBe(wells?.id)
    // A role between the noun of kin and the name says nothing against the kin's gender.
    const jones = parse(
      'Obituary\n\nQuincy Jones died on Sunday. His daughter, the actor Rashida Jones, wrote on Instagram that her father "taught me." She said he had been a devoted parent.\n',
    ).entities.find((found) => found.name === 'Quincy Jones')
    expect(jones?.mentions.map((mention) => mention.text)).toContain('he')
    // Not past a relation of its own: "His wife, the daughter of Obinna Eze".
    const eze = parse(
      'Family\n\nObinna Eze arrived. His wife, the daughter of Tunde Bello, spoke. Eze said he was proud.\n',
    ).entities.find((found) => found.name === 'Obinna Eze')
    expect(eze?.mentions.map((mention) => mention.text)).toContain('he')
    // A lawyer set off so does not take the owner's next pronoun.
    const assange = parse(
      "Trial\n\nAssange's lawyer, Barry Pollack, spoke to reporters outside the court. He faces up to 175 years in prison.\n",
    ).entities.find((found) => found.name === 'Assange')
    expect(assange?.mentions.map((mention) => mention.text)).toEqual(['Assange', 'He'])
    // Not a body's name: "its partner, Goldman Sachs,".
    expect(kinds('Deal\n\nIts partner, Goldman Sachs, agreed.\n')).toContain(
      'Goldman Sachs:organization',
    )
  })
})

describe('a one-word organisation name that shortens another’s first word', () => {
  it('is that organisation ("the Fed" and "the Federal Reserve")', () => {
    const text =
      'Rates\n\nStocks fell after the Federal Reserve held rates on Wednesday. Investors had hoped the Fed would cut them in June, and traders now expect the Fed to wait.\n'
    const fed = entity(text, 'Federal Reserve')
    expect(fed?.kind).toBe('organization')
    expect(fed?.mentions.map((mention) => mention.text)).toEqual(['Federal Reserve', 'Fed', 'Fed'])
  })

  it('is the body news clips so when several names open with that word', () => {
    const text =
      'Rates\n\nThe Federal Reserve held rates on Wednesday. The Federal Open Market Committee voted 11-1. Fed Chair Jerome Powell said the Fed would wait.\n'
    expect(entity(text, 'Federal Reserve')?.aliases).toEqual(['Fed'])
    expect(entity(text, 'Federal Open Market Committee')?.aliases).toEqual([])
    // (Not the body of fewest words: "the Federal Deposit Insurance Corp.")
    const bank =
      'Bank\n\nThe Federal Deposit Insurance Corp. took control. The Federal Reserve Bank of San Francisco had flagged problems, and the Fed said it would review.\n'
    expect(entity(bank, 'Federal Deposit Insurance Corp.')?.aliases).toEqual([])
  })
})

describe('an acronym before a word of who leads or runs it', () => {
  it('is a body ("the BJP-led alliance", "GOP-dominated"), not an other name of the whole', () => {
    expect(kinds('Poll\n\nThe BJP-led alliance won. ANC-run councils failed.\n')).toEqual([
      'BJP:organization',
      'ANC:organization',
    ])
    // (Not after a prefix: "Post-ABC polls".)
    expect(kinds('Poll\n\nRecent Post-ABC polls show a tie.\n')).not.toContain('ABC:organization')
  })
})

describe('a place named by one word said twice', () => {
  it('is one place ("Kurri Kurri", "Wagga Wagga"), not a person nor half a name', () => {
    expect(
      kinds('Trial\n\nHer body was left near Kurri Kurri. Wagga Wagga flooded in March.\n'),
    ).toEqual(['Kurri Kurri:place', 'Wagga Wagga:place'])
    // (But a given name said twice is a person's: "a man calling himself Paul Paul".)
    expect(kinds('Posts\n\nA man calling himself Paul Paul wrote it.\n')).toEqual([
      'Paul Paul:person',
    ])
  })
})

describe('a street’s name', () => {
  it('is a place after a first name ("Allen Avenue") and after a title’s word ("Martin Luther King Boulevard")', () => {
    expect(
      kinds(
        "Markets\n\nAt Lagos' Allen Avenue market, traders waited. Traffic on Martin Luther King Boulevard stopped.\n",
      ),
    ).toEqual(['Lagos:place', 'Allen Avenue:place', 'Martin Luther King Boulevard:place'])
    // (But a surname that heads streets' names too is the person's: "Diane Lane".)
    expect(kinds('Film\n\nDiane Lane starred in the film.\n')).toEqual(['Diane Lane:person'])
  })
})

describe('a legislature named by its common noun at a sentence’s start', () => {
  it('is an organisation ("Congress said", "Parliament voted")', () => {
    expect(kinds('Bill\n\nCongress said the bill passed.\n')).toEqual(['Congress:organization'])
    expect(kinds('Vote\n\nParliament voted on Tuesday.\n')).toEqual(['Parliament:organization'])
  })
})

describe('"the center", "the institute", "the school"', () => {
  it('is a body the text named so, not the body named most or last', () => {
    const doc = parse(
      'Ruling\n\nAccording to the Brennan Center for Justice, a policy institute at New York University, four other states passed such laws. The ruling will doom them, the center said. Tuilagi said the UN must pay for "the wall that stops the school from flooding."\n',
    )
    const named = (id: string | null): string | undefined =>
      doc.entities.find((found) => found.id === id)?.name
    expect(named(doc.quotes[1]?.speaker ?? null)).toBe('Brennan Center for Justice')
    expect(doc.entities.find((found) => found.name === 'UN')?.aliases).toEqual([])
    // A university is "the school"; with no such body named, a body of its own, not the
    // company named last.
    const speakerOf = (text: string): (string | undefined)[] => {
      const found = parse(text)
      const speaker = found.entities.find((entity) => entity.id === found.quotes[0]?.speaker)
      return [speaker?.name, speaker?.kind]
    }
    expect(
      speakerOf(
        'Suit\n\nHarvard University sued on Monday. "We will not surrender," the school said.\n',
      ),
    ).toEqual(['Harvard University', 'organization'])
    expect(
      speakerOf('Starr\n\nKen Starr left Microsoft on Monday. The school declined to comment.\n'),
    ).toEqual(['The school', 'organization'])
  })

  it('takes "the party" in a report for the speaker\'s own party, not the party named most', () => {
    const text =
      "Result\n\nThe Bharatiya Janata Party (BJP) won 48 seats, and the BJP will govern. Congress MP Kumari Selja said the party needed introspection. Mr Chautala of the INLD said the party would play a constructive role. AAP's Rajya Sabha MP Sanjay Singh said the party would learn.\n"
    const doc = parse(text)
    /** Where each nominal mention of the entity named `name` opens. */
    const nominalsOf = (name: string): number[] =>
      (doc.entities.find((found) => found.name === name)?.mentions ?? [])
        .filter((mention) => mention.kind === 'nominal')
        .map((mention) => mention.position.start.offset)
    /** Where "the party" opens after `words`. */
    const after = (words: string): number => text.indexOf(words) + words.length + 1
    expect(nominalsOf('Congress')).toEqual([after('Selja said')])
    expect(nominalsOf('INLD')).toEqual([after('INLD said')])
    // (A chamber the speaker sits in is no party of theirs.)
    expect(nominalsOf('Rajya Sabha')).toEqual([])
  })

  it('takes "the university" for a university the text named, never the court named first', () => {
    const doc = parse(
      "Ruling\n\nThe Supreme Court struck down Buckeye State University's rules on Thursday. The university said it would comply.\n",
    )
    const university = doc.entities.find((found) => found.name === 'Buckeye State University')
    expect(university?.mentions.map((mention) => mention.text)).toContain('The university')
    expect(doc.entities.find((found) => found.name === 'Supreme Court')?.aliases).toEqual([])
  })
})

describe('a nickname in quotation marks between a given name and a surname', () => {
  it('is of one person, whom the surname and "nickname surname" name later', () => {
    const doc = parse(
      'Rally\n\nRajendra "Raju" Paswan told Reuters his party would decide. His nephew, Vikram Paswan, is its spokesman. Rep. Robert C. "Bobby" Scott spoke. Bobby Scott is popular. Joaquin “El Chapo” Guzman was sentenced. Guzman said nothing.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.kind, found.aliases])).toEqual([
      ['Rajendra "Raju" Paswan', 'person', []],
      ['Reuters', 'organization', []],
      ['Vikram Paswan', 'person', []],
      ['Robert C. "Bobby" Scott', 'person', ['Bobby Scott']],
      ['Joaquin “El Chapo” Guzman', 'person', ['Guzman']],
    ])
    // (Not the nephew's, named since.)
    expect(doc.quotes.map((quote) => quote.speaker)).toEqual([doc.entities[0]?.id])
    // A surname of two words, a nickname in capitals.
    expect(
      parse(
        'Deal\n\nMaria "Mimi" De Souza told Reuters it was off. Mimi De Souza left. Anthony "AJ" Johnson spoke.\n',
      ).entities.map((found) => [found.name, found.aliases]),
    ).toEqual([
      ['Maria "Mimi" De Souza', ['Mimi De Souza']],
      ['Reuters', []],
      ['Anthony "AJ" Johnson', []],
    ])
  })
})

describe('a surname with an Arabic article joined to it', () => {
  it('is the same person without it ("Bashar al-Assad" and "Assad")', () => {
    const text =
      'Syria talks\n\nPresident Bashar al-Assad met envoys in Damascus on Monday. Assad said the talks had failed, and Mr. Assad left.\n'
    expect(
      entity(text, 'Bashar al-Assad')
        ?.mentions.filter((m) => m.kind === 'name')
        .map((m) => m.text),
    ).toEqual(['Bashar al-Assad', 'Assad', 'Assad'])
  })
})

describe('one plural word that opens a sentence', () => {
  it('is no name ("Staffers said"), unless a people, a party or a name the lists know', () => {
    const text =
      'Plan\n\nStaffers said the plan was bad. Bosses agreed with them. Republicans said no. Hamas rejected it.\n'
    expect(entityNames(text)).toEqual(['Republicans', 'Hamas'])
  })

  it('opens the sentence after a dateline too ("LOS ANGELES — Firefighters battled")', () => {
    const text =
      'Fire grows\n\nLOS ANGELES — Firefighters battled the fire on Saturday.\n\nWASHINGTON (AP) — Teachers walked out.\n'
    expect(entityNames(text)).toEqual(['Los Angeles', 'Washington', 'AP'])
  })
})

describe('a name that ends in the word for a craft or an instrument', () => {
  it('is an other name, not the person it is named after ("the James Webb Space Telescope")', () => {
    const text =
      'Webb\n\nThe James Webb Space Telescope has detected water vapour on a rocky planet, astronomers said.\n'
    expect(kinds(text)).toContain('James Webb Space Telescope:other')
  })
})

describe('a first name the tagger types apart from the surname after it', () => {
  it('is joined to the person’s name ("LeBron James"), unless a word usually written in lower case', () => {
    const text =
      'Lakers lose\n\nLeBron James had 28 points and DeAndre Jordan had 12. Team Clinton met the House Democrats on Friday.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining(['LeBron James:person', 'DeAndre Jordan:person']),
    )
    expect(kinds(text).some((kind) => kind.startsWith('Team Clinton'))).toBe(false)
  })

  it('is joined to a surname the lists know that the tagger left out at a sentence’s start', () => {
    expect(kinds('Game\n\nLeBron James scored 40 points, and the Lakers won.\n')).toContain(
      'LeBron James:person',
    )
    expect(
      kinds('Donors\n\nShe attended a gathering for top Mitt Romney fund-raisers in 2012.\n'),
    ).toContain('Mitt Romney:person')
  })
})

describe('a body’s name after "the"', () => {
  it('takes in the common word the tagger left out before it', () => {
    const text =
      'Fed holds rates steady\n\nWASHINGTON, March 20 (Reuters) - The Federal Reserve held interest rates steady on Wednesday. ' +
      'Powell said the Fed would wait.\n'
    expect(entity(text, 'Federal Reserve')?.aliases).toEqual(['Fed'])
    expect(entityNames(text)).not.toContain('Reserve')
  })
})

describe('a dateline’s place in capitals', () => {
  it('is named as the text would spell it, words the gazetteer does not know too', () => {
    const doc = parse(
      'NASA delays mission\n\nCAPE CANAVERAL, Florida, Jan 9 (Reuters) - NASA on Tuesday pushed back its plans. The USA team agreed.\n',
    )
    expect(doc.entities.map((found) => found.name)).toEqual(
      expect.arrayContaining(['Cape Canaveral', 'Florida', 'NASA']),
    )
    // One word the gazetteer does not know, spelt (not an acronym's letters).
    const cupertino = parse(
      'iPhone\n\nCUPERTINO, Calif., Sept 9 (Reuters) - Apple unveiled its phones on Monday.\n',
    )
    expect(cupertino.entities.map((found) => found.name)).toContain('Cupertino')
  })

  it('is one place after a saint’s abbreviation, cased as places are', () => {
    const names = (text: string): string[] => parse(text).entities.map((found) => found.name)
    const stLouis = names('Protest\n\nST. LOUIS (AP) — Hundreds marched on Sunday.\n')
    expect(stLouis).toContain('St. Louis')
    expect(stLouis).not.toContain('LOUIS')
    expect(names('Storm\n\nPORT ST. LUCIE (AP) — The storm hit on Sunday.\n')).toContain(
      'Port St. Lucie',
    )
    expect(names('Border\n\nMCALLEN, Texas (AP) — Agents came on Sunday.\n')).toContain('McAllen')
    expect(names('Summit\n\nRIO DE JANEIRO (Reuters) - Leaders met on Sunday.\n')).toContain(
      'Rio de Janeiro',
    )
  })
})

describe('a county’s name', () => {
  it('is a place over the words before its head that the tagger read as a person', () => {
    expect(
      kinds(
        'Storm\n\nTornadoes struck St. Lucie County on Florida’s east coast. Officials in Palm Beach County said so. Los Angeles County sheriffs came.\n',
      ),
    ).toEqual([
      'St. Lucie County:place',
      'Florida:place',
      'Palm Beach County:place',
      'Los Angeles County:place',
    ])
  })
})

describe('a company’s web name', () => {
  it('is the company’s, with the name without its domain, wherever the document names them', () => {
    const text =
      'Amazon to cut 14,000 corporate jobs\n\nSEATTLE, Oct 28 (Reuters) - Amazon.com said on Tuesday it would cut about 14,000 corporate jobs. ' +
      'The cuts represent less than 4% of Amazon’s roughly 350,000 corporate employees.\n'
    const amazon = entity(text, 'Amazon.com')
    expect(amazon?.kind).toBe('organization')
    expect(amazon?.aliases).toContain('Amazon')
    expect(parse(text).entities.filter((found) => found.kind === 'person')).toEqual([])
  })

  it('ends before the full stop of its sentence, as no abbreviation does', () => {
    const doc = parse(
      'Storm\n\nMore than 2 million homes were without power, according to PowerOutage.us. Sen. Joe Manchin, D-W.Va., spoke at 5 p.m.\n',
    )
    expect(doc.entities.map((found) => found.name)).toEqual(
      expect.arrayContaining(['PowerOutage.us', 'Joe Manchin']),
    )
    expect(doc.quotes[0]?.source?.text).toBe('PowerOutage.us')
  })
})

describe('a name after a company’s noun', () => {
  it('is a company wherever the document names it, not a person the lists know', () => {
    const text =
      'Inquiry\n\nThe system was made by the Japanese firm Fujitsu. Fujitsu’s European boss, Paul Patterson, spoke. It was the company Smith founded.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining(['Fujitsu:organization', 'Paul Patterson:person', 'Smith:person']),
    )
    expect(entity(text, 'Fujitsu')?.mentions.filter((m) => m.kind === 'name')).toHaveLength(2)
  })
})

describe('a name before a noun of a made thing', () => {
  it('is an other name, a product’s or a mission’s, with a model’s number too', () => {
    const text =
      'Launch\n\nThe Artemis II mission will carry four astronauts. Ukraine needs 25 more Patriot systems. The Falcon 9 rocket launched. Boeing jets were grounded. Artemis II was delayed, and so was Artemis III.\n'
    expect(kinds(text)).toEqual([
      'Artemis II:other',
      'Ukraine:place',
      'Patriot:other',
      'Falcon:other',
      'Boeing:organization',
      'Artemis III:other',
    ])
  })
})

describe('a name before a spokesperson', () => {
  it('is a body wherever the document names it, not a nationality', () => {
    const text =
      'Launch\n\nA SpaceX spokesperson did not respond to a request for comment. SpaceX launched the rocket on Tuesday. A Chinese foreign ministry spokesman said so.\n'
    expect(kinds(text)).toEqual(['SpaceX:organization', 'Chinese:other'])
    expect(entity(text, 'SpaceX')?.mentions).toHaveLength(2)
  })
})

describe('a name typed a person that "which" follows', () => {
  it('is an organisation wherever the document names it ("OpenAI, which was valued at")', () => {
    const text =
      'Launch\n\nOpenAI on Tuesday released a new model. OpenAI, which was valued at $500 billion last month, has said it expects revenue to double. OpenAI has denied wrongdoing.\n'
    expect(kinds(text)).toContain('OpenAI:organization')
    expect(entity(text, 'OpenAI')?.mentions.filter((m) => m.kind === 'name')).toHaveLength(3)
  })

  it('leaves a person the lists know a person, and an amendment an other name', () => {
    const text =
      'Policy\n\nThey oppose the Helms Amendment, which bars aid. Mitt Romney, which surprised many, spoke.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining(['Helms Amendment:other', 'Mitt Romney:person']),
    )
  })
})

describe('the owner of a company the lists know', () => {
  it('is a company ("Alphabet’s Google")', () => {
    const text =
      'Race\n\nCompetition with Alphabet’s Google heats up. Alphabet fell 0.8% in afternoon trading.\n'
    expect(kinds(text)).toContain('Alphabet:organization')
  })
})

describe('two names joined by "and" that the tagger read as one', () => {
  it('are split when the gazetteers know one of them ("Google and Anthropic")', () => {
    const text =
      "Race\n\nOpenAI on Tuesday released a new version of the artificial intelligence model behind ChatGPT, saying it makes fewer factual errors, as competition with Alphabet's Google and Anthropic heats up. The Port Authority of New York and New Jersey said so, and Douglas & Lomason agreed.\n"
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Google:organization',
        'Anthropic:organization',
        'Port Authority of New York and New Jersey:organization',
        'Douglas & Lomason:organization',
      ]),
    )
  })
})

describe('a plural name that ends the full name of a place’s team', () => {
  it('is that team ("Lakers" and "Los Angeles Lakers"), not a party beside a state’s branch', () => {
    const text =
      'Warriors rally past Lakers\n\nThe Golden State Warriors beat the Los Angeles Lakers 121-115. The Lakers lost for the third time, and the Warriors have won four straight.\n\nTexas Democrats met on Friday. Democrats elsewhere stayed home.\n'
    const names = (name: string) =>
      entity(text, name)
        ?.mentions.filter((m) => m.kind === 'name')
        .map((m) => m.text)
    expect(names('Los Angeles Lakers')).toEqual(['Lakers', 'Los Angeles Lakers', 'Lakers'])
    expect(names('Golden State Warriors')).toEqual([
      'Warriors',
      'Golden State Warriors',
      'Warriors',
    ])
    expect(names('Texas Democrats')).toEqual(['Texas Democrats'])
  })
})

describe('a place’s name and a capitalised plural', () => {
  it('is a team ("Denver Nuggets", "Kansas City Chiefs"), not a place’s features or a person’s surname', () => {
    const text =
      'Kelce\n\nKansas City Chiefs tight end Travis Kelce watched the Lakers play at the Denver Nuggets on Tuesday. He flew over the Canary Islands.\n\nChandler Van Voorhis said the plan would work. Mr. Van Voorhis spoke.\n'
    // A first name that names a place too, then a surname in "-s".
    expect(
      kinds('Lakers\n\nAfter a Curry miss, Austin Reaves made two free throws.\n'),
    ).not.toContain('Austin Reaves:organization')
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Kansas City Chiefs:organization',
        'Denver Nuggets:organization',
        'Canary Islands:place',
        'Chandler Van Voorhis:person',
      ]),
    )
  })
})

describe('an organisation’s name that a title word opens or that heads end', () => {
  it('stays whole ("the State Bar of Georgia", "Howard University School of Law")', () => {
    const text =
      'Obituary\n\nShe was the first to lead the State Bar of Georgia. She graduated from Howard University School of Law in 1959. Senator Rand Paul of Kentucky praised her.\n'
    expect(kinds(text)).toEqual([
      'State Bar of Georgia:organization',
      'Howard University School of Law:organization',
      'Rand Paul:person',
      'Kentucky:place',
    ])
  })
})

describe('a word of a headline in title case', () => {
  it('is no name when it is a verb’s "-ing" form the body never capitalises ("Pioneering")', () => {
    const text =
      'Margaret Ellison, Pioneering Civil Rights Lawyer, Dies at 91\n\nMargaret Ellison, a civil rights lawyer, died on Sunday at her home in Atlanta.\n'
    expect(kinds(text)).toEqual(['Margaret Ellison:person', 'Atlanta:place'])
  })
})

describe('a name after a role and "at"', () => {
  it('is the employer, an organisation ("an analyst at Evercore")', () => {
    const text =
      'Shares\n\n"The question is whether any of them can hold a lead," said Jane Smith, an analyst at Evercore.\n'
    expect(kinds(text)).toContain('Evercore:organization')
  })
})

describe('a possessive right after a name and a comma', () => {
  it('is someone else’s before a role ("Rahm Emanuel, his chief of staff"), the name’s before kin', () => {
    const pronouns = (text: string, name: string) =>
      entity(text, name)
        ?.mentions.filter((m) => m.kind === 'pronoun')
        .map((m) => m.text)
    const text =
      'Talks\n\nBarack Obama met Israeli leaders on Monday. Rahm Emanuel, his chief of staff, stayed in Washington.\n\nGov. Jack Dalrymple, his wife, Betsy, and two aides flew in on Tuesday.\n'
    expect(pronouns(text, 'Rahm Emanuel')).toEqual([])
    expect(pronouns(text, 'Barack Obama')).toEqual(['his'])
    expect(pronouns(text, 'Jack Dalrymple')).toEqual(['his'])
  })
})

describe('the names of a storm story', () => {
  it('reads the storm, the county, the state’s abbreviation, the coast and the ballpark', () => {
    const text =
      'Storm\n\nTAMPA, Fla. (AP) — Hurricane Milton tore across Florida’s Gulf Coast on Thursday. A tornado struck a retirement community in St. Lucie County, Sheriff Keith Pearson said. The storm made landfall as a Category 3 hurricane. It ripped the roof off Tropicana Field.\n'
    expect(kinds(text)).toEqual([
      'Tampa:place',
      'Florida:place',
      'AP:organization',
      'Hurricane Milton:other',
      'Gulf Coast:place',
      'St. Lucie County:place',
      'Keith Pearson:person',
      'Tropicana Field:place',
    ])
    expect(entity(text, 'Keith Pearson')?.titles).toEqual(['Sheriff'])
  })
})

describe('a body’s name before a title and a person’s name', () => {
  it('is an organisation though it opens a sentence ("Federal Emergency Management Agency Administrator Deanne Criswell")', () => {
    const text =
      'Storm\n\nThe White House said so. Federal Emergency Management Agency Administrator Deanne Criswell said more than 1,000 federal workers were on the ground.\n'
    expect(kinds(text)).toEqual([
      'White House:organization',
      'Federal Emergency Management Agency:organization',
      'Deanne Criswell:person',
    ])
  })
})

describe('one word after "the" before a verb', () => {
  it('is no person ("The Fed said"), but a family or a party’s member may be', () => {
    const text =
      'Aid\n\nGreenpeace and Oxfam called for an immediate ceasefire. The Fed said in a separate statement that it was monitoring the economic fallout. The Trump administration disagreed. The Clintons said nothing, and the Democrat said less.\n'
    expect(kinds(text)).toContain('Fed:organization')
    expect(kinds(text)).toContain('Trump:person')
    expect(kinds(text)).not.toContain('Clintons:organization')
  })
})

describe('the first word of an interview’s answer after "A:"', () => {
  it('opens a sentence, no name ("A: Anger is a fuel")', () => {
    const text =
      'Interview\n\nQ: You have said anger is not useful. Why?\n\nA: Anger is a fuel, but it burns out fast.\n\nA: Technically, yes. The International Energy Agency says emissions must fall.\n'
    expect(kinds(text)).toEqual(['International Energy Agency:organization'])
  })
})

describe('a well-known group named in common words', () => {
  it('is found where the tagger missed it or read it in part ("Doctors Without Borders", "Save the Children")', () => {
    const text =
      'Aid\n\nDoctors Without Borders said on Thursday that children were dying. Save the Children said it had suspended operations. The Dow Jones index fell.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Doctors Without Borders:organization',
        'Save the Children:organization',
      ]),
    )
    expect(kinds(text)).not.toContain('Children:organization')
  })
})

describe('a name written as Apple writes its products', () => {
  it('is an other name ("iPhone"), and "the company" is Apple', () => {
    const text =
      'Sales\n\nApple Inc reported strong demand for the iPhone 17 in China. Shares of the company rose 3%. The iPhone lineup is strong.\n'
    expect(kinds(text)).toContain('iPhone:other')
    expect(entity(text, 'Apple Inc')?.mentions.map((m) => m.text)).toContain('the company')
  })
})

describe('a third person pronoun inside a quotation', () => {
  it('is not the speaker of the quotation that the paragraph goes on with', () => {
    const text =
      'Kohli hits back\n\nVirat Kohli scored 86 on Friday. India coach Gautam Gambhir defended him.\n\n"People keep writing him off," Gambhir said. "He has worked harder than anyone.\n\n"If he gets a start tomorrow, I\'d back him to go big."\n'
    const pronouns = (name: string) =>
      entity(text, name)
        ?.mentions.filter((m) => m.kind === 'pronoun')
        .map((m) => m.text)
    expect(pronouns('Gautam Gambhir')).toEqual([])
    expect(pronouns('Virat Kohli')).toEqual(['him', 'him', 'He', 'he', 'him'])
  })

  it('is not whoever the paragraph says speaks it ("Judges underestimated her," said X)', () => {
    const text =
      'Obituary\n\nMargaret Ellison, a civil rights lawyer, died on Sunday.\n\n"She was fearless in a courtroom," said Sherrilyn Ifill, a former president of the fund. "Judges underestimated her exactly once."\n'
    const pronouns = (name: string) =>
      entity(text, name)
        ?.mentions.filter((m) => m.kind === 'pronoun')
        .map((m) => m.text)
    expect(pronouns('Sherrilyn Ifill')).toEqual([])
    expect(pronouns('Margaret Ellison')).toEqual(['She', 'her'])
  })

  it('is not the speaker named after the quotation, nor their mention in an earlier paragraph', () => {
    const text =
      'Verstappen wins\n\nMax Verstappen won the race on Sunday.\n\nRed Bull boss Christian Horner called it a masterclass.\n\n"People were writing him off," Horner said. "Today he showed why he is a champion."\n'
    const pronouns = (name: string) =>
      entity(text, name)
        ?.mentions.filter((m) => m.kind === 'pronoun')
        .map((m) => m.text)
    expect(pronouns('Christian Horner')).toEqual([])
    expect(pronouns('Max Verstappen')).toEqual(['him', 'he', 'he'])
  })

  it('is not whom the pronoun that speaks it stands for ("She means everything to me," she said)', () => {
    const text =
      'Swift\n\nTaylor Swift played her final show on Sunday. Emma Chen, 19, said she had waited all her life.\n\n"She means everything to me," she said. "Her music got me through."\n'
    const pronouns = (name: string) =>
      entity(text, name)
        ?.mentions.filter((m) => m.kind === 'pronoun')
        .map((m) => m.text)
    expect(pronouns('Taylor Swift')).toEqual(['her', 'She', 'Her'])
    expect(pronouns('Emma Chen')).toEqual(['she', 'her', 'she'])
  })

  it('may be a speaker of another quotation of the paragraph', () => {
    const text =
      'Chaos\n\nEdward Lorenz ran the model again in 1961. "We tried it once with the same equation," Lorenz said. He then started to explain the result. "He just gives it all away," Rothman said.\n'
    const pronouns = entity(text, 'Edward Lorenz')?.mentions.filter((m) => m.kind === 'pronoun')
    expect(pronouns?.map((m) => m.text)).toEqual(['He', 'He'])
  })

  it('is not the speaker inside single marks, doubled apostrophes, or a quotation that goes on with one said', () => {
    const pronouns = (text: string, name: string) =>
      entity(text, name)
        ?.mentions.filter((m) => m.kind === 'pronoun')
        .map((m) => m.text)
    const british =
      "Football\n\nWanderers sacked Gareth Doyle on Monday. 'He gave me my debut when I was 17,' Kieran Blake said. 'The lads feel we let him down.'\n"
    expect(pronouns(british, 'Gareth Doyle')).toEqual(['He', 'him'])
    expect(pronouns(british, 'Kieran Blake')).toEqual([])
    const doubled =
      "Campaign\n\nBernie Sanders pressed his case. ''Given how liberal he is, it made the work hard,'' Mr. McCain recalled last week.\n"
    expect(pronouns(doubled, 'Bernie Sanders')).toEqual(['his', 'he'])
    // "His agent, Martin Hale, said": a name set off by commas speaks the quotation after it.
    const agent =
      "Football\n\nWanderers sacked Gareth Doyle on Monday. His agent, Martin Hale, said Doyle was 'proud of what he achieved'.\n"
    expect(pronouns(agent, 'Martin Hale')).toEqual([])
  })
})

describe('an institution named after someone in the possessive', () => {
  it('is one organisation ("St. Mary’s Hospital"), not a body’s part ("Johns Hopkins University’s School")', () => {
    const text =
      "Theft\n\nA former nurse at St. Mary's Hospital was convicted. She spoke at Johns Hopkins University's School of Advanced International Studies.\n"
    expect(kinds(text)).toContain("St. Mary's Hospital:organization")
    expect(kinds(text)).toContain('Johns Hopkins University:organization')
  })

  it('takes in an owner the tagger left out, and the quote goes to the person before "of"', () => {
    const doc = parse(
      "Juice\n\nProfessor Tim Spector of King's College London, who was not involved, said such studies could not prove cause and effect.\n",
    )
    const names = doc.entities.map((entity) => `${entity.name}:${entity.kind}`)
    expect(names).toContain("King's College London:organization")
    expect(names).not.toContain('College London:organization')
    const speaker = doc.entities.find((entity) => entity.id === doc.quotes[0]?.speaker)
    expect(speaker?.name).toBe('Tim Spector')
  })
})

describe('a name right after a person’s role in lower case', () => {
  it('is a person’s, whatever the tagger typed it ("agency official Shinya Tsukada")', () => {
    const text =
      'Quake\n\n"This does not mean a big earthquake will happen," agency official Shinya Tsukada said at a news conference.\n'
    expect(kinds(text)).toContain('Shinya Tsukada:person')
    // Initials in capitals open the name.
    expect(kinds('Lakers\n\n"He is 39 years old," Lakers coach JJ Redick said.\n')).toContain(
      'JJ Redick:person',
    )
  })
})

describe('a building named by its first word alone', () => {
  it('is the building ("Wembley" after "Wembley Stadium"), not a place the lists know', () => {
    const text =
      'Final\n\nEngland beat Italy at Wembley Stadium on Sunday. Wembley was full. Fans flew home from Brussels Airport to Brussels.\n'
    expect(entity(text, 'Wembley Stadium')?.aliases).toEqual(['Wembley'])
    expect(kinds(text)).toEqual(
      expect.arrayContaining(['Brussels Airport:place', 'Brussels:place']),
    )
  })
})

describe('a name that speaks after a quotation ("\'Q,\' says Arteta.")', () => {
  it("is a person's where the tagger is unsure, not an acronym nor a name going on", () => {
    expect(kinds("Match\n\n'It is scandalous,' says Arteta.\n")).toContain('Arteta:person')
    expect(kinds("Debate\n\n'He won the night,' said MSNBC.\n")).not.toContain('MSNBC:person')
  })
})

describe('initials without full stops before a name', () => {
  it('are a person’s, as Indian copy writes them ("J P Nadda"), not a place’s letters', () => {
    const text =
      'Result\n\nBJP president J P Nadda said the party had won. K C Venugopal left. U S Steel fell.\n'
    const doc = parse(text)
    expect(kinds(text)).toEqual(
      expect.arrayContaining(['J P Nadda:person', 'K C Venugopal:person']),
    )
    expect(kinds(text)).not.toContain('U S Steel:person')
    expect(doc.entities.find((entity) => entity.name === 'J P Nadda')?.titles).toEqual([
      'BJP president',
    ])
  })
})

describe('a first name and a surname the tagger typed a body’s', () => {
  it('is a person’s name, unless its first word is a common word or its last a body’s head', () => {
    const text =
      'Events\n\nTaylor Swift ended the Eras Tour in Vancouver. Dell Technologies fell. Star Wars opened.\n'
    expect(kinds(text)).toContain('Taylor Swift:person')
    expect(kinds(text)).toContain('Dell Technologies:organization')
    expect(kinds(text)).not.toContain('Star Wars:person')
  })
})

describe('a name after "in" that the tagger read as a person’s, unsure', () => {
  it('is a place when its first word opens places’ names or a place follows it with "and"', () => {
    const text =
      'Hostages\n\nThey were handed over to the Red Cross in Khan Younis and Gaza City. Biden, who was in Santa Monica for an event, spoke. He had confidence in Joe Biden and Kamala Harris.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Khan Younis:place',
        'Santa Monica:place',
        'Joe Biden:person',
        'Kamala Harris:person',
      ]),
    )
  })
})

describe('a place of nature', () => {
  it('is a place by its last word, whatever its first words name ("the Nankai Trough", "Guantanamo Bay")', () => {
    const text =
      'Quake\n\nThe quake struck along the Nankai Trough and the San Andreas Fault. Detainees are held at Guantanamo Bay.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Nankai Trough:place',
        'San Andreas Fault:place',
        'Guantanamo Bay:place',
      ]),
    )
  })
})

describe('an event’s name', () => {
  it('is an other name by its last word ("the Eras Tour", "the Boston Marathon", "the Las Vegas Grand Prix")', () => {
    const text =
      'Events\n\nTaylor Swift ended the Eras Tour in Vancouver. The Boston Marathon and the Kentucky Derby were held. Verstappen won the Las Vegas Grand Prix.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Eras Tour:other',
        'Boston Marathon:other',
        'Kentucky Derby:other',
        'Las Vegas Grand Prix:other',
        'Vancouver:place',
      ]),
    )
  })
})

describe('a court’s name', () => {
  it('is an organisation, not the place it sits in ("the United States Court of Appeals")', () => {
    const text =
      'Ruling\n\nA jury in Multnomah County Circuit Court convicted her. The United States Court of Appeals upheld it.\n'
    expect(kinds(text)).toEqual([
      'Multnomah County Circuit Court:organization',
      'United States Court of Appeals:organization',
    ])
  })
})

describe('a company named with its legal form', () => {
  it('is one entity with its short name, even one the lexicon knows ("Unilever Plc", "Unilever")', () => {
    const doc = parse(
      'Deal\n\nUnilever Plc said on Thursday it would buy Glowlab. Shares of Unilever rose 1.2%. Tesco PLC fell, and Tesco said nothing.\n',
    )
    const unilever = doc.entities.filter((entity) => entity.name.startsWith('Unilever'))
    expect(unilever.map((entity) => [entity.name, entity.aliases])).toEqual([
      ['Unilever Plc', ['Unilever']],
    ])
    expect(doc.entities.find((entity) => entity.name === 'Tesco PLC')?.aliases).toEqual(['Tesco'])
  })

  it('ends the name at the legal form, and a capital after its dot opens a sentence', () => {
    const text = 'Deal\n\nUnilever agreed to buy Glowlab Inc. Shares of Unilever rose.\n'
    expect(kinds(text)).toContain('Glowlab Inc.:organization')
    expect(kinds(text).some((kind) => kind.includes('Shares'))).toBe(false)
  })
})

describe('bodies and streets named in ways the tagger reads apart', () => {
  it('takes in a body’s head and the words before it ahead of "for" or "on"', () => {
    const text =
      'Inquiry\n\nThe Independent Office for Police Conduct said it had a referral. The bill went to the Joint Committee on Intelligence and Security.\n'
    expect(kinds(text)).toContain('Independent Office for Police Conduct:organization')
    expect(kinds(text)).toContain('Joint Committee on Intelligence and Security:organization')
  })

  it('reads a plural in the possessive before a body’s head as part of its name', () => {
    const text =
      "Charged\n\nHe will appear before Leeds Magistrates' Court on Wednesday. The Brazilian Workers' Party won. Sanders' Senate campaign began.\n"
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        "Leeds Magistrates' Court:organization",
        "Brazilian Workers' Party:organization",
      ]),
    )
    expect(kinds(text).some((kind) => kind.startsWith("Sanders' Senate"))).toBe(false)
  })

  it('reads a name ending in a street’s head as a place, unless it opens with a first name', () => {
    const text =
      'Flat\n\nOfficers were called to an address on Harehills Lane. Lois Lane said nothing.\n'
    expect(kinds(text)).toEqual(['Harehills Lane:place', 'Lois Lane:person'])
  })
})

describe('kinds that the form or a description of a name gives', () => {
  it('reads clubs, Portuguese generations and businesses described as such', () => {
    const text =
      'Transfer\n\nDeclan Rice joined from West Ham United. Alonso preferred Vinícius Júnior on the flank. Unilever sold Pureit, a water purifier business, last year.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'West Ham United:organization',
        'Vinícius Júnior:person',
        'Pureit:organization',
      ]),
    )
  })

  it('reads a name after "published in The" as a publication’s, not a place’s', () => {
    const text =
      'Juice\n\nThe study was published in The Lancet on Wednesday. He lives in The Hague.\n'
    expect(kinds(text)).toEqual(['Lancet:organization', 'Hague:place'])
  })

  it('takes in the capitalised words before a company’s head, a name read apart included', () => {
    const text =
      'Spin-off\n\nIt completed the spin-off of its ice cream unit, The Magnum Ice Cream Company, in December.\n'
    expect(kinds(text)).toEqual(['Magnum Ice Cream Company:organization'])
  })

  it('reads a name before a company officer’s title as the company, wherever it stands', () => {
    const doc = parse(
      'Musk says Tesla will hold prices\n\nTesla Chief Executive Elon Musk said on Thursday the company would not cut prices. Tesla cut prices twice last year. Shares of the company rose.\n',
    )
    const tesla = doc.entities.find((found) => found.name === 'Tesla')
    expect(tesla?.kind).toBe('organization')
    expect(tesla?.mentions.filter((mention) => mention.kind === 'nominal')).toHaveLength(2)
  })

  it('reads a name that ends in a legal form as a company’s, with the words the tagger left out', () => {
    const text =
      'Chips\n\nSome investors have worried that tech companies are spending too much. Meta Platforms Inc said last month it would spend up to $72 billion on capital projects this year. Kia Motor Corp said sales rose.\n'
    expect(kinds(text)).toEqual(['Meta Platforms Inc:organization', 'Kia Motor Corp:organization'])
  })

  it('reads names after a kind of storms in the plural as storms ("hurricanes Helene and Milton")', () => {
    const text =
      'Aid\n\nThe bill includes disaster aid for states hit by hurricanes Helene and Milton. Helene and Milton were deadly.\n'
    expect(kinds(text)).toEqual(['Helene:other', 'Milton:other'])
  })

  it('reads storms, seas and regions by their heads, and a storm’s own name as the storm', () => {
    const text =
      'Storm toll rises\n\nTyphoon Kalmaegi killed at least 40 people before crossing the Visayas region toward the South China Sea. Kalmaegi weakened. In 2013, Super Typhoon Haiyan killed 6,300 people.\n'
    expect(kinds(text)).toEqual([
      'Typhoon Kalmaegi:other',
      'Visayas:place',
      'South China Sea:place',
      'Super Typhoon Haiyan:other',
    ])
    expect(entity(text, 'Typhoon Kalmaegi')?.aliases).toEqual(['Kalmaegi'])
  })

  it('reads a product’s name by the noun it names or stands before', () => {
    const text =
      'Chips\n\nNvidia Corp unveiled a new chip called Rubin Ultra. Demand for its current Blackwell chips has soared. Nvidia chips are scarce. A man named John Smith agreed.\n'
    expect(kinds(text)).toEqual([
      'Nvidia Corp:organization',
      'Rubin Ultra:other',
      'Blackwell:other',
      'John Smith:person',
    ])
  })

  it('reads the employer after a role and "at" as a body, though the tagger be sure of a place', () => {
    const text =
      'Chips\n\n"It leads," said Stacy Rasgon, an analyst at Bernstein. Analysts at Jefferies said the price was full.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining(['Bernstein:organization', 'Jefferies:organization']),
    )
  })

  it('reads one word before ", which" as a body’s, though it be a first name too', () => {
    const text =
      'Ban\n\nMeta, which owns Instagram and Facebook, said in a statement it would comply with the law.\n'
    expect(kinds(text)).toContain('Meta:organization')
  })

  it('reads a name before "sources" as a body’s ("Treasury sources said")', () => {
    const text =
      'Budget\n\nChancellor Rachel Reeves will set out her Budget soon. Treasury sources said she had ruled out raising income tax.\n'
    expect(kinds(text)).toContain('Treasury:organization')
  })

  it('reads a palace or a castle as a place, not a person', () => {
    const text =
      'Defence\n\nMacron told a news conference at the Elysee Palace on Wednesday. The king stayed at Windsor Castle.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining(['Elysee Palace:place', 'Windsor Castle:place']),
    )
  })

  it('names no trade in the plural that opens a sentence, but keeps peoples', () => {
    const text =
      'Crime\n\nParamedics pronounced her dead at the scene. Palestinians protested. Hispanics voted.\n'
    expect(entityNames(text)).toEqual(['Palestinians', 'Hispanics'])
  })

  it('names no part of a law or a treaty before its number', () => {
    const text =
      'Trade\n\nHe said he would launch a Section 301 investigation. NATO’s Article 5 was invoked.\n'
    expect(entityNames(text)).toEqual(['NATO'])
  })

  it('names no units or time zones', () => {
    const text = 'Juice\n\nBlood pressure was 2.1 mmHg lower. Shares rose 1.2% by 1000 GMT.\n'
    expect(entityNames(text)).toEqual([])
  })
})

describe('a people by descent', () => {
  it('is another name: "Black" before a lower-case word, a people’s word and "Americans"', () => {
    const text =
      'Poll\n\nThe album features four young Black country singers. African Americans and Native American tribes backed her.\n'
    expect(kinds(text)).toEqual(['Black:other', 'African Americans:other', 'Native American:other'])
    // Unless a person of the text bears the name.
    expect(entity(`${text}\nConrad Black said it was unfair.\n`, 'Conrad Black')?.kind).toBe(
      'person',
    )
  })
})

describe('the organisations that the tagger never saw', () => {
  it('knows the online platforms, record labels and film studios', () => {
    const text =
      'Posts\n\nShe posted the video on Instagram, and he wrote on LinkedIn that Spotify had signed a deal with Columbia Records and Paramount Pictures.\n'
    expect(kinds(text)).toEqual([
      'Instagram:organization',
      'LinkedIn:organization',
      'Spotify:organization',
      'Columbia Records:organization',
      'Paramount Pictures:organization',
    ])
  })

  it('knows armed groups and parties abroad named without the word "party"', () => {
    const text =
      'Vote\n\nFidesz won seats. Komeito lost seats. Sinn Fein gained. Hamas fired rockets. Boko Haram kidnapped girls. The Taliban seized power.\n'
    expect(kinds(text)).toEqual([
      'Fidesz:organization',
      'Komeito:organization',
      'Sinn Fein:organization',
      'Hamas:organization',
      'Boko Haram:organization',
      'Taliban:organization',
    ])
  })

  it('knows the companies news names most, and a short name of one is the company', () => {
    const text =
      'Court\n\nApple was found to have violated a court order. Apple said it would appeal. Tesla shares fell as UnitedHealth Group slid; UnitedHealth said costs rose.\n'
    expect(kinds(text)).toEqual([
      'Apple:organization',
      'Tesla:organization',
      'UnitedHealth Group:organization',
    ])
    expect(entity(text, 'UnitedHealth Group')?.aliases).toEqual(['UnitedHealth'])
  })

  it('knows companies named in the possessive, unless a person of the text bears the name', () => {
    const text =
      'Retail\n\nMcDonald’s said sales rose. Moody’s cut its rating. Rob Lowe’s film opened.\n'
    expect(kinds(text)).toEqual([
      'McDonald’s:organization',
      'Moody’s:organization',
      'Rob Lowe:person',
    ])
  })

  it('knows the federal agencies named in parts joined by "and"', () => {
    const text =
      'ICE\n\nU.S. Immigration and Customs Enforcement did not respond to a request for comment. Customs and Border Protection said crossings fell.\n'
    expect(kinds(text)).toEqual([
      'U.S. Immigration and Customs Enforcement:organization',
      'Customs and Border Protection:organization',
    ])
  })

  it('reads a well-known group’s branch in a country as one organisation', () => {
    const text =
      'Killings\n\nAmnesty International Kenya called the killings unacceptable, as did Save the Children UK.\n'
    expect(kinds(text)).toEqual([
      'Amnesty International Kenya:organization',
      'Save the Children UK:organization',
    ])
  })
})

describe('a party’s name that the lists know as a place or a first name', () => {
  it('is an organisation before "party", wherever else it stands', () => {
    const text =
      'Vote\n\nThe ruling Morena party and its allies won a supermajority. Morena’s lawmakers agreed.\n'
    expect(entity(text, 'Morena')?.kind).toBe('organization')
  })
})

describe('a first name that no list knows between a title and a surname', () => {
  it('opens the person’s name', () => {
    const text =
      'Taxes\n\nKenya’s Treasury Secretary Njuguna Ndung’u had said the taxes were needed.\n'
    expect(entity(text, 'Njuguna Ndung’u')?.kind).toBe('person')
  })
})

describe('names from stories of Japan, Brazil, Germany and a press release', () => {
  it('reads "X Prefecture", "X Oblast" as places and "X Forces" as a body', () => {
    expect(
      kinds(
        'Quake\n\nResidents of Iwate Prefecture were told to leave. The Self-Defense Forces were deployed. Fighting went on in Kherson Oblast.\n',
      ),
    ).toEqual([
      'Iwate Prefecture:place',
      'Self-Defense Forces:organization',
      'Kherson Oblast:place',
    ])
  })

  it('joins a party’s short name to its name before a lower-case "party" ("the Liberal party (PL)")', () => {
    const doc = parse(
      "Runoff\n\nTavares, of the Liberal party (PL), lost. PL officials were angry. The leftwing Workers' party (PT) won. The PT celebrated.\n",
    )
    expect(doc.entities.map((found) => [found.name, found.aliases.slice(0, 1)])).toEqual([
      ['Tavares', []],
      ['Liberal', ['PL']],
      ['Workers', ['PT']],
    ])
  })

  it('reads a housebuilder’s name ("Harrowgate Homes") as a body', () => {
    expect(
      kinds(
        'Homes approved\n\nCouncillors approved plans by Harrowgate Homes. Barratt Homes objected. Many families lost their homes.\n',
      ),
    ).toEqual(['Harrowgate Homes:organization', 'Barratt Homes:organization'])
  })

  it('reads a street after a preposition of place as a place ("met on Mill Lane")', () => {
    expect(
      kinds("Protest\n\nCampaigners met on Mill Lane. Critics praised Diane Lane's film.\n"),
    ).toEqual(['Mill Lane:place', 'Diane Lane:person'])
  })

  it('splits an acronym and the body after "and" ("the IMF and World Bank")', () => {
    expect(
      kinds(
        'Outlook\n\nOfficials from the IMF and World Bank met. Crews from the RFS and Fire and Rescue NSW fought the blaze. Spending on R and D rose.\n',
      ),
    ).toEqual([
      'IMF:organization',
      'World Bank:organization',
      'RFS:organization',
      'Fire and Rescue NSW:organization',
    ])
  })

  it('reads "Herr" and "Frau" as forms of address', () => {
    const doc = parse(
      'Talks\n\nFriedrich von Aldenhoven leads the talks. "At some point Herr von Aldenhoven will have to say no," Georg Huber said.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.titles])).toEqual([
      ['Friedrich von Aldenhoven', ['Herr']],
      ['Georg Huber', []],
    ])
  })

  it('joins a paper’s author, surname and initial, to the person named in full ("Raman P")', () => {
    const doc = parse(
      'Vaccine works\n\nA new vaccine protects children, a trial found.\n\nDr Priya Raman said the results were strong. Prof Eleanor Fairbairn led the trial.\n\nNotes to editors\n\n1. The paper, by Fairbairn E, Mwakasege D, Raman P, et al., is published today.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.aliases])).toEqual([
      ['Priya Raman', ['Raman P']],
      ['Eleanor Fairbairn', ['Fairbairn E']],
      ['Mwakasege D', []],
    ])
  })
})

describe('a party’s name with a complement', () => {
  it('takes "of" or "for" and the words after it, "the" too, but no person', () => {
    const text =
      'Vote\n\nThe Constitutional Democratic Party of Japan gained seats, and the Democratic Party for the People quadrupled its seats. In India, the Telugu Desam Party of N. Chandrababu Naidu won.\n'
    expect(kinds(text)).toEqual([
      'Constitutional Democratic Party of Japan:organization',
      'Democratic Party for the People:organization',
      'India:place',
      'Telugu Desam Party:organization',
      'N. Chandrababu Naidu:person',
    ])
  })

  it('takes common words that a list holds as a first name: "the Institute for Free Expression"', () => {
    const text =
      'Ruling\n\nThe Institute for Free Expression joined the case. Jonathan Price, a lawyer at the Center for Free Speech, backed it, as did the Democratic Party of Bill Clinton.\n'
    expect(kinds(text)).toEqual([
      'Institute for Free Expression:organization',
      'Jonathan Price:person',
      'Center for Free Speech:organization',
      'Democratic Party:organization',
      'Bill Clinton:person',
    ])
  })
})

describe('a title holder’s tenure in lower case', () => {
  it('opens the title: "former President", "interim President"', () => {
    const text =
      'Talks\n\nSyria’s interim President Ahmed al-Sharaa met former President Moon Jae-in. Former President Moon Jae-in spoke.\n'
    expect(entity(text, 'Ahmed al-Sharaa')?.titles).toEqual(['interim President'])
    // One title however its case.
    expect(entity(text, 'Moon Jae-in')?.titles).toEqual(['former President'])
  })
})

describe('bodies of one name for two nations', () => {
  it('are two entities, each named with its nation, later mentions going with the last', () => {
    const text =
      'Talks\n\nThe talks went well, the Saudi Foreign Ministry said. Wang spoke, according to the Chinese Foreign Ministry. The Foreign Ministry later added more.\n'
    const ministries = parse(text).entities.filter((found) =>
      found.name.endsWith('Foreign Ministry'),
    )
    expect(ministries.map((found) => [found.name, found.mentions.length])).toEqual([
      ['Saudi Foreign Ministry', 1],
      ['Chinese Foreign Ministry', 2],
    ])
    // One nation written two ways stays one body.
    const turkish = parse(
      "Drill\n\nThe Turkish Defence Ministry said the drill ended. Turkey's Defence Ministry said more.\n",
    ).entities.filter((found) => found.name.endsWith('Defence Ministry'))
    expect(turkish).toHaveLength(1)
    // A country's possessive goes with the body its adjective names.
    const qatar = parse(
      "Talks\n\nThe Egyptian Foreign Ministry said talks went well. Qatar's Foreign Ministry said it was optimistic. The Qatari Foreign Ministry added more.\n",
    ).entities.filter((found) => found.name.endsWith('Foreign Ministry'))
    expect(qatar.map((found) => [found.name, found.mentions.length])).toEqual([
      ['Egyptian Foreign Ministry', 1],
      ['Qatari Foreign Ministry', 2],
    ])
    // By another of the country's names: "Turkey's" is of the nation "Turkish" names (Türkiye).
    const turkey = parse(
      'Talks\n\nThe Turkish Foreign Ministry said it would respond. The Egyptian Foreign Ministry said it was concerned. Turkey’s Foreign Ministry later said the talks were over.\n',
    ).entities.filter((found) => found.name.endsWith('Foreign Ministry'))
    expect(turkey.map((found) => [found.name, found.mentions.length])).toEqual([
      ['Turkish Foreign Ministry', 2],
      ['Egyptian Foreign Ministry', 1],
    ])
  })
})

describe('a fire service’s name and ranks', () => {
  it('are a body and a title, not a person and a body of their own', () => {
    expect(
      kinds('Fire\n\nCal Fire Battalion Chief Renee Castillo said the fire had grown.\n'),
    ).toEqual(['Cal Fire:organization', 'Renee Castillo:person'])
  })
})

describe('a club named after no place', () => {
  it('is a body wherever the story names it, though the tagger read a person', () => {
    expect(
      kinds(
        'Villa win\n\nWatkins scored as Villa beat Arsenal. Arsenal’s afternoon was made worse when Declan Rice limped off.\n',
      ),
    ).toContain('Arsenal:organization')
  })
})

describe('a common noun that opens a sentence', () => {
  it('is no person where it ends as common nouns do; a surname named once alone stays one', () => {
    expect(
      entityNames('Shop\n\nMary Smith runs the shop. Inexperience costs more now.\n'),
    ).not.toContain('Inexperience')
    // Though the tagger be fairly sure, and before a comma.
    expect(
      entityNames(
        'Awards\n\nThe singer Jane Smith won three awards. Backstage, he told reporters the award was overdue.\n',
      ),
    ).toEqual(['Jane Smith'])
    expect(entityNames('Markets\n\nStocks rose. Bessent was upbeat in Geneva.\n')).toContain(
      'Bessent',
    )
    expect(entityNames('Vote\n\nAl-Muteiri was confirmed on Tuesday.\n')).toContain('Al-Muteiri')
    // A participle that opens a sentence as a preposition, its object after it ("Excluding
    // items"); not a surname in -ing ("Harding threw").
    expect(
      entityNames(
        'Results\n\nNet income fell to $188 million, or 61 cents per share, from $242 million, or 78 cents, a year earlier. Excluding items, the company earned 94 cents per share, a penny above expectations.\n',
      ),
    ).toEqual([])
    expect(
      entityNames('Game\n\nThe Giants won on Sunday. Harding threw the ball well.\n'),
    ).toContain('Harding')
  })
})

describe('the news agency that reports the story', () => {
  it('is no "bank" nor "group" the story names, but can be "the network"', () => {
    const text =
      'Rates\n\nANKARA, March 6 (Reuters) - Turkey cut rates on Thursday, two sources told Reuters. The central bank declined to comment.\n'
    const doc = parse(text)
    const reuters = doc.entities.find((found) => found.name === 'Reuters')
    expect(reuters?.mentions.map((mention) => mention.text)).not.toContain('The central bank')
    const speaker = doc.quotes.find((quote) => quote.source?.text === 'The central bank')?.speaker
    expect(speaker).not.toBe(reuters?.id)
    const cnn = entity('Debate\n\nCNN aired the debate. The network said ratings rose.\n', 'CNN')
    expect(cnn?.mentions.map((mention) => mention.text)).toContain('The network')
    // An agency that is a party to the story is the company it is.
    const party = parse(
      'Jobs\n\nOn Tuesday, Reuters said it would cut 200 jobs. The company said the cuts would fall on its Asia desks.\n',
    )
    const company = party.quotes.find((quote) => quote.source?.text === 'The company')?.speaker
    expect(party.entities.find((found) => found.id === company)?.name).toBe('Reuters')
    const opening = parse(
      'Jobs\n\nReuters on Tuesday said it would cut 200 jobs. The company said the cuts would fall on Asia.\n',
    )
    const cut = opening.quotes.find((quote) => quote.source?.text === 'The company')?.speaker
    expect(opening.entities.find((found) => found.id === cut)?.name).toBe('Reuters')
    // Not one that opens a sentence as the gatherer of the news.
    const gathered = parse(
      'Phone\n\nApple plans a new phone. The Associated Press obtained a copy of the plan. The company declined to comment.\n',
    )
    const declined = gathered.quotes.find((quote) => quote.source?.text === 'The company')?.speaker
    expect(gathered.entities.find((found) => found.id === declined)?.name).toBe('Apple')
  })
})

describe('a nominal set off after a name, before a relative clause', () => {
  it('is the name’s', () => {
    const text =
      'Syria\n\nRebels led by the Hayat Tahrir al-Sham group toppled Assad. Hezbollah, the Iran-backed Lebanese group that fought alongside his forces, has lost its supply route.\n'
    const hezbollah = entity(text, 'Hezbollah')
    expect(hezbollah?.aliases).toContain('Iran-backed Lebanese group')
    expect(entity(text, 'Hayat Tahrir al-Sham')?.kind).toBe('organization')
  })
})

describe('a first name and a double-barrelled surname', () => {
  it('is a person’s name, though the tagger read a place after "from"', () => {
    const text =
      'Match\n\nThe Egyptian forward opened the scoring in the 12th minute, side-footing home after a cut-back from Trent Alexander-Arnold, and added a second. He landed in Santa Monica.\n'
    expect(entity(text, 'Trent Alexander-Arnold')?.kind).toBe('person')
    expect(entity(text, 'Santa Monica')?.kind).toBe('place')
  })
})

describe('a description set off after a name before a relative clause', () => {
  it('says what the name is, as one closed by a comma does', () => {
    const text =
      'EU\n\nVille Niinistö, the Finnish Green lawmaker who led negotiations for the European Parliament, said the deal showed that Europe can act.\n'
    expect(entity(text, 'Ville Niinistö')?.kind).toBe('person')
  })
})

describe('a first name written with accents that the lists hold without them', () => {
  it('is a first name, with its gender', () => {
    const text =
      'Games\n\nEarlier, France’s Léon Marchand won his fourth gold medal. Jérôme Powell and Hélène Landemore spoke. She said it was fine.\n'
    expect(entity(text, 'Léon Marchand')?.kind).toBe('person')
    expect(
      entity(text, 'Hélène Landemore')?.mentions.some((mention) => mention.text === 'She'),
    ).toBe(true)
  })
})

describe('a live report’s entry time', () => {
  it('opens the entry as a dateline does: the word after it opens a sentence', () => {
    const text =
      'Election night live\n\n9:15 p.m. ET — Turnout in Georgia appears to be running ahead of 2020 levels, according to Gabriel Sterling.\n'
    expect(entityNames(text)).not.toContain('Turnout')
    const doc = parse(text)
    expect(doc.quotes[0]?.text.startsWith('Turnout in Georgia')).toBe(true)
  })
})

describe('the rules of this session, on what they must leave alone', () => {
  it('reads no election, opening phrase, vote or celebration as an organisation', () => {
    expect(
      kinds('Vote\n\nShe was the nominee of the Republican Party for the Senate seat in Ohio.\n'),
    ).toEqual(['Republican Party:organization', 'Senate:organization', 'Ohio:place'])
    expect(
      entity('Trade\n\nAfter Trump, the party that once backed free trade has changed.\n', 'Trump')
        ?.kind,
    ).toBe('person')
    expect(
      entity('Court\n\nThe justices ruled 5-4 with Kagan writing the dissent.\n', 'Kagan')?.kind,
    ).toBe('person')
    expect(
      entity('Vote\n\nIn the end, Cheney was defeated 66-29 in the primary.\n', 'Cheney')?.kind,
    ).toBe('person')
    expect(
      entity('Tennis\n\nDjokovic was beaten 6-4, 6-3 by Jannik Sinner in Melbourne.\n', 'Djokovic')
        ?.kind,
    ).toBe('person')
    expect(
      entity(
        'Party\n\nThe Jackson party was held at the Ritz. Jackson said it was fun.\n',
        'Jackson',
      )?.kind,
    ).toBe('person')
    expect(entityNames('Party\n\nDiscord within the party grew.\n')).toEqual([])
  })

  it('reads no titled surname as a company in the possessive, and keeps movements and bodies', () => {
    expect(kinds('History\n\nChancellor Kohl’s government fell in 1998.\n')).toEqual([
      'Kohl:person',
    ])
    expect(kinds('March\n\nZionists marched through the city on Saturday.\n')).toEqual([
      'Zionists:other',
    ])
    expect(
      kinds('Law\n\nThe rights group Article 19 said the law would silence journalists.\n'),
    ).toEqual(['Article:organization'])
  })

  it('keeps the form of a title written inside a sentence', () => {
    const text =
      'Bush\n\nFormer Florida Gov. Jeb Bush said so. On Monday, former Florida Gov. Jeb Bush spoke again.\n'
    expect(entity(text, 'Jeb Bush')?.titles).toEqual(['former Florida Gov.'])
  })
})

describe('an online platform named before a nominal', () => {
  it('is only a company, a platform or a service', () => {
    const text =
      'War\n\n"The city is in mourning," Klitschko wrote on Telegram. NATO Secretary-General Mark Rutte said the alliance would stand with Ukraine.\n'
    expect(entity(text, 'Telegram')?.aliases).toEqual([])
  })
})

describe('one name written with accents and without them', () => {
  it('is one entity', () => {
    const text =
      'City\n\nMontréal hosted the summit. Later, Montreal voted. Enrique Peña Nieto spoke. Pena Nieto left.\n'
    expect(kinds(text)).toEqual(['Montréal:place', 'Enrique Peña Nieto:person'])
  })
})

describe('a nation’s noun for a person after "the"', () => {
  it('is a nominal of the person, no name of its own', () => {
    const text =
      'Match\n\nArne Slot praised his side’s intensity.\n\n"We were aggressive," the Dutchman said.\n\nThe Briton was third.\n'
    expect(entityNames(text)).toEqual(['Arne Slot'])
    const doc = parse(text)
    expect(doc.entities[0]?.mentions.some((mention) => mention.text === 'the Dutchman')).toBe(true)
  })

  it('is one after an age or an adjective too ("The 49-year-old Scot", "the veteran Swede")', () => {
    const text =
      'Match\n\nArsenal manager Owen Carrick was furious.\n\nThe 49-year-old Scot, in his third season, said he would not appeal.\n\nThe veteran Swede was third.\n'
    expect(entityNames(text)).toEqual(['Arsenal', 'Owen Carrick'])
    const doc = parse(text)
    expect(doc.quotes.map((quote) => quote.speaker)).toEqual([
      doc.entities.find((entity) => entity.name === 'Owen Carrick')?.id,
    ])
  })
})

describe('agencies named in one coined word, clubs and schools', () => {
  it('types them as organisations', () => {
    expect(
      kinds(
        'Prices\n\nInflation was 2.1% in October, Eurostat said. Ofcom fined the broadcaster.\n',
      ),
    ).toEqual(['Eurostat:organization', 'Ofcom:organization'])
    expect(
      kinds('Transfer\n\nJeremie Frimpong came through Manchester City’s academy in England.\n'),
    ).toEqual(['Jeremie Frimpong:person', 'Manchester City:organization', 'England:place'])
    expect(
      kinds('Schools\n\nThe board voted to close Lincoln Elementary at the end of the year.\n'),
    ).toEqual(['Lincoln Elementary:organization'])
  })

  it('gives a listed club’s last word alone to the club', () => {
    const doc = parse(
      'Derby\n\nMorgan Rogers scored as Aston Villa drew with Everton on Saturday.\n\n"Villa were the better side," he said.\n',
    )
    const club = doc.entities.find((entity) => entity.name === 'Aston Villa')
    expect(club?.kind).toBe('organization')
    expect(club?.aliases).toEqual(['Villa'])
  })
})

describe('a name the tagger ran on over a link', () => {
  it('leaves a people’s adjective before a lower-case noun out of the name', () => {
    expect(
      kinds(
        'Transfer\n\nBayern agreed a fee with Bayer Leverkusen for Dutch right back Jeremie Frimpong.\n',
      ),
    ).toEqual([
      'Bayern:organization',
      'Bayer Leverkusen:organization',
      'Dutch:other',
      'Jeremie Frimpong:person',
    ])
  })

  it('reads "the WHO" as the acronym of the organisation the document names', () => {
    expect(
      kinds(
        'Health\n\nThe World Health Organization recommends exercise. The WHO has not set a target.\n',
      ),
    ).toEqual(['World Health Organization:organization'])
  })

  it('reads an acronym of a body’s name without its head or its last word as that body', () => {
    const text =
      'Health\n\nThe Centers for Disease Control and Prevention counted 90 cases. The CDC said more were likely. ' +
      'The Department of Health and Human Services agreed. HHS said so. The Bureau of Alcohol, Tobacco, Firearms and Explosives said so. The ATF said more. ' +
      'The National Oceanic and Atmospheric Administration warned. NOAA said more. U.S. Senate leaders met in the U.S. on Monday.\n'
    expect(kinds(text)).toEqual([
      'Centers for Disease Control and Prevention:organization',
      'Department of Health and Human Services:organization',
      'Bureau of Alcohol, Tobacco, Firearms and Explosives:organization',
      'National Oceanic and Atmospheric Administration:organization',
      'U.S. Senate:organization',
      'U.S.:place',
    ])
    // (Not the name of a place: "DRC" is the Democratic Republic of Congo's.)
    const drc =
      'Aid\n\nThe Danish Refugee Council said aid was blocked in the Democratic Republic of Congo. Aid groups say the DRC faces famine.\n'
    expect(entity(drc, 'Danish Refugee Council')?.aliases).toEqual([])
  })

  it('keeps the number of a union’s local and of a stock index in its name ("CUPE Local 1289", "STOXX Europe 600")', () => {
    expect(
      kinds(
        'Markets\n\nDwayne Mitchell, president of CUPE Local 1289, spoke. The STOXX Europe 600 fell 1%.\n',
      ),
    ).toEqual(['Dwayne Mitchell:person', 'CUPE Local 1289:organization', 'STOXX Europe 600:other'])
  })

  it('reads the pronoun that someone speaking for an owner reports as the owner’s ("Smith’s lawyer said he")', () => {
    const doc = parse(
      'Fires\n\n"Now it is a fire year," said Ioanna Kefalas, a forest ecologist. The prime minister’s office said he would chair a meeting. John Smith was charged. Smith’s lawyer said he would plead not guilty.\n',
    )
    expect(pronounsOf(doc, 'Ioanna Kefalas')).toEqual([])
    expect(pronounsOf(doc, 'John Smith')).toEqual(['he'])
  })

  it('reads a possessive in the phrase that opens a sentence as the subject’s after it ("In her closing remarks, Vandermeer urged")', () => {
    const doc = parse(
      'Council\n\nMayor Patricia Vandermeer spoke last. City manager Helen Tsui said staff would be ready. In her closing remarks, Vandermeer urged councillors to vote yes. After his speech, Mr. Obama left.\n',
    )
    expect(pronounsOf(doc, 'Helen Tsui')).toEqual([])
    expect(pronounsOf(doc, 'Patricia Vandermeer')).toEqual(['her'])
    expect(pronounsOf(doc, 'Obama')).toEqual(['his'])
  })

  it('reads no person in what a child calls a parent, nor a unit of heat ("Mama, just leave", "Celsius")', () => {
    expect(
      kinds(
        'Fires\n\n"My son called and said, Mama, just leave," she said. Dad said no. The heat reached 40 degrees Celsius (104 degrees Fahrenheit). Mama Cass sang.\n',
      ),
    ).toEqual(['Mama Cass:person'])
  })

  it('reads no name in a subhead in capitals of words the text never capitalises ("UNION WARNS ON JOBS")', () => {
    const doc = parse(
      'Rheinwerk cuts jobs\n\nRheinwerk Automobil AG cut its forecast on Thursday, Chief Executive Henrik Adler said.\n\nUNION WARNS ON JOBS\n\nThe company also said it would cut about 4,000 jobs in Germany. The U.N. agency said so.\n\nU.N. PANEL RULES ON JOBS\n\nThe panel agreed.\n',
    )
    expect(doc.entities.map((entity) => entity.name)).not.toContain('UNION WARNS')
    expect(doc.quotes.find((q) => q.source?.text === 'The company')?.speaker).toBe(
      doc.entities.find((entity) => entity.name === 'Rheinwerk Automobil AG')?.id,
    )
    // (An abbreviation: a name still.)
    expect(doc.entities.map((entity) => entity.name)).toContain('U.N.')
  })

  it('reads names listed before a plural of a division as places ("Terry, Yoakum and Dawson counties")', () => {
    expect(
      kinds('Measles\n\nThe outbreak has since spread to Terry, Yoakum and Dawson counties.\n'),
    ).toEqual(['Terry:place', 'Yoakum:place', 'Dawson:place'])
  })

  it('reads an acronym of a body named after its nation without its last word ("the U.S. Centers ... and Prevention", "the CDC")', () => {
    const text =
      'Measles\n\nThe U.S. Centers for Disease Control and Prevention dispatched a team. The CDC said it had sent four epidemiologists.\n'
    expect(kinds(text)).toEqual(['U.S. Centers for Disease Control and Prevention:organization'])
  })

  it('keeps a preposition that opens the sentence out of a body named in the possessive ("At Covenant Children’s Hospital")', () => {
    expect(
      kinds(
        "Measles\n\nAt Covenant Children's Hospital in Lubbock, doctors said they had seen many cases.\n",
      ),
    ).toEqual(["Covenant Children's Hospital:organization", 'Lubbock:place'])
  })

  it('reads an acronym as the name it spells every word of, before one it skips a word of', () => {
    const text =
      'Report\n\nThe Grand Old Party met in Cleveland. Its Growth and Opportunity Project urged outreach. ' +
      'Few read the Growth and Opportunity Project. Longtime GOP donors stayed home.\n'
    expect(entity(text, 'Grand Old Party')?.aliases).toEqual(['GOP'])
    expect(entity(text, 'Growth and Opportunity Project')?.aliases).toEqual([])
  })
})

describe('a caption’s label', () => {
  it('opens a sentence: the word after it is no name written inside one', () => {
    const text =
      'What we know about the bridge collapse\n\nOfficials said on Tuesday. The Coast Guard suspended its search.\n\nPhoto: The wreckage of the bridge on Tuesday. (Jim Watson/AFP via Getty Images)\n'
    expect(kinds(text)).toContain('Coast Guard:organization')
  })
})

describe('a caption’s credit', () => {
  it('is a caption where a wire’s credit or a photograph’s ends a sentence, and its labels no names', () => {
    const doc = parse(
      [
        'Rates held',
        '',
        'The European Central Bank held rates on Thursday, its president said.',
        '',
        "ECB President Margarethe Vollrath speaks at the bank's headquarters in Frankfurt, Germany, March 12, 2026. REUTERS/Jana Rodenbusch",
        '',
        'A sign is seen outside the headquarters in San Francisco, California, U.S., October 3, 2024. REUTERS/Jana Whitcombe/File Photo',
        '',
        'Kieran Hallam had just started an apprenticeship. Photograph: Metropolitan Police',
        '',
        'A man wades through floodwaters in Cedar Key, Fla., Thursday, Oct. 9, 2025. (AP Photo/Dana Whitlock)',
        '',
        "Photo caption: Liam Brennan poses with a shirt at the club's training ground. (Tottenham Hotspur FC via Getty Images)",
        '',
        'PHOTO: Protesters march in Paris, Thursday, March 20, 2025.',
        '',
        'The bank will meet again in April, officials said.',
      ].join('\n'),
    )
    expect(doc.children.map((block) => block.type)).toEqual([
      'paragraph',
      ...Array(6).fill('caption'),
      'paragraph',
    ])
    const names = doc.entities.map((found) => found.name)
    expect(names).not.toContain('File Photo')
    expect(names).not.toContain('PHOTO')
    expect(names).toContain('Liam Brennan')
  })
})

describe('a maker’s name, a model’s number and a name', () => {
  it('is one made thing, not the maker and a body ("Boeing 737 MAX")', () => {
    const found = kinds(
      'Jets\n\nThe Boeing 737 MAX was grounded. Boeing said it was sorry. Arsenal 3 Chelsea 1.\n',
    )
    expect(found).toEqual(
      expect.arrayContaining([
        'Boeing 737 MAX:other',
        'Boeing:organization',
        'Chelsea:organization',
      ]),
    )
    expect(found).not.toContain('MAX:organization')
  })

  it('is the maker and a made thing when the model is a code of capitals and figures ("General Electric CF34-8E")', () => {
    expect(
      kinds(
        'Engine\n\nWhitcombe said the engine, a General Electric CF34-8E, had been removed. The Lockheed Martin F-35 flew.\n',
      ),
    ).toEqual([
      'Whitcombe:person',
      'General Electric:organization',
      'CF34-8E:other',
      'Lockheed Martin:organization',
      'F-35:other',
    ])
  })
})

describe('a body’s head before "of" after a sentence’s opening article', () => {
  it('is the body’s name, which the tagger read from its complement alone', () => {
    expect(
      kinds('Talks\n\nA Department of Health spokeswoman said the door remained open.\n'),
    ).toContain('Department of Health:organization')
  })
})

describe('a gerund opening a sentence', () => {
  it('is no name; a name in "-ing" before its verb stays one', () => {
    expect(
      kinds(
        'Port\n\nThe Port of Baltimore handles more cars than any other U.S. port. Shipping traffic in and out of the port has been suspended until further notice, Transportation Secretary Pete Buttigieg told reporters.\n',
      ),
    ).toEqual(['Baltimore:place', 'U.S.:place', 'Pete Buttigieg:person'])
    expect(
      kinds('Vote\n\nWhittling said the count was over. Sarah Whittling, the clerk, left.\n'),
    ).toEqual(['Sarah Whittling:person'])
  })
})

describe('a name after a noun of ships', () => {
  it('is a ship’s, an other name, wherever the document names it', () => {
    expect(
      kinds(
        'Baltimore crash\n\nThe Singapore-flagged vessel Dali was leaving the harbour at about 1:30 a.m. when it lost propulsion. All 22 crew members aboard the Dali were accounted for.\n',
      ).filter((kind) => kind.startsWith('Dali')),
    ).toEqual(['Dali:other'])
  })
})

describe('a first name alone after a company’s possessive', () => {
  it('is the company’s product; a surname or a full name stays a person', () => {
    expect(
      kinds(
        'AI race\n\nAnthropic’s Claude has gained ground with businesses. Tesla’s Musk said so. Apple’s Tim Cook spoke.\n',
      ),
    ).toEqual([
      'Anthropic:organization',
      'Claude:other',
      'Tesla:organization',
      'Musk:person',
      'Apple:organization',
      'Tim Cook:person',
    ])
  })
})

describe('a name that opens with a company’s', () => {
  it('is a made thing of the company, not a person; a company’s full name stays a body', () => {
    const found = kinds(
      'Maps update\n\nGoogle Maps will show fewer reviews, Google said. Samsung Electronics and Nike Smith spoke too.\n',
    )
    expect(found).toContain('Google Maps:other')
    expect(found).not.toContain('Samsung Electronics:other')
    expect(found).not.toContain('Nike Smith:other')
    // A person whose first name is a company's: a surname of the lists, a description, the
    // surname alone elsewhere.
    expect(
      kinds('Game\n\nSony Michel ran for 112 yards. Michel said the line was great.\n'),
    ).toContain('Sony Michel:person')
    expect(
      kinds('Nurses\n\nTesla Sanders, a nurse in Ohio, said her shifts had doubled.\n'),
    ).toContain('Tesla Sanders:person')
  })
})

describe('a title word the tagger left out before a body’s head', () => {
  it('is put back in the body’s name, with the place or school’s name before it', () => {
    expect(
      kinds(
        'Man jailed\n\nDaniel Price was found guilty at Nottingham Crown Court last month. The Crown Prosecution Service said the case was strong. He studied at Michigan State University.\n',
      ),
    ).toEqual([
      'Daniel Price:person',
      'Nottingham Crown Court:organization',
      'Crown Prosecution Service:organization',
      'Michigan State University:organization',
    ])
  })

  it('takes the capitalised word before a head alone', () => {
    expect(
      kinds(
        'Agents\n\nAgents of the Secret Service shielded her as she left the rally in the afternoon.\n',
      ),
    ).toEqual(['Secret Service:organization'])
  })
})

describe('letters after a person’s name', () => {
  it('are none of the name: "Rebecca Lowe KC"', () => {
    expect(
      kinds(
        'Sentenced\n\nThe defence barrister, Rebecca Lowe KC, told the court her client had a long history of illness.\n',
      ),
    ).toEqual(['Rebecca Lowe:person'])
  })
})

describe('a British judge’s style', () => {
  it('is a title before the surname: "Mr Justice Chamberlain"', () => {
    const doc = parse(
      'Sentenced\n\nSentencing him on Friday, Mr Justice Chamberlain said the attack had been cruel and cowardly.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.titles])).toEqual([
      ['Chamberlain', ['Mr Justice']],
    ])
  })

  it('is a title with any form of address, and the court is a body: "Mrs Justice Harcourt"', () => {
    const doc = parse(
      'Ruling\n\nMrs Justice Harcourt found that the firm acted unlawfully.\n\n"The defendant has not shown any rigour," the judge said.\n\nLawyers spoke outside the Royal Courts of Justice.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.kind, entity.titles])).toEqual([
      ['Harcourt', 'person', ['Mrs Justice']],
      ['Royal Courts of Justice', 'organization', []],
    ])
    // "the judge" is she, and says the quote.
    const judge = doc.entities[0]
    expect(doc.quotes.find((q) => q.kind === 'direct')?.speaker).toBe(judge?.id)
  })
})

describe('a body’s head that takes a complement, and a code name', () => {
  it('reads "China’s Taiwan Affairs Office" whole and "code-named Strait Thunder" as an other name', () => {
    const names = kinds(
      'Drills\n\nChina’s Taiwan Affairs Office said the drills, code-named Strait Thunder, were a stern warning to separatist forces on the island.\n',
    )
    expect(names).toContain('Taiwan Affairs Office:organization')
    expect(names).toContain('Strait Thunder:other')
  })
})

describe('the entity rules of this session, on inputs a review found them misreading', () => {
  const named = (text: string) => parse(`Notes here\n\n${text}\n`).entities.map((e) => e.name)
  const speakers = (text: string) => {
    const doc = parse(`Notes here\n\n${text}\n`)
    return doc.quotes.map((q) => doc.entities.find((e) => e.id === q.speaker)?.name ?? null)
  }

  it.each([
    ['Keating then told reporters the plan was flawed and would be withdrawn.', 'Keating'],
    [
      'Manning argues the plan is flawed. Manning believes the board should resign. Manning wants a new vote.',
      'Manning',
    ],
    [
      'Volunteers will ferry Johnson to the island on Saturday. He said he was grateful for their help.',
      'Johnson',
    ],
    [
      'Police seized the yacht Roman Abramovich owns in the harbour. Abramovich has denied any wrongdoing.',
      'Roman Abramovich',
    ],
    ["Boeing's Calhoun said on Wednesday that the company had made mistakes.", 'Calhoun'],
    ['Dr Post told the inquiry that the hospital was understaffed.', 'Post'],
    ['Professor Service told the conference that funding had collapsed.', 'Service'],
  ])('keeps the person who speaks in %j', (text, person) => {
    expect(speakers(text)[0]).toBe(person)
  })

  it('keeps "Roberts Court" apart from the title before it, and no weekday before a head', () => {
    expect(
      named('The Chief Justice Roberts Court rulings have reshaped the law, critics say.'),
    ).toEqual(['Roberts Court'])
  })

  it('reads a published line whose zone puts the instant in another year', () => {
    const published = (line: string) =>
      parse(`Title here\n\n${line}\n\nBody text of the article goes here today.\n`).meta.publishedAt
    expect(published('Updated Dec 31, 2023 11:30 PM EST')).toBe('2023-12-31')
    expect(published('Published Jan 1, 2024 12:15 AM JST')).toBe('2024-01-01')
  })

  it('cuts letters after a surname alone: "Mr Smith MP", "Lowe KC"', () => {
    expect(
      named('Mr Smith MP said the vote was lost. Lowe KC said the appeal would go ahead.'),
    ).toEqual(['Smith', 'Lowe'])
  })
})

describe('a listed organisation’s acronym the tagger passed over', () => {
  it('is found in capitals too: "after OPEC+ producers agreed"', () => {
    expect(
      kinds(
        'Oil jumps\n\nOil prices rose about 3% on Thursday after OPEC+ producers agreed to extend voluntary output cuts into next year, though analysts questioned whether members would comply.\n',
      ),
    ).toEqual(['OPEC+:organization'])
  })
})

describe('a body named in Spanish, Portuguese or French', () => {
  it('is read whole over its particles: "Banco de la Republica", "Banque de France"', () => {
    expect(
      kinds(
        'Rates\n\nThe board of Banco de la Republica voted on Thursday. Banco do Brasil shares fell. Banque de France officials met, and Ursula von der Leyen spoke.\n',
      ),
    ).toEqual([
      'Banco de la Republica:organization',
      'Banco do Brasil:organization',
      'Banque de France:organization',
      'Ursula von der Leyen:person',
    ])
  })

  it('is read whole after a head of no English word with no particle: "Banco Santander"', () => {
    expect(
      kinds(
        'Rates\n\n"The language is clearly hawkish," said Felipe Arancibia, chief economist at Banco Santander. "We think this is the last cut." The Partido Popular won.\n',
      ),
    ).toEqual([
      'Felipe Arancibia:person',
      'Banco Santander:organization',
      'Partido Popular:organization',
    ])
  })
})

describe('a name of words no list knows', () => {
  it('is a person with an age set off after it, or set off after a person’s role', () => {
    expect(
      kinds(
        'Avalanche\n\nThe expedition was organised by Summit Horizon Treks. Its managing director, Mingma Tenzing Sherpa, said the company was devastated. The guide who died was Dawa Gyalzen Sherpa, 34.\n',
      ),
    ).toEqual([
      'Summit Horizon Treks:organization',
      'Mingma Tenzing Sherpa:person',
      'Dawa Gyalzen Sherpa:person',
    ])
    // Not a body in capitals set off after the role of someone of it.
    expect(
      kinds(
        'Coal\n\nOne of the companies he founded with a longtime coal executive, ERP Compliant Fuels, is now large.\n',
      ),
    ).toEqual(['ERP Compliant Fuels:organization'])
  })
})

describe('a body’s name of several words the tagger read whole once', () => {
  it('is read whole wherever the document writes its words again, capitalised so', () => {
    const doc = parse(
      'Fires\n\nFire and Rescue NSW said crews were focused on the towns. Deputy Commissioner Priya Raman of Fire and Rescue NSW said so.\n',
    )
    expect(
      doc.entities.map((entity) => [entity.name, entity.kind, entity.mentions.length]),
    ).toEqual([
      ['Fire and Rescue NSW', 'organization', 2],
      ['Priya Raman', 'person', 1],
    ])
    // Not the same words in other capitals: "the Republican party" is the party by its adjective.
    expect(
      kinds(
        'Vote\n\nThe Republican Party met on Monday. Many in the Republican party said they were tired.\n',
      ),
    ).toEqual(['Republican Party:organization', 'Republican:other'])
  })
})

describe('a party’s suffix in brackets set right after its name', () => {
  it('is the name’s: "JD(S)", not "JD"', () => {
    expect(
      kinds('Karnataka\n\nThe Congress won 104 seats, while the JD(S) took 31 in Karnataka.\n'),
    ).toEqual(['Karnataka:place', 'Congress:organization', 'JD(S):organization'])
  })
})

describe('"her" after a person whose first name says no gender', () => {
  it('goes to the woman of the paragraph or the one before', () => {
    const text =
      'Maggie Smith dies at 89\n\nMaggie Smith, the British actor, died on Friday in a London hospital.\n\nHer sons, Chris Larkin and Toby Stephens, confirmed her death in a statement.\n'
    const at = text.indexOf('her death')
    const owner = parse(text).entities.find((entity) =>
      entity.mentions.some((mention) => mention.position.start.offset === at),
    )
    expect(owner?.name).toBe('Maggie Smith')
  })
})

describe('a work’s title that ends in a place’s head', () => {
  it('is an other name when it is all of a quotation: "Downton Abbey"', () => {
    expect(
      kinds(
        'Obituary\n\nShe later found fans as the Dowager Countess in "Downton Abbey." The drama "Downton Abbey" ran for six seasons on British television.\n',
      ).filter((kind) => kind.startsWith('Downton')),
    ).toEqual(['Downton Abbey:other'])
  })
})

describe('a company’s part named after its noun, and a retailer’s head', () => {
  it('types "telecom arm Jio" and "Reliance Retail" as organisations', () => {
    const names = kinds(
      'Reliance\n\nIsha Ambani said Reliance Retail had opened 1,840 new stores. Akash Ambani, chairman of telecom arm Jio, said the company would launch a cloud service.\n',
    )
    expect(names).toContain('Reliance Retail:organization')
    expect(names).toContain('Jio:organization')
  })
})

describe('the last rules of this session, on inputs a review found them misreading', () => {
  it('keeps "her" with the woman who says it, though her first name says no gender', () => {
    const text =
      'Trade\n\nHillary Clinton spoke in Ohio on Monday.\n\nNgozi Okonjo-Iweala, the head of the trade body, said her plan would cut tariffs.\n'
    const at = text.indexOf('her plan')
    const owner = parse(text).entities.find((entity) =>
      entity.mentions.some((mention) => mention.position.start.offset === at),
    )
    expect(owner?.name).toBe('Ngozi Okonjo-Iweala')
  })

  it('reads no company in a body’s arm, no place in quotation marks as a title', () => {
    expect(
      kinds(
        'Baseball\n\nOhtani said the arm Ohtani hurt last season felt fine, and he expects to pitch.\n',
      ),
    ).toEqual(['Ohtani:person'])
    expect(
      kinds(
        'Fans\n\nProtesters gathered at "Abbey Road," the street made famous by the band, on Sunday afternoon.\n',
      ),
    ).toContain('Abbey Road:place')
  })

  it('reads no organisation in a short acronym before a plural: "AP students"', () => {
    expect(
      kinds('Exams\n\nMany AP students take the exams in May each year across the country.\n'),
    ).toEqual([])
  })
})

describe('a place after a preposition of where', () => {
  it.each([
    'Fire\n\nThe fire spread across Altadena on Monday, destroying homes.\n',
    'Fire\n\nCrews set up a camp outside Altadena on Monday as the fire spread.\n',
  ])('reads Altadena as a place in %j', (text) => {
    expect(kinds(text)).toContain('Altadena:place')
  })

  it('reads a name after "the hamlet of" as a place, and an age after it as the person', () => {
    const doc = parse(
      'Fire\n\nManuel Duarte, a retired shepherd who has kept goats near the hamlet of Gralhos since the 1970s, slept in a sports hall.\n\n"The sky went orange," the 74-year-old said.\n',
    )
    expect(doc.entities.map((e) => `${e.name}:${e.kind}`)).toEqual([
      'Manuel Duarte:person',
      'Gralhos:place',
    ])
    expect(doc.entities[0]?.mentions.map((m) => m.text)).toEqual([
      'Manuel Duarte',
      'the 74-year-old',
    ])
  })

  it('reads a first name near a place a noun names as a place ("his farmhouse near Hassan")', () => {
    expect(kinds('Talks\n\nHe spoke late on Saturday at his farmhouse near Hassan.\n')).toContain(
      'Hassan:place',
    )
    // (Not a person the document names so: "Ali Hassan ... the village near Hassan's home".)
    expect(
      kinds('Talks\n\nAli Hassan spoke. Police gathered at the village near Hassan.\n'),
    ).not.toContain('Hassan:place')
  })

  it('leaves a person’s name in the possessive after "outside" a person’s', () => {
    expect(
      kinds('Protest\n\nProtesters gathered outside Kavanaugh’s home on Monday night.\n'),
    ).not.toContain('Kavanaugh:place')
  })
})

describe('a name something is known by', () => {
  it('makes "Cal Fire" after "known as" a name of the department, wherever it stands', () => {
    const found = entity(
      'Fire\n\nThe fire had burned 10,000 acres, according to the California Department of Forestry and Fire Protection, known as Cal Fire.\n\nCal Fire said crews were making progress.\n',
      'California Department of Forestry and Fire Protection',
    )
    expect(found?.kind).toBe('organization')
    expect(found?.mentions.map((mention) => mention.text)).toEqual([
      'California Department of Forestry and Fire Protection',
      'Cal Fire',
      'Cal Fire',
    ])
  })

  it('makes a nickname one person with the name in full', () => {
    expect(
      entityNames(
        'Trial\n\nThe drug lord Joaquín Guzmán, known as El Chapo, was sentenced in New York. El Chapo did not react.\n',
      ),
    ).toEqual(['Joaquín Guzmán', 'New York'])
  })

  it('leaves a first name after one word alone: "Mr. Bush, known as Jeb"', () => {
    const names = entityNames(
      'Race\n\nGeorge W. Bush campaigned for his brother Jeb Bush in Iowa. A pastor remembers Mr. Bush, known as Jeb, as a larger-than-life presence.\n',
    )
    expect(names).toContain('Jeb Bush')
    expect(names).toContain('George W. Bush')
  })
})

describe('a body’s head alone, after its name in full', () => {
  it('makes "the Commission" a name of the European Commission', () => {
    expect(
      entityNames(
        'EU\n\nThe European Commission said Apple had abused its position. Apple said the Commission had failed to find harm.\n',
      ),
    ).toEqual(['EU', 'European Commission', 'Apple'])
  })

  it('leaves a head alone that two bodies end in, and "the House" after "the White House"', () => {
    const names = entityNames(
      'Emails\n\nThe Justice Department and the State Department disagreed. The Department said nothing. The White House said the House would vote.\n',
    )
    expect(names).toContain('Department')
    expect(names).toContain('House')
  })
})

describe('a tennis match’s sets, between players', () => {
  it('keeps a player beaten "6-2, 6-2, 7-6" a person, and a first name alone in a quote theirs', () => {
    const doc = parse(
      'Final\n\nCarlos Alcaraz retained his title on Sunday, beating Novak Djokovic 6-2, 6-2, 7-6 in the final.\n\n"Playing against Novak here is always special," Alcaraz said.\n',
    )
    const djokovic = doc.entities.find((found) => found.name === 'Novak Djokovic')
    expect(djokovic?.kind).toBe('person')
    expect(djokovic?.aliases).toContain('Novak')
  })

  it('reads sets without commas ("6-3 6-4 7-5") as sets, and a nationality before the player apart', () => {
    const names = kinds(
      'Final\n\nJannik Sinner beat American Taylor Fritz 6-3 6-4 7-5 in the final. Fritz said he had no regrets.\n',
    )
    expect(names).toEqual(['Jannik Sinner:person', 'American:other', 'Taylor Fritz:person'])
    // A city's team plays two games in a day: scores without commas after it are no sets.
    expect(
      kinds(
        'Baseball\n\nThe Yankees swept the doubleheader, beating Tampa Bay 6-3 7-5 on Sunday.\n',
      ),
    ).toContain('Tampa Bay:organization')
  })
})

describe('a generation’s suffix after a person’s name', () => {
  it('reads "Martin Luther King Jr." as one person, not a title after a body', () => {
    expect(kinds('History\n\nMartin Luther King Jr. spoke in Memphis in 1968.\n')).toEqual([
      'Martin Luther King Jr.:person',
      'Memphis:place',
    ])
  })

  it('joins the surname alone to the name with its suffix', () => {
    const roberts = entity(
      'Court\n\nThe ruling was written by Chief Justice John G. Roberts Jr. on Monday.\n\nRoberts wrote for the majority.\n',
      'John G. Roberts Jr.',
    )
    expect(roberts?.aliases).toEqual(['Roberts'])
  })

  it('makes a first name, a surname and "III" a person, though the tagger read a body', () => {
    const bozell = entity(
      'Cruz\n\n"Yes, I support Ted Cruz," Brent Bozell III, founder of the Media Research Center, tells Breitbart News.\n\nBozell was only five years old when the statement was signed.\n',
      'Brent Bozell III',
    )
    expect(bozell?.kind).toBe('person')
    expect(bozell?.aliases).toEqual(['Bozell'])
  })

  it('leaves the surname with the son named first, not the father with his suffix', () => {
    const hunter = entity(
      'Endorsement\n\nRep. Duncan Hunter backed Trump on Wednesday. Hunter said he liked him.\n\nHis father, Duncan Hunter Sr., once held the seat.\n',
      'Duncan Hunter',
    )
    expect(hunter?.aliases).toEqual(['Hunter'])
  })
})

describe('two people the tagger ran together over an "and"', () => {
  it('splits "Justices Elena Kagan and Ketanji Brown Jackson" into two people', () => {
    const names = entityNames(
      'Court\n\nIn a sharp dissent joined by Justices Elena Kagan and Ketanji Brown Jackson, Justice Sonia Sotomayor wrote that the decision was wrong.\n\nTrump celebrated, calling it a "BIG WIN FOR OUR CONSTITUTION AND DEMOCRACY."\n',
    )
    expect(names).toContain('Elena Kagan')
    expect(names).toContain('Ketanji Brown Jackson')
  })
})

describe('parties named without the word "party"', () => {
  it('reads Reform UK as an organisation', () => {
    expect(
      kinds(
        'Britain\n\nNigel Farage, the leader of Reform UK, said the row showed voters were angry.\n',
      ),
    ).toContain('Reform UK:organization')
  })
})

describe('an adverb of time opening a sentence', () => {
  it('reads no name in "Tonight," opening a sentence', () => {
    expect(
      kinds(
        'Gaza\n\nCrowds gathered. "Tonight, for the first time, we will sleep without fear."\n',
      ),
    ).toEqual(['Gaza:place'])
  })
})

describe('the rules of this session, on inputs a review found them misreading', () => {
  it('leaves a person ranked "above" another a person', () => {
    expect(
      kinds('Tennis\n\nThe Italian is now ranked above Alcaraz for the first time.\n'),
    ).not.toContain('Alcaraz:place')
  })

  it('gives no alias to a name that qualifies the thing "known as" names', () => {
    for (const text of [
      'Spyware\n\nThe phones were hacked with software developed by Israel’s NSO Group, known as Pegasus.\n',
      'Wedding\n\nShe married the eldest son of Donald Trump, known as Don Jr., in 2005.\n',
    ])
      expect(parse(text).entities.every((found) => found.aliases.length === 0)).toBe(true)
  })

  it('joins a head alone only to the one body whose name holds it', () => {
    const doc = parse(
      'Rates\n\nThe Bank of England held interest rates at 4% on Thursday.\n\nShares in Barclays and Deutsche Bank fell after the decision.\n\nThe Bank said inflation would return to target next year.\n',
    )
    expect(doc.entities.find((found) => found.name === 'Deutsche Bank')?.aliases).toEqual([])
    expect(
      entity(
        'Committee\n\nThe House Select Committee on Benghazi met on Monday. The Committee said it would report in June.\n',
        'House Select Committee on Benghazi',
      )?.aliases,
    ).toEqual(['Committee'])
  })

  it('makes no person of a team beaten on aggregate over two legs', () => {
    expect(
      kinds(
        'Europe\n\nShamrock Rovers beat Celje 2-0, 3-1 on aggregate, to reach the last eight.\n',
      ),
    ).not.toContain('Celje:person')
  })

  it('gives the surname alone to the name without a suffix: "Trump" beside "Donald Trump Jr."', () => {
    const doc = parse(
      'Rally\n\nDonald Trump Jr. said on Monday that his father would win. President Donald Trump later told reporters he agreed.\n\nTrump said the economy was booming.\n',
    )
    expect(doc.entities.find((found) => found.name === 'Donald Trump')?.aliases).toEqual(['Trump'])
  })
})

describe('bodies whose names go on over "on"', () => {
  it('reads "the United Nations Framework Convention on Climate Change" whole', () => {
    expect(
      kinds(
        'Summit\n\nSimon Stiell, the executive secretary of the United Nations Framework Convention on Climate Change, spoke on Monday. The Intergovernmental Panel on Climate Change warned of floods.\n',
      ),
    ).toEqual([
      'Simon Stiell:person',
      'United Nations Framework Convention on Climate Change:organization',
      'Intergovernmental Panel on Climate Change:organization',
    ])
  })
})

describe('a body named after the noun of what it is', () => {
  it('reads "the health regulator Anvisa" and "the environmental agency Ibama" as bodies', () => {
    expect(
      kinds(
        'Brazil\n\nThe bill would shift oversight from the health regulator Anvisa and the environmental agency Ibama to the ministry.\n',
      ),
    ).toEqual(['Brazil:place', 'Anvisa:organization', 'Ibama:organization'])
  })
})

describe('a name of the middle of a person’s full name', () => {
  it('joins "Lula" to "Luiz Inacio Lula da Silva" and "Acosta" to "Melba Acosta Febo"', () => {
    expect(
      entity(
        'Brazil\n\nBrazilian President Luiz Inacio Lula da Silva said on Monday he would veto the bill. Lula told reporters it was poison.\n',
        'Luiz Inacio Lula da Silva',
      )?.aliases,
    ).toEqual(['Lula'])
    expect(
      entity(
        'Bank\n\nMelba Acosta Febo, the bank’s president, spoke on Monday. Ms. Acosta said the debt was unpayable.\n',
        'Melba Acosta Febo',
      )?.aliases,
    ).toEqual(['Acosta'])
  })

  it('leaves a middle first name and the words of a show’s name alone', () => {
    const names = entityNames(
      'Stage\n\nNorbert Leo Butz starred in the play. Leo Smith directed it. Leo said it was hard.\n',
    )
    expect(names).toContain('Norbert Leo Butz')
    expect(names).toContain('Leo Smith')
  })
})

describe('a product’s name before "maker"', () => {
  it('reads "Pringles maker Kellanova" and "the M&M’s maker" as products and their maker', () => {
    expect(
      kinds(
        'Deal\n\nThe company agreed to buy Pringles maker Kellanova on Wednesday, as the M&M’s maker seeks to expand.\n',
      ),
    ).toEqual(['Pringles:other', 'Kellanova:organization', 'M&M:other'])
  })
})

describe('a state abbreviated after a city', () => {
  it('names "Mo." after "KANSAS CITY," as Missouri, and joins "Fla." to Florida', () => {
    expect(
      kinds(
        'Stadium\n\nKANSAS CITY, Mo. — The council voted on Thursday to approve the ballpark.\n',
      ),
    ).toContain('Missouri:place')
    const florida = entity(
      'Storm\n\nSIESTA KEY, Fla. (AP) — Hurricane Milton slammed into Florida on Wednesday.\n',
      'Florida',
    )
    expect(florida?.aliases).toEqual(['Fla'])
  })

  it('names a Canadian province abbreviated after a city: "Laval, Que.", "Hamilton, Ont."', () => {
    expect(
      kinds(
        'Breach\n\nMarc Gagnon, a teacher in Laval, Que., said he waited. Linda Okafor of Hamilton, Ont., said so.\n',
      ),
    ).toEqual([
      'Marc Gagnon:person',
      'Laval:place',
      'Quebec:place',
      'Linda Okafor:person',
      'Hamilton:place',
      'Ontario:place',
    ])
  })
})

describe('a party’s member alone, and a sentence opened by a conjunction', () => {
  it('reads "Tory" of "Tory leader Kemi Badenoch" as no person', () => {
    expect(
      kinds(
        'Politics\n\nTory leader Kemi Badenoch accused him of playing politics with a tragedy.\n',
      ),
    ).toEqual(['Tory:other', 'Kemi Badenoch:person'])
  })

  it('gives "he" to the person who opens a sentence after "And" or "But"', () => {
    const doc = parse(
      'Climate\n\nTed Nordhaus, an analyst, said the plan was too slow.\n\nAnd Barack Obama seems to agree. "We don\'t yet know what will work best," he said.\n',
    )
    const quote = doc.quotes.find((q) => q.kind === 'direct')
    expect(doc.entities.find((found) => found.id === quote?.speaker)?.name).toBe('Barack Obama')
  })
})

describe('the later entity rules of this session, on inputs a second review found them misreading', () => {
  it('leaves the subject of a relative clause after a body’s noun a person: "The union Fain leads"', () => {
    expect(
      kinds(
        'Union\n\nThe union Fain leads has 400,000 members. "We won," Fain told reporters on Friday.\n',
      ),
    ).toContain('Fain:person')
  })

  it('leaves a given name second in a long name to whoever bears it', () => {
    expect(
      entityNames(
        'Mexico\n\nAndres Manuel Lopez Obrador left office. Manuel, a local farmer, said prices were high.\n',
      ),
    ).toContain('Manuel')
  })

  it('reads a place a forum is "on" as the place, not the forum’s name', () => {
    expect(
      kinds(
        'Talks\n\nQatar’s prime minister told the Doha Forum on Gaza that talks had stalled.\n',
      ),
    ).toContain('Gaza:place')
  })
})

describe('an officer’s title whose field the tagger read as a name', () => {
  it('reads "Chief Technology Officer Mira Murati" as one person and her title', () => {
    expect(
      kinds(
        'AI\n\nChief Technology Officer Mira Murati will serve as interim CEO, the company said.\n',
      ),
    ).toEqual(['Mira Murati:person'])
  })
})

describe('a name of two words joined by "and" to a person’s full name', () => {
  it('reads "Jasprit Bumrah and Hardik Pandya took two wickets" as two people', () => {
    expect(
      kinds(
        'Cricket\n\nIndia posted 176-7, and Jasprit Bumrah and Hardik Pandya took two wickets each.\n',
      ),
    ).toEqual(['India:place', 'Jasprit Bumrah:person', 'Hardik Pandya:person'])
  })

  it('leaves a body the lists know, or one with a body’s head, a body', () => {
    expect(
      kinds('Banks\n\nDeutsche Bank and Jamie Dimon declined to comment on Tuesday.\n'),
    ).toContain('Deutsche Bank:organization')
  })
})

describe('"him", never its own clause’s subject', () => {
  it('lets "him" after a preposition of place be the subject: "kept a bodyguard beside him"', () => {
    const doc = parse(
      'News\n\nJohn Smith arrived with Tom Jones. Smith kept a bodyguard beside him at all times.\n',
    )
    const owner = doc.entities.find((entity) =>
      entity.mentions.some((mention) => mention.text === 'him'),
    )
    expect(owner?.name).toBe('John Smith')
  })

  it('gives "him" of "Kemi Badenoch accused him" to the man named before, not to her', () => {
    const doc = parse(
      'Politics\n\nKeir Starmer defended the plan. But Tory leader Kemi Badenoch accused him of playing politics.\n',
    )
    const owner = doc.entities.find((entity) =>
      entity.mentions.some((mention) => mention.text === 'him'),
    )
    expect(owner?.name).toBe('Keir Starmer')
  })

  it('gives "him" of "Nathan Price had told him" to someone else than Price', () => {
    const ownerOfHim = (text: string) =>
      parse(`Probe\n\n${text}\n`).entities.find((entity) =>
        entity.mentions.some((mention) => mention.text === 'him'),
      )?.name
    expect(ownerOfHim('He said Nathan Price had told him the premier wanted it done.')).not.toBe(
      'Nathan Price',
    )
    expect(
      ownerOfHim('Donald Trump spoke in Iowa. "We will win," Trump said when Boyle asked him.'),
    ).toBe('Donald Trump')
  })
})

describe('the last rules of this session, on inputs a third review found them misreading', () => {
  const ownerOf = (text: string, pronoun: string) =>
    parse(text).entities.find((entity) =>
      entity.mentions.some((mention) => mention.kind === 'pronoun' && mention.text === pronoun),
    )?.name

  it.each([
    [
      'News\n\nDefence minister Ben Wallace quit on Friday. Wallace took several aides with him.\n',
      'Ben Wallace',
    ],
    ['News\n\nBarack Obama had Joe Biden introduce him at the rally in Ohio.\n', 'Barack Obama'],
    ['News\n\nDonald Trump got Mike Pence to endorse him within hours.\n', 'Donald Trump'],
  ])('gives "him" of %j to its subject across what it carries or another clause', (text, name) => {
    expect(ownerOf(text, 'him')).toBe(name)
  })

  it('passes over a name that qualifies a group: "But Trump supporters said he had no chance"', () => {
    expect(
      ownerOf(
        'News\n\nTed Cruz spoke in Des Moines on Monday. But Trump supporters at the rally said he had no chance.\n',
        'he',
      ),
    ).toBe('Ted Cruz')
  })

  it('leaves "Wash." apart from Washington, and "Ind." after a person no state', () => {
    const names = entityNames(
      'News\n\nSEATTLE, Wash. (AP) — The storm hit. Officials in Washington said aid would be sent. Sen. Angus King, Ind., agreed.\n',
    )
    expect(names).not.toContain('Indiana')
    expect(
      parse(
        'News\n\nSEATTLE, Wash. (AP) — The storm hit. Officials in Washington said aid would be sent.\n',
      ).entities.find((e) => e.name === 'Washington')?.aliases,
    ).toEqual([])
  })
})

describe('a state abbreviated after a city the tagger read as a person', () => {
  it('joins "Mich." of "Flint, Mich." to Michigan', () => {
    expect(
      entity(
        'News\n\nTrump made a quick trip to Flint, Mich., to highlight the crisis. He visited Michigan.\n',
        'Michigan',
      )?.aliases,
    ).toEqual(['Mich'])
  })

  it('reads a dotted state abbreviation after a city as the state, not after a person’s full name', () => {
    const text =
      'Shooting\n\nClinton criticized Tulsa, Okla., police officer Betty Shelby. Sen. Angus King, Ind., said little.\n'
    expect(entity(text, 'Oklahoma')?.aliases).toEqual(['Okla'])
    expect(entity(text, 'Indiana')).toBeUndefined()
  })
})

describe('a body’s name with initials inside it', () => {
  it('reads "the Harvard T.H. Chan School of Public Health" whole', () => {
    expect(
      kinds(
        'Study\n\nResearchers at the Harvard T.H. Chan School of Public Health followed 114,000 people.\n',
      ),
    ).toEqual(['Harvard T.H. Chan School of Public Health:organization'])
  })

  it('reads "John F. Kennedy International Airport" whole, a place', () => {
    expect(
      kinds('Travel\n\nFlights at John F. Kennedy International Airport were delayed on Friday.\n'),
    ).toEqual(['John F. Kennedy International Airport:place'])
  })
})

describe('the subject after a sentence’s opening phrase', () => {
  const pronouns = (text: string, name: string) =>
    entity(text, name)
      ?.mentions.filter((m) => m.kind === 'pronoun')
      .map((m) => m.text)

  it('is whom a pronoun after it stands for, before one who spoke earlier ("Born in Chicago, Jones grew up")', () => {
    const text =
      'Obituary\n\nHis publicist, Arnold Robinson, said the singer died at home.\n\nBorn in Chicago in 1933, Quincy Jones grew up in Seattle, where he befriended Ray Charles. He played trumpet in a band.\n'
    expect(pronouns(text, 'Quincy Jones')).toEqual(['he', 'He'])
    expect(pronouns(text, 'Arnold Robinson')).toEqual([])
  })

  it('is so past an age set off after it, and a name set off after an opening nominal is the subject', () => {
    const storm =
      'Storm\n\nMayor Ruth Calloway said the town was hit hard.\n\n"We are still counting heads," the mayor said.\n\nIn nearby Steinhatchee, Tammy Boudreaux, 63, stood in what was left of her shop.\n\n"Everything we had was in here," she said.\n'
    const doc = parse(storm)
    const speaker = doc.quotes.at(-1)?.speaker
    expect(doc.entities.find((found) => found.id === speaker)?.name).toBe('Tammy Boudreaux')
    const cuts =
      'Cuts\n\nChief Financial Officer Tomas Echeverria said the cuts would save money.\n\nAnother analyst, Marcus Feld of Dunmore Capital, was more cautious. He warned that thinning the sales force could hurt the company.\n'
    expect(pronouns(cuts, 'Marcus Feld')).toEqual(['He'])
    expect(pronouns(cuts, 'Tomas Echeverria')).toEqual([])
  })

  it('is so past a number’s comma in the opening phrase ("a town of 2,500 people,")', () => {
    const text =
      'Storm\n\nJeff Landry left.\n\nIn Carrabelle, a town of 2,500 people, Tommy Nguyen stayed home. He said the water rose.\n'
    expect(pronouns(text, 'Tommy Nguyen')).toEqual(['He'])
    expect(pronouns(text, 'Jeff Landry')).toEqual([])
  })

  it('is not one of several subjects ("During the call, Obama and Hollande agreed")', () => {
    const text =
      'Talks\n\nDuring the call, Barack Obama and Francois Hollande agreed. Eventually he left.\n'
    expect(pronouns(text, 'Barack Obama')).toEqual([])
    expect(pronouns(text, 'Francois Hollande')).toEqual(['he'])
  })
})

describe('a principal’s title', () => {
  it('is a title before the name, the school apart ("Sandy Hook Elementary principal Dawn Hochsprung")', () => {
    const doc = parse(
      'School\n\nSandy Hook Elementary principal Dawn Hochsprung was praised. Diana driver Henri Paul had been drinking.\n',
    )
    expect(doc.entities.find((found) => found.name === 'Dawn Hochsprung')?.titles).toEqual([
      'Sandy Hook Elementary principal',
    ])
    expect(doc.entities.map((found) => `${found.name}:${found.kind}`)).toContain('Diana:person')
  })
})

describe('a nation’s body named after the nation’s short name', () => {
  it('is one organisation, which its name without the nation’s stands for ("U.S. Geological Survey", "the Senate")', () => {
    const text =
      'Quake\n\nThe U.S. Geological Survey put the magnitude at 6.1. The U.S. Navy sent a ship. The U.S. Senate voted on Monday, and the Senate then adjourned. The Texas Senate met.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'U.S. Geological Survey:organization',
        'U.S. Navy:organization',
        'U.S. Senate:organization',
        'Texas Senate:organization',
      ]),
    )
    expect(entity(text, 'U.S. Senate')?.mentions.map((m) => m.text)).toEqual([
      'U.S. Senate',
      'Senate',
    ])
  })

  it('is one organisation after a country’s full name too ("the Netherlands Coastguard")', () => {
    const text =
      'Collision\n\nTwo men were missing, the Netherlands Coastguard said. The ship was listing by midday, the coastguard said. The Kenya Navy helped. The Russian Federation protested.\n'
    expect(kinds(text)).toEqual([
      'Netherlands Coastguard:organization',
      'Kenya Navy:organization',
      'Russian Federation:place',
    ])
    expect(parse(text).quotes.map((quote) => quote.speaker)).toEqual(['e1', 'e1'])
  })
})

describe('a name known by another after "according to" and a possessive', () => {
  it('is the other’s too ("according to Turkey’s Disaster and Emergency Management Authority, known as AFAD")', () => {
    const text =
      "Quake\n\nThe quake hit at 3:42 a.m. local time, according to Turkey's Disaster and Emergency Management Authority, known as AFAD.\n"
    expect(entity(text, 'Disaster and Emergency Management Authority')?.aliases).toContain('AFAD')
  })
})

describe('a name that is all of a quoted title after its article', () => {
  it('is a work’s, an other name ("cast in "The Color Purple,"", "host of "The Apprentice""), not a listed body', () => {
    const text =
      'Jones\n\nOprah Winfrey, whom Jones cast in "The Color Purple," called him a mentor. Trump was the host of "The Apprentice" for years. He read "The Washington Post" daily.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Color Purple:other',
        'The Apprentice:other',
        'Washington Post:organization',
      ]),
    )
  })
})

describe('a city before its state set off by commas', () => {
  it('is the city wherever the document names it, though its name be a first name ("Renton and Everett, Washington")', () => {
    const text =
      'Strike\n\nThe strike halted production at plants in Renton and Everett, Washington. Workers in Everett cheered. The church was in Ferguson, Missouri.\n\nThe Reformation Church of Elizabeth, New Jersey, was full. Sen. Sherrod Brown, Ohio Democrat, spoke.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Everett:place',
        'Ferguson:place',
        'Reformation Church of Elizabeth:organization',
        'Sherrod Brown:person',
      ]),
    )
    expect(entity(text, 'Everett')?.mentions).toHaveLength(2)
  })

  it('reads a place before a noun of its parts and "of" ("the Crown Heights neighborhood of")', () => {
    expect(kinds('Talks\n\nThey met in the Foggy Ridge neighborhood of Washington.\n')).toContain(
      'Foggy Ridge:place',
    )
  })
})

describe('a name after a title of nobility and "of" that ends in a building’s or a body’s head', () => {
  it('is the building or the body, no person ("the Countess of Chester Hospital", "the Prince of Wales Theatre")', () => {
    const text =
      'Trial\n\nLetby worked at the Countess of Chester Hospital. The Duke of Sussex spoke.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'Countess of Chester Hospital:organization',
        'Duke of Sussex:person',
      ]),
    )
  })
})

describe('the rules of this session, on inputs a review found them misreading', () => {
  it('leaves people listed with their states people ("Lisa Murkowski, Alaska", "Davis, Ohio")', () => {
    const text =
      'Vote\n\nSens. Susan Collins, Maine, Lisa Murkowski, Alaska, and Mitt Romney, Utah, voted to convict. The bill was sponsored by Davis, Ohio, and Smith, Texas.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining(['Lisa Murkowski:person', 'Davis:person', 'Smith:person']),
    )
  })

  it('reads a city whose name is a person’s only where a preposition puts it ("in snowy Windham")', () => {
    expect(
      kinds('Vote\n\nKasich spoke to a crowd in snowy Windham, New Hampshire, on Monday.\n'),
    ).toContain('Windham:place')
  })

  it('joins no qualified body to the nation’s ("the Congress party" of India, "the state Senate")', () => {
    const text =
      'Tariffs\n\nThe U.S. Congress passed the bill. In India, the Congress party criticized the tariffs. The U.S. Senate confirmed her. She had served in the state Senate.\n'
    expect(entity(text, 'U.S. Congress')?.mentions.map((m) => m.text)).toEqual(['U.S. Congress'])
    expect(entity(text, 'U.S. Senate')?.mentions.map((m) => m.text)).toEqual(['U.S. Senate'])
  })

  it('reads a nickname or a place in quotes after "The" as no work ("call him "The Donald"", "on "The Strip"")', () => {
    const text =
      'Vegas\n\nSupporters call him "The Donald." Traffic on "The Strip" was halted. Dwayne "The Rock" Johnson spoke.\n'
    expect(kinds(text)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:Donald|Strip|Rock):other$/u)]),
    )
  })

  it('gives a pronoun after ", who said" the person the clause is about ("Thomas Becker, who said he")', () => {
    const text =
      'Race\n\nAfter the meeting, Mark Reynolds introduced Thomas Becker, who said he would run for governor.\n'
    expect(
      entity(text, 'Thomas Becker')
        ?.mentions.filter((m) => m.kind === 'pronoun')
        .map((m) => m.text),
    ).toContain('he')
  })
})

describe('a disease named after a person', () => {
  it('is an other name, no body or person ("Eli Lilly’s Alzheimer’s drug", "Parkinson’s disease")', () => {
    const text =
      "Drug\n\nThe FDA approved Eli Lilly's Alzheimer's drug. Parkinson's disease affects millions. The drug slows Alzheimer's disease, the Indianapolis-based company said.\n"
    expect(kinds(text)).toEqual(
      expect.arrayContaining(['Alzheimer:other', 'Parkinson:other', 'Eli Lilly:organization']),
    )
  })
})

describe('a world ranking', () => {
  it('is no name ("World No. 1 Jannik Sinner"), unlike the World Cup', () => {
    expect(entityNames('Tennis\n\nWorld No. 1 Jannik Sinner won. The World Cup begins.\n')).toEqual(
      ['Jannik Sinner', 'World Cup'],
    )
  })
})

describe('the rules of this session, on inputs a second review found them misreading', () => {
  it('keeps a person named after a disease a person ("Jack Huntington ... Huntington’s disease")', () => {
    const text =
      "Drug\n\nJack Huntington, a Navy veteran, said he had Huntington's disease. Huntington said the drug gave him hope. Parkinson's UK welcomed it.\n"
    expect(kinds(text)).toContain('Jack Huntington:person')
    expect(kinds(text)).not.toContain('Parkinson:other')
  })

  it('reads a city named like a person where it qualifies a noun ("Everett, Washington, Mayor", "a Tyler, Texas, man")', () => {
    const text =
      'Plants\n\nBoeing will close plants in Renton and Everett, Washington. Everett Mayor Cassie Franklin said the city would fight. A Tyler, Texas, man was arrested.\n'
    expect(kinds(text)).toEqual(expect.arrayContaining(['Everett:place', 'Tyler:place']))
    expect(entity(text, 'Everett')?.mentions).toHaveLength(2)
  })

  it('gives no pronoun to the object of a relative clause ("Lev Parnas, who witnesses said he had met")', () => {
    const text =
      'Trial\n\nTrump said he did not know Lev Parnas, who witnesses said he had met several times.\n'
    expect(entity(text, 'Lev Parnas')?.mentions.filter((m) => m.kind === 'pronoun')).toEqual([])
  })
})

describe('a holiday', () => {
  it('is an other name ("his Christmas message", "during Ramadan", "Labour Day")', () => {
    expect(
      kinds(
        'Feasts\n\nThe pope used his Christmas message to urge peace. Muslims fasted during Ramadan. Hanukkah began on Wednesday. Labour Day was quiet.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Christmas:other',
        'Ramadan:other',
        'Hanukkah:other',
        'Labour Day:other',
      ]),
    )
  })
})

describe('a building named after a person in the possessive', () => {
  it('is one place ("St. Peter’s Basilica", "Caesar’s Palace"), no person', () => {
    expect(
      kinds(
        "Mass\n\nHe spoke from the loggia of St. Peter's Basilica. Fans met at Caesar's Palace.\n",
      ),
    ).toEqual(["St. Peter's Basilica:place", "Caesar's Palace:place"])
    expect(kinds("Mass\n\nCrowds gathered in St Peter's Square.\n")).toEqual([
      "St Peter's Square:place",
    ])
  })

  it('is one place after a saint read as a body, and after a bare apostrophe ("St James\' Park")', () => {
    expect(kinds("Venice\n\nTourists crowded St Mark's Square in Venice.\n")).toEqual([
      'Venice:place',
      "St Mark's Square:place",
    ])
    expect(kinds("Match\n\nFans gathered at St James' Park on Saturday.\n")).toEqual([
      "St James' Park:place",
    ])
    // (The saint's abbreviation without its full stop, read apart: "St" + "James' Park".)
    expect(kinds("Match\n\nFans packed St James' Park for the game.\n")).toEqual([
      "St James' Park:place",
    ])
  })
})

describe('names a review of fire, protest and basketball copy found split or mistyped', () => {
  it('reads a street whose first word is a first name as one place ("Mark West Springs Road")', () => {
    expect(kinds('Fire\n\nThe fire broke out near Mark West Springs Road on Tuesday.\n')).toEqual([
      'Mark West Springs Road:place',
    ])
  })

  it('reads a short name in brackets of a clipped word and initials as the body\'s ("Cal OES")', () => {
    const text =
      "Fire\n\nThe director of the California Governor's Office of Emergency Services (Cal OES), Lena Hargrove, spoke. Cal OES said it agreed.\n"
    expect(kinds(text)).toEqual([
      "California Governor's Office of Emergency Services:organization",
      'Lena Hargrove:person',
    ])
  })

  it('reads a team named in the singular after its place as a body ("the Utah Jazz")', () => {
    expect(
      kinds(
        'Trade\n\nThe Utah Jazz traded their guard. The Miami Heat agreed. Heat in Miami rose.\n',
      ),
    ).toEqual(['Utah Jazz:organization', 'Miami Heat:organization', 'Miami:place'])
  })
})

describe('one word the lists do not know, right after "in"', () => {
  it('is a place wherever the document names it ("died in Okinawa"), not a person', () => {
    expect(
      kinds(
        'Typhoon\n\nTwo people died in Okinawa. Police in Okinawa said a man was found dead.\n',
      ),
    ).toEqual(['Okinawa:place'])
  })
})

describe('a hometown after a noun an age qualifies', () => {
  it('is a place ("a 58-year-old nurse from Créteil"), and her pronouns are hers', () => {
    const doc = parse(
      'March\n\nAmong the marchers was Hélène Dufresne, a 58-year-old nurse from Créteil, who said she had worked nights for 30 years. "They talk about balancing the books," she said.\n',
    )
    expect(doc.entities.map((found) => `${found.name}:${found.kind}`)).toEqual([
      'Hélène Dufresne:person',
      'Créteil:place',
    ])
    expect(doc.entities[0]?.mentions.map((mention) => mention.text)).toEqual([
      'Hélène Dufresne',
      'she',
      'she',
    ])
  })
})

describe('rules of a review of this session, against what they must not misread', () => {
  it('keeps a person after "faith in" or who speaks, a surname after "associate of", a body\'s group', () => {
    expect(
      kinds(
        'Peso\n\nInvestors have lost faith in Milei after the peso fell. Milei said the reforms would continue.\n',
      ),
    ).toContain('Milei:person')
    expect(
      kinds(
        'Fraud\n\nProsecutors charged Mark Tolley, a 41-year-old associate of Kowalczyk, with fraud. Kowalczyk denied any wrongdoing.\n',
      ),
    ).toContain('Kowalczyk:person')
    expect(kinds('Profit\n\nThe Tata Group of 30 companies reported higher profit.\n')).toEqual([
      'Tata Group:organization',
    ])
    const m23 = parse(
      'Congo\n\nA spokesman for the rebel group, M23, said its fighters had withdrawn.\n',
    ).entities.find((found) => found.name === 'M23')
    expect(m23?.mentions.map((mention) => mention.text)).toEqual(['the rebel group', 'M23'])
  })
})

describe('words a review of strike and budget copy found read as names', () => {
  it('reads no place in "the Chancellor of the Exchequer", and "Covid cases" as a disease\'s', () => {
    expect(
      kinds(
        'Budget\n\nThe Chancellor of the Exchequer, Rachel Reeves, spoke. Covid cases rose again.\n',
      ),
    ).toEqual(['Rachel Reeves:person', 'Covid:other'])
  })
})

describe('a company named after a person the document names in full', () => {
  it('stays the company ("Enzo Ferrari founded the team. Ferrari said its profit rose")', () => {
    const doc = parse(
      'Results\n\nEnzo Ferrari founded the team in 1939. Ferrari said on Tuesday its profit rose 20 percent.\n',
    )
    expect(doc.entities.map((found) => `${found.name}:${found.kind}`)).toEqual([
      'Enzo Ferrari:person',
      'Ferrari:organization',
    ])
  })
})

describe("a name of two words before a medium's noun", () => {
  it('is a broadcaster\'s or a paper\'s ("told France Inter radio"), not a place', () => {
    expect(
      kinds(
        'Pensions\n\nLabor Minister Sophie Marchetti told France Inter radio that talks would continue.\n',
      ),
    ).toEqual(['Sophie Marchetti:person', 'France Inter:organization'])
  })
})

describe('a club of nations named by its number of members', () => {
  it('is one body ("Group of 20", "Group of Seven"), not a group of people', () => {
    expect(
      kinds(
        'Summit\n\nLeaders of the Group of 20 met in Rio. The Group of Seven said it would act. He led a group of 20 students.\n',
      ),
    ).toEqual(['Group of 20:organization', 'Rio:place', 'Group of Seven:organization'])
  })
})

describe("a body's short name in brackets that a place opens", () => {
  it('is one name, the body\'s alias ("(Africa CDC)"), not the place and another body', () => {
    const text =
      'Outbreak\n\nThe Africa Centres for Disease Control and Prevention (Africa CDC) said it was worried. Africa CDC chief Jean Kaseya spoke.\n'
    expect(kinds(text)).toEqual([
      'Africa Centres for Disease Control and Prevention:organization',
      'Jean Kaseya:person',
    ])
    expect(entity(text, 'Africa Centres for Disease Control and Prevention')?.aliases).toEqual([
      'Africa CDC',
    ])
  })
})

describe('a common noun in the plural that opens a sentence', () => {
  it('is no name, though the tagger reads an other name ("Tourists crowded")', () => {
    expect(entityNames('Rain\n\nIt rained in Venice. Tourists crowded the square.\n')).toEqual([
      'Venice',
    ])
  })
})

describe('a name and a word of events right after it', () => {
  it('are one event’s name ("her record-breaking Eras Tour"), not an article in a crosshead', () => {
    const text =
      'Tour\n\nTaylor Swift closed her record-breaking Eras Tour on Sunday.\n\nThe Wars in Heaven\n\nThe story goes on.\n'
    expect(kinds(text)).toContain('Eras Tour:other')
    expect(entityNames(text)).not.toContain('Wars')
  })
})

describe('a hometown after a person’s age', () => {
  it('is a place wherever the document names it ("Ahmed Abu Ayham, 40, from Khan Younis")', () => {
    const text =
      'Gaza\n\n"We are happy," said Ahmed Abu Ayham, 40, from Khan Younis. Strikes hit Khan Younis on Monday. John Smith, 52, of Acme Corp spoke.\n'
    expect(kinds(text)).toEqual(
      expect.arrayContaining(['Khan Younis:place', 'Acme Corp:organization']),
    )
    expect(entity(text, 'Khan Younis')?.mentions).toHaveLength(2)
  })

  it('is a place set off after the name alone too ("Harold Feeney, of Council Bluffs,"), not a firm', () => {
    expect(
      kinds(
        'Landing\n\nHarold Feeney, of Council Bluffs, said the captain was calm. Mark Mahaney, of RBC Capital Markets, said shares fell. Jane Doe, of Wedbush Securities, agreed.\n',
      ),
    ).toEqual([
      'Harold Feeney:person',
      'Council Bluffs:place',
      'Mark Mahaney:person',
      'RBC Capital Markets:organization',
      'Jane Doe:person',
      'Wedbush Securities:organization',
    ])
  })
})

describe('a name cut short by a capitalised word left out before it', () => {
  it('is made whole where the document writes the whole name ("its Change Healthcare unit")', () => {
    const text =
      'Hack\n\nThe attack hit its Change Healthcare unit in February. A spokesperson for Change Healthcare said it was working with customers.\n'
    expect(entity(text, 'Change Healthcare')?.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Change Healthcare', 'Change Healthcare']),
    )
    expect(entityNames(text)).not.toContain('Healthcare')
  })
})

describe('a nominal whose name in capitals stands right before its head', () => {
  it('stands for none of the bodies named before ("The opposition INDIA alliance"), as "the NATO alliance" stands for NATO', () => {
    const text =
      'Vote\n\nThe BJP won 240 seats. The BJP will rely on allies. The opposition INDIA alliance won 232 seats. NATO met. The NATO alliance agreed.\n'
    expect(entity(text, 'BJP')?.mentions.map((m) => m.text)).toEqual(['BJP', 'BJP'])
    // (One mention of NATO there, its name; the nominal's words an alias.)
    expect(entity(text, 'NATO')?.mentions.map((m) => m.text)).toEqual(['NATO', 'NATO'])
    expect(entity(text, 'NATO')?.aliases).toContain('NATO alliance')
  })
})

describe('the rules of this session, on inputs a third review found them misreading', () => {
  it('keeps an employer after an age a body ("Maria Lopez, 45, of Walmart")', () => {
    expect(
      kinds(
        'Law\n\n"We had no warning," said Maria Lopez, 45, of Walmart. Walmart said it had followed the law.\n',
      ),
    ).toContain('Walmart:organization')
  })

  it('keeps a person named after a holiday a person ("Ms. Christmas ... Christmas said she")', () => {
    expect(
      kinds(
        'Bakery\n\nMs. Christmas, who runs a bakery, said her sales had doubled. Christmas said she was hiring.\n',
      ),
    ).toContain('Christmas:person')
  })

  it('joins no event word in a headline or after a person the lists know ("Netanyahu War Cabinet", "Biden Tour of Africa")', () => {
    const text =
      'Netanyahu War Cabinet Dissolved\n\nBenjamin Netanyahu spoke. The White House said Biden Tour of Africa would begin.\n'
    expect(entityNames(text)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/War|Tour/u)]),
    )
  })

  it('reads no building after the possessive of a known place ("Moscow’s Memorial")', () => {
    expect(kinds("Rights\n\nMoscow's Memorial rights group was dissolved.\n")).toContain(
      'Moscow:place',
    )
  })
})

describe('the rules of this session, on inputs a fourth review found them misreading', () => {
  it('keeps a holiday with a description set off after it a holiday ("Ramadan, a month of fasting,")', () => {
    expect(
      kinds(
        'Feasts\n\nRamadan, a month of fasting, begins on Sunday. Father Christmas arrived in the square.\n',
      ),
    ).toEqual(expect.arrayContaining(['Ramadan:other', 'Christmas:other']))
  })

  it('reads theatres and stadiums in the possessive ("Ford’s Theatre", "Levi’s Stadium"), and a place’s event ("the Paris Olympics")', () => {
    expect(
      kinds(
        "Sites\n\nLincoln was shot at Ford's Theatre in Washington. The 49ers play at Levi's Stadium. Athletes arrived for the Paris Olympics.\n",
      ),
    ).toEqual(
      expect.arrayContaining([
        "Ford's Theatre:place",
        "Levi's Stadium:place",
        'Paris Olympics:other',
      ]),
    )
  })

  it('reads a town after an age a place though a body bears its name ("Eli Cohen, 70, of Sderot ... the Sderot council")', () => {
    expect(
      kinds(
        'Rockets\n\n"It\'s a disaster," said Eli Cohen, 70, of Sderot. The Sderot council said rockets fell.\n',
      ),
    ).toContain('Sderot:place')
  })
})

describe('"Counsel" in a title and "Rival" opening a sentence', () => {
  it('are no words of the name ("Special Counsel Jack Smith", "Rival Samsung Electronics launched")', () => {
    const doc = parse(
      'Court\n\nSpecial Counsel Jack Smith declined to comment. Rival Samsung Electronics launched its phones. The Office of Special Counsel said the case was closed.\n',
    )
    expect(doc.entities.map((found) => found.name)).toEqual(
      expect.arrayContaining(['Jack Smith', 'Samsung Electronics', 'Office of Special Counsel']),
    )
    expect(doc.entities.find((found) => found.name === 'Jack Smith')?.titles).toEqual([
      'Special Counsel',
    ])
  })
})

describe('"Rivals" opening a sentence, and common nouns in capitals', () => {
  it('are no names ("Rivals Advanced Micro Devices and Intel", "a three-time MVP", "a PhD")', () => {
    const names = kinds(
      'Chips\n\nRivals Advanced Micro Devices and Intel have struggled. Nikola Jokic, a three-time MVP, scored 35. Jane Roe, who holds a PhD in physics, agreed.\n',
    )
    expect(names).toContain('Advanced Micro Devices:organization')
    expect(names.filter((name) => /Rivals|MVP|PhD/u.test(name))).toEqual([])
  })
})

describe('a place that ", which" follows', () => {
  it("is no person, though a first name; the team in a story of the place's team", () => {
    expect(
      kinds('Game\n\nJamal Murray scored 24 for Denver, which had won three straight.\n'),
    ).toContain('Denver:place')
    expect(
      kinds(
        'Game\n\nThe Golden State Warriors beat the Denver Nuggets 119-115. Jamal Murray scored 24 for Denver, which had won three straight.\n',
      ),
    ).toContain('Denver:organization')
    expect(
      kinds(
        'Super Bowl\n\nWho will win, the Carolina Panthers or the Denver Broncos? Jeb chose Denver.\n',
      ),
    ).toContain('Denver:organization')
    // Not a word of a person's full name the story gives.
    const sydney = parse(
      'Game\n\nThe Sydney Swans beat Carlton on Saturday. Sydney Sweeney attended the game. Sydney said she was thrilled.\n',
    ).entities.find((found) => found.name === 'Sydney Sweeney')
    expect(sydney?.mentions.map((mention) => mention.text)).toEqual([
      'Sydney Sweeney',
      'Sydney',
      'she',
    ])
  })
})

describe('a role set off by commas after a person’s name', () => {
  it('is one of the person’s titles, without its article', () => {
    const text =
      'Rates\n\n"It was right," said Diane Swonk, chief economist at KPMG. Filippo Ungaro, a spokesman for the U.N. refugee agency UNHCR, said 20 died. ' +
      "Neil Bradley, the U.S. Chamber of Commerce's chief policy officer, agreed. Brian Fallon, a spokesman for Mrs. Clinton, declined. " +
      'Ilyse Hogue, president of the abortion rights group NARAL. She left.\n'
    expect(entity(text, 'Diane Swonk')?.titles).toEqual(['chief economist at KPMG'])
    expect(entity(text, 'Filippo Ungaro')?.titles).toEqual([
      'spokesman for the U.N. refugee agency UNHCR',
    ])
    expect(entity(text, 'Neil Bradley')?.titles).toEqual([
      "U.S. Chamber of Commerce's chief policy officer",
    ])
    expect(entity(text, 'Brian Fallon')?.titles).toEqual(['spokesman for Mrs. Clinton'])
    expect(entity(text, 'Ilyse Hogue')?.titles).toEqual([
      'president of the abortion rights group NARAL',
    ])
  })

  it('is a title after a possessive ("the city\'s mayor"), and before the name too', () => {
    const text =
      "Recount\n\nMaria Lopez, the city's mayor, said it was over. The Board of Elections chairman, Raymond Fitch, said the count was fair. " +
      "Halcyon's chief operating officer, Daniel Teo, agreed. Sudan's U.N. ambassador, Khalid Musa, spoke. " +
      'Her campaign manager, Robby Mook, left. One candidate, Senator Marco Rubio, waited.\n'
    expect(entity(text, 'Maria Lopez')?.titles).toEqual(["city's mayor"])
    expect(entity(text, 'Raymond Fitch')?.titles).toEqual(['Board of Elections chairman'])
    expect(entity(text, 'Daniel Teo')?.titles).toEqual(["Halcyon's chief operating officer"])
    expect(entity(text, 'Khalid Musa')?.titles).toEqual(["Sudan's U.N. ambassador"])
    // (A possessive pronoun is the role's article; a number opens no role.)
    expect(entity(text, 'Robby Mook')?.titles).toEqual(['campaign manager'])
    expect(entity(text, 'Marco Rubio')?.titles).toEqual(['Senator'])
  })

  it('is a title with what the role is of ("The US ambassador to Mexico, Daniel Whitcomb,")', () => {
    const text =
      'Arrest\n\nThe US ambassador to Mexico, Daniel Whitcomb, welcomed it. The director of the agency, Lena Hargrove, spoke. The chief of staff to the president, Jeff Zients, agreed.\n'
    expect(entity(text, 'Daniel Whitcomb')?.titles).toEqual(['US ambassador to Mexico'])
    expect(entity(text, 'Lena Hargrove')?.titles).toEqual(['director of the agency'])
    // (The nominal that completes the role names no one: he is no president.)
    expect(entity(text, 'Jeff Zients')?.titles).toEqual(['chief of staff to the president'])
  })

  it('is a title when words describe the role ("a provincial mediator", "a company spokesman")', () => {
    const text =
      'Strike\n\nA provincial mediator, Susan Tremblay, said talks would resume. Jack Brown, a company spokesman, agreed. ' +
      'Ann Lee, a senior union official, did not. Tom Hale, a 59-year-old from Hilton Head, waited. ' +
      'Rita Moss, a longtime strategist for progressive causes whose agency, Fenwick, made the ads, spoke.\n'
    expect(entity(text, 'Susan Tremblay')?.titles).toEqual(['provincial mediator'])
    expect(entity(text, 'Jack Brown')?.titles).toEqual(['company spokesman'])
    expect(entity(text, 'Ann Lee')?.titles).toEqual(['senior union official'])
    // (A place's capitalised "Head" heads no role; a clause after the role ends no title.)
    expect(entity(text, 'Tom Hale')?.titles).toEqual([])
    expect(entity(text, 'Fenwick')?.titles ?? []).toEqual([])
  })

  it('is no title when what follows the comma is no role: an age, a party, a clause, a name', () => {
    const text =
      'Talks\n\nScholz, a Social Democrat, left. Eid, 34, waited. John Podesta, who is chairman of the campaign, spoke. Smith, Jones and Brown met.\n'
    for (const found of parse(text).entities) expect(found.titles).toEqual([])
  })

  it('lets "the Treasury secretary" name who holds the post, not who held it', () => {
    const text =
      'Bank\n\nTreasury Secretary Jacob J. Lew backed Mr. Kim. Lawrence H. Summers, the former Treasury secretary, did not. The Treasury secretary also praised the bank.\n'
    const lew = entity(text, 'Jacob J. Lew')
    expect(lew?.mentions.map((mention) => mention.text)).toContain('The Treasury secretary')
    // Nor, when no holder is named, the one who held it.
    const former = parse(
      'Tariffs\n\nLawrence H. Summers, the former Treasury secretary, called the tariffs a mistake. The Treasury secretary said they would stay.\n',
    )
    const summers = former.entities.find((found) => found.name === 'Lawrence H. Summers')
    expect(summers?.mentions.map((mention) => mention.text)).not.toContain('The Treasury secretary')
  })
})

describe('a body’s nominal that reports its sentence, set off after it', () => {
  it('is the one organisation the sentence names before it ("A Frontex aircraft ..., the agency said")', () => {
    const text =
      'Shipwreck\n\nUNHCR, the U.N. refugee agency, counted 20 dead. A Frontex surveillance aircraft had spotted the boat late on Tuesday, the agency said in a statement.\n'
    expect(entity(text, 'Frontex')?.mentions.map((mention) => mention.text)).toEqual([
      'Frontex',
      'the agency',
    ])
  })

  it('is not a body its head does not fit ("Hamas fighters ..., the ministry said")', () => {
    const text = 'Gaza\n\nHamas fighters attacked a convoy near Rafah, the ministry said.\n'
    expect(entity(text, 'Hamas')?.mentions.map((mention) => mention.text)).toEqual(['Hamas'])
  })

  it('is not a body of another kind than its head says ("the newspaper", "the researchers")', () => {
    const text =
      'Oil\n\nThe China Daily reported the deal. Caltex Petroleum Corp plans to build a blender in Tianjin, the newspaper said.\n'
    expect(entity(text, 'Caltex Petroleum Corp')?.mentions.map((mention) => mention.text)).toEqual([
      'Caltex Petroleum Corp',
    ])
  })
})

describe('a party named by a qualifier and its members’ word', () => {
  it('is an organisation, its member an other name, though the tagger split or typed them apart', () => {
    const text =
      'Coalition\n\nOlaf Scholz, a Social Democrat, said the Social Democrats would fight. The Christian Democrats and the Free Democrats met. A Liberal Democrat MP spoke. The Bundestag will vote in January.\n'
    expect(kinds(text)).toEqual([
      'Olaf Scholz:person',
      'Social Democrat:other',
      'Social Democrats:organization',
      'Christian Democrats:organization',
      'Free Democrats:organization',
      'Liberal Democrat:other',
      'Bundestag:organization',
    ])
  })
})

describe('a body’s short name set off after “, or”', () => {
  it('is the body’s, as AP writes it ("..., or SAGE,", "..., or Africa CDC,")', () => {
    const doc = parse(
      'Vaccines\n\nThe Strategic Advisory Group of Experts on Immunization, or SAGE, approved it. The Africa Centres for Disease Control and Prevention, or Africa CDC, said it would help. SAGE met in March. Africa CDC agreed.\n',
    )
    expect(
      doc.entities.map((entity) => [entity.name, entity.aliases, entity.mentions.length]),
    ).toEqual([
      ['Strategic Advisory Group of Experts on Immunization', ['SAGE'], 3],
      ['Africa Centres for Disease Control and Prevention', ['Africa CDC'], 3],
    ])
  })
})

describe('a news agency’s short name', () => {
  it('is the agency’s, not the initials of a body the story names ("(AP)" and "Aspen Pharmacare")', () => {
    const doc = parse(
      'Malaria vaccine rolls out\n\nNAIROBI, Kenya (AP) — The vaccine is being manufactured by Aspen Pharmacare in South Africa.\n',
    )
    const maker = doc.entities.find((entity) => entity.name === 'Aspen Pharmacare')
    expect(maker?.aliases).toEqual([])
    const agency = parse(
      'Poll\n\nThe Associated Press (AP) reported it first. AP said the vaccine was safe.\n',
    ).entities.find((entity) => entity.name === 'Associated Press')
    expect(agency?.aliases).toEqual(['AP'])
  })
})

describe('an acronym with a plus after it', () => {
  it('is a name of its own, the plus in it ("OPEC+" beside "OPEC")', () => {
    const text =
      'Oil\n\nThe Organization of the Petroleum Exporting Countries (OPEC) met. OPEC+ agreed on Thursday to delay output increases. Two OPEC+ delegates spoke.\n'
    expect(entity(text, 'OPEC+')?.mentions.map((mention) => mention.text)).toEqual([
      'OPEC+',
      'OPEC+',
    ])
    expect(entity(text, 'Organization of the Petroleum Exporting Countries')?.aliases).toEqual([
      'OPEC',
    ])
  })
})

describe('"the agency"', () => {
  it('is the public body most named, not a court, Congress or a paper named more', () => {
    const text =
      'Ruling\n\nThe Supreme Court on Friday limited the power of the Consumer Product Safety Commission. The Supreme Court held that the agency had overstepped the limits Congress set. Congress may act. The Supreme Court ruling stands, and Congress has until July. Lawmakers said they would restore the agency’s authority.\n'
    expect(entity(text, 'Consumer Product Safety Commission')?.mentions.map((m) => m.text)).toEqual(
      ['Consumer Product Safety Commission', 'the agency', 'the agency'],
    )
  })
})

describe('a known organisation the tagger read as an other name', () => {
  it('is the organisation when it speaks ("Airbus said"), its product an other name still', () => {
    expect(kinds('Planes\n\nAirbus said deliveries rose.\n')).toEqual(['Airbus:organization'])
    expect(kinds('Planes\n\nAirbus said deliveries rose. The Airbus A320 flew on.\n')).toEqual([
      'Airbus:organization',
      'Airbus A320:other',
    ])
  })
})

describe('a stock index named by its number of shares', () => {
  it('is one other name with its number ("S&P 500", "FTSE 100"), the agency alone a body', () => {
    expect(
      kinds('Markets\n\nThe S&P 500 rose 1.1% and the FTSE 100 fell. S&P cut the rating.\n'),
    ).toEqual(['S&P 500:other', 'FTSE 100:other', 'S&P:organization'])
  })
})

describe('an oil’s benchmark', () => {
  it('is an other name wherever named, once "crude" follows it ("Brent crude")', () => {
    expect(
      kinds(
        'Oil\n\nOil rose on Monday as Brent crude futures gained 2%. Brent could trade lower.\n',
      ),
    ).toEqual(['Brent:other'])
  })
})

describe('a house of a parliament', () => {
  it('is one name with its complement, after words that qualify it too', () => {
    expect(
      kinds(
        'Vote\n\nThe LDP lost its majority in the 465-member House of Representatives. The Virginia House of Delegates met.\n',
      ),
    ).toEqual([
      'LDP:organization',
      'House of Representatives:organization',
      'Virginia House of Delegates:organization',
    ])
  })
})

describe('"the central bank"', () => {
  it("is the nation's bank named before, not the body most named", () => {
    const doc = parse(
      'Vote\n\nThe LDP lost. The LDP will govern alone, the LDP said. The yen fell as traders doubted support for the Bank of Japan (BOJ). Takeshi Minami said the central bank had raised rates in July.\n',
    )
    const nominals = (name: string): string[] =>
      doc.entities
        .find((found) => found.name === name)
        ?.mentions.filter((mention) => mention.kind === 'nominal')
        .map((mention) => mention.text) ?? []
    expect(nominals('Bank of Japan')).toEqual(['the central bank'])
    expect(nominals('LDP')).toEqual([])
  })

  it('is no commercial bank', () => {
    const doc = parse(
      'Jobs\n\nBank of America cut jobs. Bank of America said the central bank held.\n',
    )
    expect(doc.entities.flatMap((found) => found.mentions).map((m) => m.kind)).not.toContain(
      'nominal',
    )
  })
})

describe('"the party" in the sentence of a party that opens it after words that qualify it', () => {
  it('is that party, not the one named most', () => {
    const doc = parse(
      [
        'Ruling coalition loses majority',
        "TOKYO, Nov 10 (Reuters) - Japan's ruling Liberal Democratic Party (LDP) lost its majority in the lower house on Sunday.",
        'The LDP won 187 seats in the 465-member House of Representatives, down from 247 before the election.',
        'The main opposition Constitutional Democratic Party of Japan (CDP), led by former foreign minister Yukiko Arai, surged to 152 seats from 98, its best showing since the party was formed in 2017.',
        '',
      ].join('\n'),
    )
    const cdp = doc.entities.find(
      (found) => found.name === 'Constitutional Democratic Party of Japan',
    )
    expect(cdp?.mentions.map((mention) => mention.text)).toContain('the party')
  })
})

describe('a company or a team named without the words of its form', () => {
  it('is the company or team named in full ("Ford" of "Ford Motor Co.", "Red Bull" of "Red Bull Racing")', () => {
    const doc = parse(
      'Race\n\nScuderia Ferrari endured a miserable day. Ferrari said it would improve. Red Bull Racing won. Red Bull pitted early. The strike spared Ford Motor Co. on Friday. Ford said talks went well.\n',
    )
    expect(
      doc.entities.map((found) => [found.name, found.kind, found.mentions.map((m) => m.text)]),
    ).toEqual([
      ['Scuderia Ferrari', 'organization', ['Scuderia Ferrari', 'Ferrari']],
      ['Red Bull Racing', 'organization', ['Red Bull Racing', 'Red Bull']],
      ['Ford Motor Co.', 'organization', ['Ford Motor Co.', 'Ford']],
    ])
  })

  it('takes no adjective of another thing ("Islamic" beside "Islamic Group")', () => {
    expect(
      kinds('Attack\n\nThe Islamic Group claimed the attack. Islamic militants fled.\n'),
    ).toContain('Islamic Group:organization')
    expect(
      entityNames('Attack\n\nThe Islamic Group claimed it. Islamic scholars met.\n'),
    ).toContain('Islamic')
  })
})

describe('a body named before a date', () => {
  it('takes no month\'s short name into its name ("the Commission on Oct. 14")', () => {
    expect(
      entityNames(
        'Delay\n\nThe European Commission proposed a delay. The Commission said so. In a letter sent to the Commission on Oct. 14, ministers asked for time.\n',
      ),
    ).toEqual(['European Commission'])
  })
})

describe('a full name with middle names', () => {
  it('is the person the text names without them ("Eleanor Margaret Vance", "Eleanor Vance")', () => {
    expect(
      entityNames(
        'Obituary\n\nEleanor Margaret Vance was born in 1934. Dr. Eleanor Vance won the prize. Donald J. Trump met Donald Trump Jr.\n',
      ),
    ).toEqual(['Eleanor Margaret Vance', 'Donald J. Trump', 'Donald Trump Jr.'])
  })
})

describe('a pronoun no one in reach fits', () => {
  it('goes to no person that pronouns of the other gender stood for', () => {
    const doc = parse(
      'Lesson\n\nLoretta Lynch was a young lawyer then. She said she was asked to talk about a case.\n\nLynch said she had studied his case for weeks.\n',
    )
    const lynch = doc.entities.find((found) => found.name === 'Loretta Lynch')
    expect(lynch?.mentions.map((mention) => mention.text)).not.toContain('his')
  })
})

describe('God', () => {
  it('is an other name, never a person that pronouns stand for', () => {
    const doc = parse(
      'Rescue\n\nNeighbors chanted "God is great." Hatice Demir, 64, waited outside. She said her grandson had been rescued.\n',
    )
    expect(doc.entities.map((found) => `${found.name}:${found.kind}`)).not.toContain('God:person')
    expect(kinds('Rescue hopes fade\n\nShe said God would help them.\n')).toEqual(['God:other'])
    expect(doc.quotes.find((quote) => quote.kind === 'indirect')?.speaker).toBe(
      doc.entities.find((found) => found.name === 'Hatice Demir')?.id,
    )
  })
})

describe('a role noun in the words someone named before it says', () => {
  it('is the one the story titled so, not the speaker ("Mark Hennessy said the premier had lied")', () => {
    const doc = parse(
      'Vote\n\nPremier Catherine Doyle spoke on Tuesday. Mark Hennessy said the premier had lied.\n',
    )
    const doyle = doc.entities.find((entity) => entity.name === 'Catherine Doyle')
    expect(doyle?.mentions.map((mention) => mention.text)).toEqual([
      'Catherine Doyle',
      'the premier',
    ])
  })

  it('is no one for a role several hold in a race ("travels with the candidate")', () => {
    const doc = parse(
      'Race\n\nDemocratic candidate Hillary Clinton spoke on Tuesday. Corey Lewandowski said he travels with the candidate.\n',
    )
    const mentions = doc.entities.flatMap((entity) => entity.mentions.map((m) => m.text))
    expect(mentions).not.toContain('the candidate')
  })
})

describe('the name of an entity written in two cases', () => {
  it('is the one that capitalises more words ("Penrith Lakes Hospital", not the headline\'s "hospital")', () => {
    const doc = parse(
      'Doyle faces vote as Penrith Lakes hospital scandal widens\n\nThe Penrith Lakes Hospital opened late.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.aliases])).toContainEqual([
      'Penrith Lakes Hospital',
      [],
    ])
  })
})

describe('"the moral authority"', () => {
  it('is a power, no nominal of a body named before', () => {
    const doc = parse(
      'Vote\n\nThe Penrith Lakes Hospital opened late. Mark Hennessy said the premier had lost the moral authority to govern.\n',
    )
    const hospital = doc.entities.find((entity) => entity.name === 'Penrith Lakes Hospital')
    expect(hospital?.mentions.map((mention) => mention.text)).toEqual(['Penrith Lakes Hospital'])
  })
})

describe("a role set off beside a person's name", () => {
  it('is one of the person\'s titles ("The chancellor, Rachel Reeves,")', () => {
    const doc = parse(
      'Budget\n\nThe chancellor, Rachel Reeves, raised taxes on Wednesday. The shadow chancellor, Mel Stride, attacked the plan.\n',
    )
    const titlesOf = (name: string) => doc.entities.find((found) => found.name === name)?.titles
    expect(titlesOf('Rachel Reeves')).toEqual(['chancellor'])
    expect(titlesOf('Mel Stride')).toEqual(['shadow chancellor'])
  })

  it('makes "the chancellor" its holder, not the shadow chancellor named since', () => {
    const doc = parse(
      'Budget\n\nThe chancellor, Rachel Reeves, raised taxes on Wednesday.\n\nThe shadow chancellor, Mel Stride, attacked the plan. The chancellor also confirmed that the cap would go.\n',
    )
    const reeves = doc.entities.find((found) => found.name === 'Rachel Reeves')
    expect(doc.quotes.find((quote) => quote.text.startsWith('the cap'))?.speaker).toBe(reeves?.id)
  })

  it('takes in a phrase of "for" or "of" and a name after the role ("The senior coroner for Lancashire, Dr Rachel Oduya,")', () => {
    const doc = parse(
      'Inquest\n\nThe senior coroner for Lancashire, Dr Rachel Oduya, said the care was poor. The coroner said she would write to the trust.\n\nThe leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying it "will not break our will."\n',
    )
    const byName = (name: string) => doc.entities.find((found) => found.name === name)
    expect(byName('Rachel Oduya')?.titles).toContain('senior coroner')
    expect(byName('Rachid Ghannouchi')?.titles).toEqual(['leader of Ennahda'])
    expect(doc.quotes.find((quote) => quote.text.startsWith('she would'))?.speaker).toBe(
      byName('Rachel Oduya')?.id,
    )
    expect(doc.quotes.find((quote) => quote.kind === 'partial')?.speaker).toBe(
      byName('Rachid Ghannouchi')?.id,
    )
  })
})

describe('a body whose short name in brackets spells words the tagger left out', () => {
  it('is one name, whole to the initials ("Computer and Communications Industry Association (CCIA)")', () => {
    expect(
      entityNames(
        'Rules\n\nThe Computer & Communications Industry Association (CCIA) said the plan was good. The State Law and Order Restoration Council (SLORC) met.\n',
      ),
    ).toEqual([
      'Computer & Communications Industry Association',
      'State Law and Order Restoration Council',
    ])
  })

  it('takes in a link word that gives a letter, a link that gives none and one common word', () => {
    expect(
      entityNames(
        'Coup\n\nThe Economic Community of West African States (ECOWAS) condemned the coup. The Board of Control for Cricket in India (BCCI) met. The Medicines and Healthcare products Regulatory Agency (MHRA) ordered a recall.\n',
      ),
    ).toEqual([
      'Economic Community of West African States',
      'Board of Control for Cricket in India',
      'Medicines and Healthcare products Regulatory Agency',
    ])
  })

  it('takes its initials and a place as its short name ("CCIA Europe")', () => {
    const doc = parse(
      'Rules\n\nThe Computer and Communications Industry Association (CCIA Europe) said the plan was good. CCIA Europe later said it was pleased.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.mentions.length])).toEqual([
      ['Computer and Communications Industry Association', 3],
    ])
  })
})

describe('a pronoun after a person of its paragraph whom their first name makes a "he" or a "she"', () => {
  it('is that person, not one who spoke in an earlier paragraph', () => {
    const doc = parse(
      'Debate\n\nRush Limbaugh, the radio host, said the debate would be rigged.\n\nThe spotlight was on Hillary Clinton all summer. Then, she towered above the field.\n',
    )
    const clinton = doc.entities.find((found) => found.name === 'Hillary Clinton')
    expect(clinton?.mentions.map((mention) => mention.text)).toEqual(['Hillary Clinton', 'she'])
  })
})

describe("a nation's branch of a body the lists know", () => {
  it('is an organisation, which the body\'s own name joins ("the Turkish Red Crescent")', () => {
    expect(
      kinds(
        'Quake\n\nThe Turkish Red Crescent, known as Kizilay, sent tents. Fatma Yilmaz, the head of the Red Crescent, said more were coming.\n',
      ),
    ).toEqual(['Turkish Red Crescent:organization', 'Fatma Yilmaz:person'])
  })
})

describe('an institution whose name joins two words with "and" before its head', () => {
  it('is one name ("Malatya Training and Research Hospital")', () => {
    expect(
      kinds(
        'Quake\n\nDoctors at Malatya Training and Research Hospital said she was dehydrated.\n',
      ),
    ).toEqual(['Malatya Training and Research Hospital:organization'])
  })
})

describe('"the party" in the sentence of a party\'s member', () => {
  it("is the member's party, not the one named most", () => {
    const doc = parse(
      "Verdict\n\nThe Peoples Democratic Party (PDP) said it would appeal. The PDP called the ruling a travesty. Julius Abure, the Labour Party's national chairman, said the party would push for reforms.\n",
    )
    const labour = doc.entities.find((found) => found.name === 'Labour Party')
    expect(labour?.mentions.map((mention) => mention.text)).toEqual(['Labour Party', 'the party'])
  })
})

describe("a place that qualifies a public office's title before a name", () => {
  it('is the place, after "Former" and before "State" ("Former Arizona State Senator Kelli Ward")', () => {
    expect(
      kinds('Lawsuit\n\nFormer Arizona State Senator Dr. Kelli Ward called for the impeachment.\n'),
    ).toEqual(['Arizona:place', 'Kelli Ward:person'])
    expect(kinds('Lawsuit\n\nArizona State Sen. Kelli Ward called for the impeachment.\n')).toEqual(
      ['Arizona:place', 'Kelli Ward:person'],
    )
  })

  it("leaves a team's or a university's name before a team's role", () => {
    expect(
      kinds('Cricket\n\nAt the Oval, Surrey captain Chris Lewis continued to bat.\n'),
    ).toContain('Surrey:organization')
    expect(
      kinds('Football\n\nArizona State head coach Kenny Dillingham spoke on Monday.\n'),
    ).toContain('Arizona State:organization')
  })
})

describe('the first word of a headline in sentence case', () => {
  it('is no name when the story names it nowhere else ("Bathroom bill sparks lawsuit")', () => {
    expect(
      kinds(
        'Bathroom bill sparks lawsuit against North Carolina\n\nThe state was sued on Monday over its new law.\n',
      ),
    ).toEqual(['North Carolina:place'])
  })

  it('stays a name that the story names too, or that the lists know', () => {
    const doc = parse(
      'Starmer faces revolt over welfare\n\nKeir Starmer said on Monday that the plan would go ahead.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.mentions.length])).toEqual([
      ['Keir Starmer', 2],
    ])
    expect(
      kinds('Trump says the wall will be built\n\nThe plan was announced on Monday.\n'),
    ).toEqual(['Trump:person'])
  })
})

describe('a place of the lists whose name holds a word in lower case', () => {
  it('is one place, not its parts ("Bosnia and Herzegovina", "Newcastle upon Tyne")', () => {
    expect(
      kinds(
        'Travel\n\nHe flew to Bosnia and Herzegovina on Monday, then to Saint Vincent and the Grenadines. She was born in Newcastle upon Tyne and lives in the District of Columbia.\n',
      ),
    ).toEqual([
      'Bosnia and Herzegovina:place',
      'Saint Vincent and the Grenadines:place',
      'Newcastle upon Tyne:place',
      'District of Columbia:place',
    ])
  })

  it('leaves two places joined by "and" that the lists know apart ("France and Germany")', () => {
    expect(kinds('Talks\n\nFrance and Germany agreed on Monday.\n')).toEqual([
      'France:place',
      'Germany:place',
    ])
  })
})

describe('a hospital whose name a title word opens', () => {
  it('is one body, not a person "Hospital" titled "Massachusetts General"', () => {
    expect(
      kinds(
        'Inquest\n\nShe was born at Eastbrook General Hospital in Staffordshire and later taken to Massachusetts General Hospital.\n',
      ),
    ).toEqual([
      'Eastbrook General Hospital:organization',
      'Staffordshire:place',
      'Massachusetts General Hospital:organization',
    ])
  })
})

describe('a minister’s title in British style, its role capitalised', () => {
  it('is the title of the person set off after it ("The Health Secretary, Wes Streeting,")', () => {
    const doc = parse(
      'Maternity\n\nThe Health Secretary, Wes Streeting, said he would act. The Chancellor, Rachel Reeves, said she agreed.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.kind, found.titles])).toEqual([
      ['Wes Streeting', 'person', ['Health Secretary']],
      ['Rachel Reeves', 'person', ['Chancellor']],
    ])
  })

  it('is a treasurer’s too, alone ("the Treasurer said") and shadowed ("Shadow treasurer")', () => {
    const doc = parse(
      'Budget\n\nTreasurer Daniel Whitford released the budget. "We will keep doing what we can," the Treasurer said. Shadow treasurer Angus McLeay said it was a spendathon.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.kind, found.titles])).toEqual([
      ['Daniel Whitford', 'person', ['Treasurer']],
      ['Angus McLeay', 'person', ['Shadow treasurer']],
    ])
    expect(doc.quotes.map((quote) => quote.speaker)).toEqual([
      doc.entities[0]?.id,
      doc.entities[1]?.id,
    ])
  })

  it('is a governor’s and a president’s title too ("the Governor, Margaret Doyle,")', () => {
    const doc = parse(
      'Election\n\nUnder the Constitution Act, the Governor, Margaret Doyle, will commission a leader.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.titles])).toContainEqual([
      'Margaret Doyle',
      ['Governor'],
    ])
  })

  it('names no body by its portfolio ("wrote to the Health Secretary"), but a department', () => {
    expect(kinds('Letter\n\nHe wrote to the Health Secretary on Monday.\n')).toEqual([])
    expect(kinds('Letter\n\nHe wrote to the Treasury Secretary on Monday.\n')).toEqual([
      'Treasury:organization',
    ])
  })
})

describe('a title held by someone who has died ("the late Prime Minister Shinzo Abe")', () => {
  it('is a post left: "the prime minister" is the one who holds it now', () => {
    const doc = parse(
      'Reshuffle\n\nPrime Minister Hiroshi Takamatsu reshuffled his cabinet on Tuesday. The move echoed the late Prime Minister Shinzo Abe. The prime minister said that he would convene a session next month.\n',
    )
    const abe = doc.entities.find((found) => found.name === 'Shinzo Abe')
    expect(abe?.titles).toEqual(['late Prime Minister'])
    expect(abe?.mentions.map((mention) => mention.text)).toEqual(['Shinzo Abe'])
    expect(doc.quotes[0]?.speaker).toBe(
      doc.entities.find((found) => found.name === 'Hiroshi Takamatsu')?.id,
    )
  })
})

describe('a body defined by its acronym in brackets', () => {
  it('is one organisation though the tagger read a word of it as a person ("Stellar")', () => {
    expect(
      kinds(
        'Transfer\n\nHis agent works for Stellar Line Sports Management (SLSM), which said on Tuesday that terms were agreed.\n',
      ),
    ).toEqual(['Stellar Line Sports Management:organization'])
  })

  it('is an organisation when a trust heads its name, its acronym an alias', () => {
    const doc = parse(
      'Inquest\n\nThe North Midlands Hospitals NHS Foundation Trust (NMHT) apologised. NMHT said it was sorry.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.kind, found.mentions.length])).toEqual([
      ['North Midlands Hospitals NHS Foundation Trust', 'organization', 3],
    ])
  })
})

describe('a company’s short name beside its full name and a body named after it', () => {
  it('joins the company whose legal form ends its name, though the tagger read a person', () => {
    const doc = parse(
      'Corvana to cut 4,200 jobs\n\nCorvana Systems Inc. will eliminate about 4,200 jobs. Corvana trimmed its forecast, and Corvana shares fell. The Corvana Workers Union said it would fight the cuts. Corvana said talks would begin.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.kind, found.mentions.length])).toEqual([
      ['Corvana Systems Inc.', 'organization', 5],
      ['Corvana Workers Union', 'organization', 1],
    ])
  })
})

describe('a body’s name the tagger ran on through "for" into a person’s', () => {
  it('is the body and the person ("a bid from Bayern Munich for Victor Okafor")', () => {
    expect(
      kinds('Transfer\n\nThe club rejected a second bid from Bayern Munich for Victor Okafor.\n'),
    ).toEqual(['Bayern Munich:organization', 'Victor Okafor:person'])
  })
})

describe('a town the gazetteer does not know, named by a dateline or "the town of"', () => {
  it('is a place wherever the story names it, though the tagger read a person', () => {
    expect(
      kinds(
        'Wildfire\n\nHINTON, Alta. — Thousands of residents of the town of Hinton were ordered to leave. Officials in Hinton said the fire was close.\n',
      ),
    ).toEqual(['Hinton:place', 'Alberta:place'])
  })
})

describe('a name alone that is one person’s first name and another’s surname', () => {
  it('is the surname’s ("Thomas" beside "Thomas Kessler" and "Clarence Thomas")', () => {
    const doc = parse(
      'Ruling\n\nThe case was brought by Thomas Kessler, a retired machinist. Justice Clarence Thomas joined the majority. Thomas also wrote a concurring opinion. Kessler said he was relieved.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.aliases])).toEqual([
      ['Thomas Kessler', ['Kessler']],
      ['Clarence Thomas', ['Thomas']],
    ])
  })
})

describe('a surname alone after a form of address, shared by several people', () => {
  it('is the person of that gender named last in full ("Mrs Whitmore", "Mr Whitmore")', () => {
    const doc = parse(
      'Inquest\n\nFreya Whitmore died aged three days.\n\nThe inquest heard that Sophie Whitmore, 31, had asked for a doctor.\n\nFreya’s father Daniel Whitmore said the family had waited.\n\nMrs Whitmore said she hoped the inquest would force change. Mr Whitmore added that he was angry.\n',
    )
    const speakers = doc.quotes.map(
      (quote) => doc.entities.find((found) => found.id === quote.speaker)?.name,
    )
    expect(speakers).toEqual(['Daniel Whitmore', 'Sophie Whitmore', 'Daniel Whitmore'])
  })

  it('tells two women apart by their forms of address ("Ms Cartwright", "Mrs Cartwright")', () => {
    const doc = parse(
      "Verdict\n\nA jury convicted Bradley Ormond of murdering Jessica Cartwright. Ms Cartwright's mother, Linda Cartwright, wept. Outside court, Mrs Cartwright said the verdict could not bring her daughter back.\n",
    )
    expect(doc.entities.map((found) => [found.name, found.titles])).toEqual([
      ['Bradley Ormond', []],
      ['Jessica Cartwright', ['Ms']],
      ['Linda Cartwright', ['Mrs']],
    ])
    expect(doc.quotes.map((quote) => quote.speaker)).toEqual([doc.entities[2]?.id])
  })

  it('keeps "Mrs. Clinton" with Hillary Clinton beside Bill Clinton', () => {
    const doc = parse(
      'Campaign\n\nHillary Clinton spoke in Iowa. Bill Clinton campaigned in New Hampshire.\n\nMrs. Clinton said the race was close.\n',
    )
    const hillary = doc.entities.find((found) => found.name === 'Hillary Clinton')
    expect(hillary?.mentions.map((mention) => mention.text)).toContain('Clinton')
    expect(doc.entities.find((found) => found.name === 'Bill Clinton')?.titles).toEqual([])
  })
})

describe('the entity rules of this session, on inputs a review found them misreading', () => {
  it('keeps a person named after their company a person ("Mr. Okonkwo" beside "Okonkwo Foods Ltd.")', () => {
    expect(
      kinds(
        'Briefs\n\nOkonkwo Foods Ltd. posted record profits on Monday. Mr. Okonkwo, the founder, said demand was strong.\n',
      ),
    ).toEqual(['Okonkwo Foods Ltd.:organization', 'Okonkwo:person'])
  })

  it('keeps a club before its president a club, and a group "for" a person one group', () => {
    expect(
      kinds('Club news\n\nBarcelona president Joan Laporta said the club would appeal.\n'),
    ).toContain('Barcelona:organization')
    expect(
      kinds('Politics\n\nYoung Americans for Ron Paul, a student group, held a rally in Iowa.\n'),
    ).toContain('Young Americans for Ron Paul:organization')
  })

  it('keeps a headline’s body that the story names by description, and a party before a spokesman', () => {
    expect(
      kinds(
        'Greenpeace activists scale Big Ben\n\nThe environmental group said the protest was peaceful.\n',
      ),
    ).toContain('Greenpeace:organization')
    expect(
      kinds(
        'Result\n\nLabour held the seat. "This is a great result," the Labour spokesman said.\n',
      ),
    ).toContain('Labour:organization')
  })

  it('keeps a studio before a colon, and "the coach of" another team unresolved', () => {
    expect(
      kinds(
        'Box office\n\nThe weekend\'s winners were clear. Sony Pictures: its "Spider-Man" sequel took $120 million.\n',
      ),
    ).toContain('Sony Pictures:organization')
    const doc = parse(
      'Game\n\nLakers coach JJ Redick said his team played hard.\n\nThe coach of the Celtics, who was ejected, declined to comment.\n',
    )
    const redick = doc.entities.find((found) => found.name === 'JJ Redick')
    expect(redick?.mentions.map((mention) => mention.text)).not.toContain('The coach')
  })
})

describe('a stock ticker in brackets after a name', () => {
  it('makes the name a company’s and is no name of its own ("Halvorsen Foods (HLVF.N)")', () => {
    const doc = parse(
      'Deal\n\nHalvorsen Foods (HLVF.N) said on Monday it would buy Brightwater Brands (BWB.N). Tesla (NASDAQ: TSLA) fell, and Siemens (SIEGn.DE) rose. The World Health Organization (WHO) said.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.kind])).toEqual([
      ['Halvorsen Foods', 'organization'],
      ['Brightwater Brands', 'organization'],
      ['Tesla', 'organization'],
      ['Siemens', 'organization'],
      ['World Health Organization', 'organization'],
    ])
  })
})

describe('places and bodies a review of local and policy stories found misread', () => {
  it('reads a street the tagger took for a body, and a creek after a first name, as places', () => {
    const doc = parse(
      'Housing\n\nShe has lived on Maple Terrace near Dalton Creek for 34 years. Downing Street said the talks went well.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.kind])).toEqual([
      ['Maple Terrace', 'place'],
      ['Dalton Creek', 'place'],
      ['Downing Street', 'organization'],
    ])
  })

  it('joins a name to the short name in brackets after it, or before it ("BEUC (the ...)")', () => {
    const doc = parse(
      'Rules\n\nThe firm breached the Artificial Intelligence Act (AI Act). Consumer group BEUC (the European Consumer Organisation) backed the rules. BEUC said the AI Act was clear.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.aliases])).toEqual([
      ['Artificial Intelligence Act', ['AI Act']],
      ['European Consumer Organisation', ['BEUC']],
    ])
  })
})

describe('a nickname between a given name and a surname the tagger did not read', () => {
  it('is one person’s name still ("Police said Rajendra "Raju" Paswan was arrested")', () => {
    const doc = parse(
      'Arrest\n\nPolice said Rajendra "Raju" Paswan was arrested. Mateo "El Toro" Ferreyra scored.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.kind])).toEqual([
      ['Rajendra "Raju" Paswan', 'person'],
      ['Mateo "El Toro" Ferreyra', 'person'],
    ])
  })

  it('is one person’s name after a given name the lists lack, when the story names the surname as a person', () => {
    const doc = parse(
      'Test\n\nVikram "Vicky" Rathore hit 142 on Tuesday. Rathore said it was special. "Vicky was brilliant," Deshmukh said.\n',
    )
    const rathore = doc.entities.find((entity) => entity.name === 'Vikram "Vicky" Rathore')
    expect(rathore?.kind).toBe('person')
    expect(rathore?.mentions.map((mention) => mention.text)).toEqual([
      'Vikram "Vicky" Rathore',
      'Rathore',
      'Vicky',
    ])
  })
})

describe('a company’s nominal that says where it is based', () => {
  it('is the company the text said is based there, not the one named last', () => {
    const doc = parse(
      'Deal\n\nHalvorsen Foods, based in Chicago, will buy Atlanta-based Brightwater Brands for $9 billion. The Chicago-based company said the deal would close in 2027. The Atlanta-based company has 4,000 workers.\n',
    )
    const mentionsOf = (name: string) =>
      doc.entities
        .find((entity) => entity.name === name)
        ?.mentions.filter((mention) => mention.kind === 'nominal')
        .map((mention) => mention.text)
    expect(mentionsOf('Halvorsen Foods')).toEqual(['The Chicago-based company'])
    expect(mentionsOf('Brightwater Brands')).toEqual(['The Atlanta-based company'])
    expect(doc.entities.find((entity) => entity.name === 'Halvorsen Foods')?.kind).toBe(
      'organization',
    )
    expect(doc.quotes[0]?.speaker).toBe(
      doc.entities.find((entity) => entity.name === 'Halvorsen Foods')?.id,
    )
  })
})

describe('a party’s short name beside its full name', () => {
  it('is the party ("the Lib Dems" and "the Liberal Democrats", "the Tories")', () => {
    const doc = parse(
      'By-election\n\nThe Liberal Democrats came fourth. The Lib Dems said they had not expected to win. The Conservative Party came second, and the Tories said they would regroup.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.kind, entity.aliases])).toEqual([
      ['Liberal Democrats', 'organization', ['Lib Dems']],
      ['Conservative Party', 'organization', ['Tories']],
    ])
  })
})

describe('what a review of the session’s entity rules found them misreading', () => {
  it('keeps people whose surnames are words of nature, and a degree in brackets is no ticker', () => {
    const doc = parse(
      'Music\n\nFrank Ocean released his first album. George Strait played. Jane Smith (Ph.D) said the results were clear.\n',
    )
    expect(
      doc.entities
        .filter((entity) => entity.kind !== 'other')
        .map((entity) => [entity.name, entity.kind]),
    ).toEqual([
      ['Frank Ocean', 'person'],
      ['George Strait', 'person'],
      ['Jane Smith', 'person'],
    ])
  })
})

describe('a planet’s name', () => {
  it('is a place on Earth and after a word of where, not a company elsewhere ("Mars agreed")', () => {
    const planets = parse(
      'Probe\n\nThe probe reached Venus on Monday. Scientists on Earth were thrilled. A rover on Mars found water.\n',
    )
    expect(planets.entities.map((entity) => [entity.name, entity.kind])).toEqual([
      ['Venus', 'place'],
      ['Earth', 'place'],
      ['Mars', 'place'],
    ])
    const company = parse('Deal\n\nMars agreed to buy Kellanova for $36 billion.\n')
    expect(company.entities.find((entity) => entity.name === 'Mars')?.kind).not.toBe('place')
  })
})

describe('a province named by its initials', () => {
  it('is a place: "B.C."', () => {
    const doc = parse('Fire\n\nCrews in B.C. fought the fire near Kamloops.\n')
    expect(doc.entities.map((entity) => [entity.name, entity.kind])).toContainEqual([
      'B.C.',
      'place',
    ])
  })
})

describe('a news agency’s name that is also a person’s surname', () => {
  it('is the agency alone, and the person after a form of address or beside their full name', () => {
    const agency = parse(
      'Growth\n\nBloomberg says its data shows growth. Bloomberg reported the deal.\n',
    )
    expect(agency.entities.map((entity) => [entity.name, entity.kind])).toEqual([
      ['Bloomberg', 'organization'],
    ])
    const founder = parse(
      'Money\n\nMichael Bloomberg spoke on Monday. Mr. Bloomberg is worth $45 billion. Bloomberg said he would not run.\n',
    )
    expect(
      founder.entities.map((entity) => [entity.name, entity.kind, entity.mentions.length]),
    ).toEqual([['Michael Bloomberg', 'person', 4]])
  })
})

describe('"Congress" beside a party named "… National Congress"', () => {
  it('is that party, and the legislature where the document names no such party', () => {
    const party = parse(
      'Vote\n\nThe Indian National Congress won 40 seats. The Congress will sit in opposition, Rahul Gandhi said.\n',
    )
    expect(party.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['Indian National Congress', 2],
      ['Rahul Gandhi', 1],
    ])
    const legislature = parse('Bill\n\nCongress passed the bill. The Senate voted.\n')
    expect(legislature.entities.map((entity) => entity.name)).toEqual(['Congress', 'Senate'])
  })
})

describe('a body named by its field and its nation', () => {
  it('is one organisation: "Water UK", "Police Scotland", "Statistics Canada"', () => {
    const doc = parse(
      'Bodies\n\nWater UK, which represents the industry, said companies were investing £104bn. Officers from Police Scotland attended. Statistics Canada said prices rose. In England, rain fell.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.kind])).toEqual([
      ['Water UK', 'organization'],
      ['Police Scotland', 'organization'],
      ['Statistics Canada', 'organization'],
      ['England', 'place'],
    ])
  })
})

describe('a word that opens a sentence before a noun no verb ends as', () => {
  it('is that noun’s modifier, no person: "Core inflation", not "Milei administration"', () => {
    const doc = parse(
      'Prices\n\nInflation eased in September. Core inflation, which strips out food prices, held at 2.3%. Milei administration officials welcomed it.\n',
    )
    expect(doc.entities.map((entity) => entity.name)).toEqual(['Milei'])
  })
})

describe('places, bodies and words a review of Kenyan, cricket, wildfire and science stories found misread', () => {
  it('types places by their heads, bodies by their districts, and journals and water companies', () => {
    const doc = parse(
      'Review\n\nAt Gare Saint-Lazare, Thomas Morel waited. People in the Birch Island area fled. The road to Little Fort closed. Halloran batted at the Basin Reserve. The Thompson-Nicola Regional District (TNRD) expanded an order. It was published in The Lancet. Thames Water, Southern Water and United Utilities were named.\n',
    )
    expect(
      doc.entities.map((entity) => [entity.name, entity.kind, entity.mentions.length]),
    ).toEqual([
      ['Gare Saint-Lazare', 'place', 1],
      ['Thomas Morel', 'person', 1],
      ['Birch Island', 'place', 1],
      ['Little Fort', 'place', 1],
      ['Halloran', 'person', 1],
      ['Basin Reserve', 'place', 1],
      ['Thompson-Nicola Regional District', 'organization', 2],
      ['Lancet', 'organization', 1],
      ['Thames Water', 'organization', 1],
      ['Southern Water', 'organization', 1],
      ['United Utilities', 'organization', 1],
    ])
  })

  it('reads no name in an event’s noun, a form of address, a title’s words or a common acronym', () => {
    const doc = parse(
      'Petition\n\nThe petition concerns the August 10 General Election. "Where are the forms, my Lords?" Mr Mutua asked. Interior Cabinet Secretary Abdullahi Sheikh spoke. It came from an unregistered IP address. Under Article 140 of the Constitution, it is valid. The First Lady waved.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.kind])).toEqual([
      ['Mutua', 'person'],
      ['Abdullahi Sheikh', 'person'],
      ['Constitution', 'other'],
    ])
  })
})

describe('a city of the lists the tagger was unsure was a person', () => {
  it('is a place: "Cairo had made an offer"', () => {
    const doc = parse('Talks\n\nOfficials said Cairo had made an offer. Kyiv rejected it.\n')
    expect(doc.entities.map((entity) => [entity.name, entity.kind])).toEqual([
      ['Cairo', 'place'],
      ['Kyiv', 'place'],
    ])
  })
})

describe('bodies named after people, lakes and teams’ short names a review found split', () => {
  it('joins "Sabin" to "Vaccine Institute", types "Lake Victoria", and gives "the Thunder" and "the Post" their full names', () => {
    const doc = parse(
      'Review\n\nThe vaccine was developed by the Sabin Vaccine Institute. Traders cross the border around Lake Victoria. The Oklahoma City Thunder won. The Thunder trailed early. The Washington Post reported it. The Post said so.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.kind, entity.aliases])).toEqual([
      ['Sabin Vaccine Institute', 'organization', []],
      ['Lake Victoria', 'place', []],
      ['Oklahoma City Thunder', 'organization', ['Thunder']],
      ['Washington Post', 'organization', ['Post']],
    ])
  })
})

describe('a unit after a number', () => {
  it('is no initial of a name: "below minus 10 C. Moisture can freeze"', () => {
    const doc = parse(
      'Cold\n\nTemperatures fell below minus 10 C. Moisture can freeze in the lines.\n',
    )
    expect(doc.entities).toEqual([])
  })
})

describe('a town the lists do not know, named by a dateline', () => {
  it('is a place wherever the story names it again', () => {
    const doc = parse(
      'Board bans books\n\nHARLAN SPRINGS, Pa. — The school board voted on Tuesday to remove 12 books.\n\nParents in Harlan Springs were divided.\n',
    )
    expect(doc.entities.find((entity) => entity.name === 'Harlan Springs')?.kind).toBe('place')
  })
})

describe('a British honour', () => {
  it('is no body: "was appointed OBE"', () => {
    const doc = parse('Obituary\n\nIn later life Tobias Reeve was appointed OBE.\n')
    expect(doc.entities.map((entity) => entity.name)).toEqual(['Tobias Reeve'])
  })
})

describe('a body named with its nation, written whole once', () => {
  it('keeps the nation where the tagger cut it off: "according to NHS England figures"', () => {
    const doc = parse(
      'Strike\n\nNHS England has told trusts to keep care going.\n\nAbout 54,000 appointments were rescheduled, according to NHS England figures.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['NHS England', 2],
    ])
  })
})

describe('names a review of council, energy and court copy found split', () => {
  it('spells a short name whose small letters are its links ("TfGM", "MoD")', () => {
    const doc = parse(
      'Trams\n\nTransport for Greater Manchester (TfGM) said the stop was essential. TfGM later apologised. The Ministry of Defence (MoD) declined to comment.\n',
    )
    expect(doc.entities.map((e) => [e.kind, e.name, e.aliases])).toEqual([
      ['organization', 'Transport for Greater Manchester', ['TfGM']],
      ['organization', 'Ministry of Defence', ['MoD']],
    ])
    expect(doc.quotes.map((q) => doc.entities.find((e) => e.id === q.speaker)?.name)).toEqual([
      'Transport for Greater Manchester',
      'Ministry of Defence',
    ])
  })

  it('reads "Coun" as a councillor’s title, and "the Fed" before a noun as the Federal Reserve', () => {
    expect(
      kinds(
        'Plans\n\nCoun Dominic Tate said the plans were rushed. Coun Tate said he would ask for a call-in.\n',
      ),
    ).toEqual(['Dominic Tate:person'])
    expect(
      kinds(
        'Rates\n\nThe Federal Reserve cut rates on Wednesday. Stocks rose after the Fed decision.\n',
      ),
    ).toEqual(['Federal Reserve:organization'])
  })

  it('joins a body’s fields over "and" where the tagger’s common words lack them', () => {
    expect(
      kinds(
        'Quake\n\nThe Disaster and Emergency Management Authority said 40 died. A lawyer with the NAACP Legal Defense and Educational Fund spoke.\n',
      ),
    ).toEqual([
      'Disaster and Emergency Management Authority:organization',
      'NAACP Legal Defense and Educational Fund:organization',
    ])
  })
})

describe('words a review of health, racing and court copy found read as names', () => {
  it('reads a disease by its virus or outbreak as an other name, wherever the story names it', () => {
    expect(
      kinds(
        'Outbreak\n\nOfficials confirmed two cases of Marburg virus disease. The Ebola outbreak has killed 12. Marburg spreads fast.\n',
      ),
    ).toEqual(['Marburg:other', 'Ebola:other'])
  })

  it('reads no name in a numbered turn, nor in an office the tagger took for a person', () => {
    expect(kinds('Race\n\nVerstappen passed Norris at Turn 3.\n')).toEqual([
      'Verstappen:person',
      'Norris:person',
    ])
    expect(
      kinds("Cholera\n\nTanzania's Chief Medical Officer, Dr. Peter Mushi, said two had died.\n"),
    ).toEqual(['Tanzania:place', 'Peter Mushi:person'])
  })
})

describe('the head of a street’s or a square’s name read alone', () => {
  it('is no person ("One Police Plaza", "Grand Concourse")', () => {
    const names = kinds(
      'Subway\n\nThe mayor spoke at One Police Plaza. Hubs at 149th Street-Grand Concourse will open.\n',
    )
    expect(names.filter((name) => name.endsWith(':person'))).toEqual([])
    expect(names).toContain('Street-Grand Concourse:place')
  })
})

describe('capitalised words that name no one', () => {
  it.each([
    [
      'a number in words opening a sentence',
      'Clinton beats Trump by 46 percent to 42 percent, according to the poll. Twelve percent indicated that they were not sure.',
    ],
    ['a currency’s prefix', 'The fund holds US$50 million and HK$20 million.'],
    ['the members of a body', 'WHO urged Member States to act quickly.'],
  ])('leaves out %s', (_, sentence) => {
    const named = ['WHO', 'Clinton', 'Trump', 'the poll']
    expect(
      entityNames(`Outbreak\n\n${sentence}\n`).filter((name) => !named.includes(name)),
    ).toEqual([])
  })

  it('keeps the country of "The US sent aid"', () => {
    expect(entityNames('Outbreak\n\nThe US sent aid.\n')).toEqual(['US'])
  })
})

describe('a company named after a noun of what it does', () => {
  it('is an organisation ("consultancy Siqueira Macro", "the state utility Eskom")', () => {
    const doc = parse(
      'Rates\n\nRoberto Siqueira, who now runs consultancy Siqueira Macro, said the numbers did not add up. The state utility Eskom said power cuts would continue.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.kind])).toEqual([
      ['Roberto Siqueira', 'person'],
      ['Siqueira Macro', 'organization'],
      ['Eskom', 'organization'],
    ])
  })
})

describe('a body’s head alone beside two names that hold it', () => {
  it('is the body the head ends ("the Fund" of the IMF, not of its "Extended Fund Facility")', () => {
    const doc = parse(
      "IMF\n\nThe International Monetary Fund said on Thursday that Argentina had met its targets. The Fund's Executive Board approved the Extended Fund Facility in April. The Fund remains supportive.\n",
    )
    const imf = doc.entities.find((entity) => entity.name === 'International Monetary Fund')
    expect(imf?.aliases).toContain('Fund')
    expect(doc.entities.some((entity) => entity.name === 'Fund')).toBe(false)
  })
})

describe('a body of government named alone before a state’s body of the same name', () => {
  it('is the nation’s, not the state’s ("The Supreme Court ... The Missouri Supreme Court")', () => {
    const doc = parse(
      'Court\n\nWASHINGTON — The Supreme Court on Tuesday heard the case. The Missouri Supreme Court declined to hear the case in August.\n\nThe New York Daily News said the Daily News would appeal.\n',
    )
    const names = doc.entities.map((entity) => entity.name)
    expect(names).toContain('Supreme Court')
    expect(names).toContain('Missouri Supreme Court')
    expect(doc.entities.find((entity) => entity.name === 'New York Daily News')?.aliases).toEqual([
      'Daily News',
    ])
  })
})

describe('a region before "Chief Minister"', () => {
  it('is the place alone, not an organisation with the office\'s first word ("Sindh Chief Minister")', () => {
    const doc = parse(
      'Floods\n\nSindh Chief Minister Murad Ali Shah said the water was rising. Later, Shah visited Sindh again.\n',
    )
    expect(doc.entities.map((entity) => [entity.kind, entity.name, entity.titles])).toEqual([
      ['place', 'Sindh', []],
      ['person', 'Murad Ali Shah', ['Sindh Chief Minister']],
    ])
    expect(doc.entities[0]?.mentions.map((mention) => mention.text)).toEqual(['Sindh', 'Sindh'])
  })
})

describe('a name before an officer’s title', () => {
  it('is the organisation the officer serves, everywhere the text names it ("Eskom chief executive Dan Marokane")', () => {
    const doc = parse(
      'Power cuts\n\nEskom said it would cut power for six hours on Monday. Eskom chief executive Dan Marokane apologised. "We are sorry," he said.\n',
    )
    expect(doc.entities.map((entity) => [entity.kind, entity.name])).toEqual([
      ['organization', 'Eskom'],
      ['person', 'Dan Marokane'],
    ])
    // (A person's aide or spokesman says nothing of the kind.)
    expect(
      kinds(
        'Talks\n\nNetanyahu said the talks would go on. Netanyahu spokesman David Mencer agreed.\n',
      ),
    ).toContain('Netanyahu:person')
  })
})

describe('a name a described body is known by', () => {
  it('is an organisation ("The monetary policy committee, known as Copom", "a consultancy called Gavekal Dragonomics")', () => {
    expect(
      kinds(
        'Rates\n\nThe bank’s monetary policy committee, known as Copom, voted unanimously. Copom said inflation was too high. Tom Miller of a consultancy called Gavekal Dragonomics agreed.\n',
      ),
    ).toEqual(['Copom:organization', 'Tom Miller:person', 'Gavekal Dragonomics:organization'])
  })
})

describe('an acronym that counts the "of" of a name', () => {
  it('is that name ("Bank of Japan" and "BOJ", "Department of Justice" and "DOJ")', () => {
    expect(
      entityNames(
        'Rates\n\nThe Bank of Japan raised rates on Friday. BOJ Governor Hiroshi Tamaki said the BOJ would wait. The Department of Justice sued. The DOJ said so.\n',
      ),
    ).toEqual(['Bank of Japan', 'Hiroshi Tamaki', 'Department of Justice'])
  })
})

describe('a nation’s name before a body’s name that opens with "National"', () => {
  it('is one organisation, though "national" is written in lower case elsewhere', () => {
    expect(
      kinds(
        'Vote\n\nOfficials met at the national office. The Kenya National Commission on Human Rights said it was investigating.\n',
      ),
    ).toEqual(['Kenya National Commission on Human Rights:organization'])
  })
})

describe("a pronoun after a quote's inverted speaker in its paragraph", () => {
  it('stands for that speaker as the subject of the next sentence, not inside a quotation', () => {
    const doc = parse(
      'Results\n\nMarc Oudendijk said costs would rise. He cut the revenue forecast.\n\n"The cuts are the right call," said Sandeep Mehra, an analyst at Jefferies. He cut his price target to 48 euros.\n',
    )
    const pronouns = (name: string) =>
      doc.entities
        .find((entity) => entity.name === name)
        ?.mentions.filter((mention) => mention.kind === 'pronoun')
        .map((mention) => mention.text)
    expect(pronouns('Sandeep Mehra')).toEqual(['He', 'his'])
    expect(pronouns('Marc Oudendijk')).toEqual(['He'])
    // Inside the quotation the speaker is "I": "He" is someone else.
    const quoted = parse(
      'Plan\n\nPaul Brand runs the fund.\n\n"It is a good plan," said Tom Reed. "He knows the market well."\n',
    )
    const reed = quoted.entities.find((entity) => entity.name === 'Tom Reed')
    expect(reed?.mentions.filter((mention) => mention.kind === 'pronoun')).toEqual([])
  })
})

describe("the first word of a company's name alone", () => {
  it("is that company's short name, not a person or a place of its own", () => {
    const doc = parse(
      'Orbis glasses\n\nOrbis Technologies on Tuesday unveiled new smart glasses. Orbis said it would expand sales to Japan later this year.\n',
    )
    expect(
      doc.entities.map((entity) => [entity.kind, entity.name, entity.aliases.join(',')]),
    ).toEqual([
      ['organization', 'Orbis Technologies', 'Orbis'],
      ['place', 'Japan', ''],
    ])
  })

  it('is not the word of a person the document names in full, nor a people', () => {
    expect(
      kinds(
        'Deal\n\nDonald Trump met investors. Trump Media Group shares rose. Trump said the deal was done. Japan Airlines said Japan would benefit.\n',
      ),
    ).toEqual([
      'Donald Trump:person',
      'Trump Media Group:organization',
      'Japan Airlines:organization',
      'Japan:place',
    ])
  })
})

describe('a nominal whose qualifier names a body ("the SP chief")', () => {
  it('is of a person whose title holds its words, not letters inside one of them', () => {
    const doc = parse(
      'Polls\n\nSP president Vikram Chauhan spoke on Monday.\n\n"There is no confusion," said Meenakshi Dwivedi, the Congress spokesperson in Uttar Pradesh.\n\nBJP state spokesperson Alok Shukla said the SP chief was spreading lies.\n',
    )
    const holder = doc.entities.find((entity) =>
      entity.mentions.some((mention) => mention.text === 'the SP chief'),
    )
    expect(holder?.name).toBe('Vikram Chauhan')
  })
})

describe('a name and a model number after an article ("the Lens 2")', () => {
  it('is a product, which no nominal of a company stands for; a score is not one', () => {
    const doc = parse(
      'Orbis glasses\n\nOrbis Technologies on Tuesday unveiled the Lens 2, a $799 pair of smart glasses. The company said sales would start in July.\n',
    )
    expect(doc.entities.find((entity) => entity.name === 'Lens')?.kind).toBe('other')
    const company = doc.entities.find((entity) =>
      entity.mentions.some((mention) => mention.text === 'The company'),
    )
    expect(company?.name).toBe('Orbis Technologies')
  })
})

describe('a name between an article and a resident\'s noun ("A Harrogate man")', () => {
  it("is the town the person is from; not a family's, an employer's or a party's", () => {
    expect(
      kinds(
        'Fraud\n\nA Harrogate man who posed as a roofer has been jailed. Police said a Skipton woman, 81, lost her savings. The Leeds resident was shocked. A Google engineer quit.\n',
      ),
    ).toEqual(['Harrogate:place', 'Skipton:place', 'Leeds:place', 'Google:organization'])
  })
})

describe('the initials of a title the document writes in full, before a surname ("DC Lomax")', () => {
  it("are that title: the surname is the titled person's", () => {
    const doc = parse(
      'Court\n\nDetective Constable Karen Lomax said the inquiry was over. DC Lomax said officers believed there might be further victims.\n',
    )
    expect(doc.entities.map((entity) => [entity.kind, entity.name])).toEqual([
      ['person', 'Karen Lomax'],
    ])
    expect(doc.quotes.map((quote) => quote.speaker)).toEqual([
      doc.entities[0]?.id,
      doc.entities[0]?.id,
    ])
  })

  it('are no first name ("Di") nor a name of their own ("DS")', () => {
    const doc = parse(
      'Court\n\nDetective Inspector Rachel Hume led the inquiry.\n\n"That is not right," DI Hume replied.\n\nDetective Sergeant Amy Cole agreed. Later DS Cole said it was over.\n',
    )
    expect(doc.entities.map((entity) => [entity.kind, entity.name, entity.aliases])).toEqual([
      ['person', 'Rachel Hume', ['Hume']],
      ['person', 'Amy Cole', ['Cole']],
    ])
    expect(doc.quotes.map((quote) => quote.speaker)).toEqual(
      doc.entities.map((entity) => entity.id),
    )
  })
})

describe('the last name of a list of places after "in" ("in Shamli and Mirzapur")', () => {
  it('is a place as the first is; not a name after a comma that ends the place', () => {
    expect(
      kinds(
        'Polls\n\nRallies were held in Shamli and Mirzapur on Sunday. He campaigned in Agra, Mathura and Aligarh.\n',
      ),
    ).toEqual(['Shamli:place', 'Mirzapur:place', 'Agra:place', 'Mathura:place', 'Aligarh:place'])
  })
})

describe('the platform X after a word of posting and "on"', () => {
  it('is an organisation; one letter elsewhere is no name', () => {
    expect(
      kinds(
        'Glasses\n\nSenator Amy Klobuchar posted on X that she would act. Mr. X refused. The letter X marks it.\n',
      ),
    ).toEqual(['Amy Klobuchar:person', 'X:organization'])
  })
})

describe('a club named after its town, as British clubs are', () => {
  it('is an organisation with no article ("Coventry City", "Ipswich Town"), not "Kansas City" nor "Sioux City"', () => {
    const text =
      'Football\n\nThe team travels to Coventry City next. They host Cardiff City on Saturday. Ipswich Town drew and Wigan Athletic lost. Fans met in Kansas City, Sioux City and Cape Town.\n'
    expect(kinds(text)).toEqual([
      'Coventry City:organization',
      'Cardiff City:organization',
      'Ipswich Town:organization',
      'Wigan Athletic:organization',
      'Kansas City:place',
      'Sioux City:place',
      'Cape Town:place',
    ])
  })
})

describe('a court case the tagger read as one name, and a company that writes a capital inside its name', () => {
  it('is a case ("Hale v. NetChoice") and an organisation ("NetChoice"), not people', () => {
    const text =
      'Court\n\nThe cases, Hale v. NetChoice and Utah v. NetChoice, were consolidated in October. NetChoice said in a statement that it expected the court to rule. Kevin McCarthy and Ron DeSantis spoke.\n'
    expect(kinds(text)).toEqual([
      'Hale v. NetChoice:other',
      'Utah v. NetChoice:other',
      'NetChoice:organization',
      'Kevin McCarthy:person',
      'Ron DeSantis:person',
    ])
  })
})

describe('a work’s title in marks that opens with an article or holds a possessive', () => {
  it('is one name with its article ("The Rain Keepers", "The Governor’s Parrot")', () => {
    const text =
      'Obituary\n\nHis first novel, "The Rain Keepers" (1969), sold well. He followed it with "The Governor\'s Parrot" (1983), a comedy. The Wall Street Journal reported it.\n'
    expect(kinds(text)).toEqual([
      'The Rain Keepers:other',
      "The Governor's Parrot:other",
      'Wall Street Journal:organization',
    ])
  })
})

describe('a nominal of a medium', () => {
  it('is the body the text named as one, not the party most named ("told the newspaper")', () => {
    const text =
      'Budget\n\nFinance Minister Henrik Braun, the leader of the Free Democrats (FDP), spoke in an interview with the Frankfurter Allgemeine Zeitung. He told the newspaper that pensions would not be touched.\n'
    expect(entity(text, 'Frankfurter Allgemeine Zeitung')?.aliases).toEqual(['newspaper'])
    expect(entity(text, 'Free Democrats')?.aliases).toEqual(['FDP'])
  })
})

describe('a body’s last word alone, beside a body named after it', () => {
  it('is the body it ends ("Wanderers" of "Bristol Wanderers", not the "Wanderers Supporters’ Trust")', () => {
    const text =
      "Football\n\nBristol Wanderers have sacked Gareth Doyle. The Wanderers Supporters' Trust said it respected the decision. Wanderers, who finished 14th last season, are second from bottom.\n"
    expect(entity(text, 'Bristol Wanderers')?.aliases).toEqual(['Wanderers'])
    expect(entity(text, "Wanderers Supporters' Trust")?.aliases).toEqual([])
  })
})

describe('the head of a street’s name that the tagger left out ("Mare | Street")', () => {
  it('makes the name a place, not a person', () => {
    expect(
      kinds(
        'Trial\n\nDaniel Okafor denies murder. Okafor had gone to Mare Street "armed and looking for trouble".\n',
      ),
    ).toEqual(['Daniel Okafor:person', 'Mare Street:place'])
  })
})

describe('a nominal that holds a name of its entity ("the Left party")', () => {
  it('is one mention, the name; its words stay an alias', () => {
    const doc = parse(
      "Vote\n\nThey did not: the Left party's surge to 8.8 percent left a majority. The Labour party said it would fight.\n",
    )
    expect(
      doc.entities.map((entity) => [
        entity.name,
        entity.aliases,
        entity.mentions.map((mention) => `${mention.text}/${mention.kind}`),
      ]),
    ).toEqual([
      ['Left', ['Left party'], ['Left/name']],
      ['Labour', ['Labour party'], ['Labour/name']],
    ])
  })
})

describe('police ranks and advocates named by their role', () => {
  it('resolve "the detective" to the detective of any rank, "the barrister" to the one set off with "KC"', () => {
    const doc = parse(
      'Trial\n\nDetective Inspector Rachel Hume led the inquiry. The detective said she did not accept that.\n\nOkafor was cross-examined by his barrister, Gregory Lane KC.\n\n"So he was never investigated?" the barrister asked.\n',
    )
    const speakers = doc.quotes.map(
      (quote) => doc.entities.find((entity) => entity.id === quote.speaker)?.name,
    )
    expect(speakers).toEqual(['Rachel Hume', 'Gregory Lane'])
    expect(doc.entities.find((entity) => entity.name === 'Gregory Lane')?.titles).toEqual([
      'barrister',
    ])
  })
})

describe('a party’s qualifier in brackets after its name ("Janata Dal (United)")', () => {
  it('is of the party’s name, an organisation', () => {
    expect(
      kinds(
        'Polls\n\nThe Janata Dal (United) won 43 seats. The Communist Party of India (Marxist) lost. Chief Minister Nitish Kumar said his party would govern.\n',
      ),
    ).toEqual([
      'Janata Dal (United):organization',
      'Communist Party of India (Marxist):organization',
      'Nitish Kumar:person',
    ])
  })
})

describe('a ministry or a department named with its head first and with it last', () => {
  it('is one body, which its initials with "of" name too ("Justice Department", "DOJ")', () => {
    const doc = parse(
      'Inquiry\n\nThe Justice Department opened an inquiry. A DOJ spokesman declined to comment. The Department of Justice said it would review the case.\n\nRussia’s Ministry of Foreign Affairs protested. The Foreign Ministry called it a provocation.\n',
    )
    const bodies = doc.entities.filter((entity) => entity.kind === 'organization')
    expect(bodies.map((entity) => [entity.name, entity.aliases])).toEqual([
      ['Department of Justice', ['Justice Department', 'DOJ']],
      ['Ministry of Foreign Affairs', ['Foreign Ministry']],
    ])
  })
})

describe('"the Bank" after "the Bank of England", beside "Deutsche Bank"', () => {
  it('is the Bank of England, whose name it shortens', () => {
    const doc = parse(
      'Rates\n\nThe Bank of England lowered its rate on Thursday. The Bank also cut its growth forecast. Deutsche Bank economist Sanjay Lall called the move "deliberately vague."\n',
    )
    const banks = doc.entities.filter((entity) => entity.name.includes('Bank'))
    expect(banks.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['Bank of England', 2],
      ['Deutsche Bank', 1],
    ])
  })
})

describe('an office named after "of the" before its holder ("Chancellor of the Exchequer Rachel Reeves")', () => {
  it('is the person’s title, not a body named with the person', () => {
    const doc = parse(
      'Budget\n\nChancellor of the Exchequer Rachel Reeves said lower rates would help. Secretary of the Treasury Ann Moss agreed.\n',
    )
    expect(doc.entities.map((entity) => [entity.kind, entity.name, entity.titles])).toEqual([
      ['person', 'Rachel Reeves', ['Chancellor of the Exchequer']],
      ['person', 'Ann Moss', ['Secretary of the Treasury']],
    ])
  })
})

describe('a newspaper named by the last word of its name after "the" ("told the Herald")', () => {
  it('is an organisation', () => {
    expect(
      kinds(
        'Plans\n\nHe told the Herald that he would propose a program. The Guardian reported that he would resign.\n',
      ),
    ).toEqual(['Herald:organization', 'Guardian:organization'])
  })
})

describe('"the union" after a union and an association that reports', () => {
  it('is the body whose name holds "union", not the association named last', () => {
    const doc = parse(
      'Rent\n\nThe Eastport Tenants Union will hold a rally. Permits fell, according to the Eastport Property Owners Association. Tran said the union had warned that the law was vulnerable.\n',
    )
    const union = doc.entities.find((entity) => entity.name === 'Eastport Tenants Union')
    expect(union?.mentions.map((mention) => mention.text)).toEqual([
      'Eastport Tenants Union',
      'the union',
    ])
  })
})

describe('a company named by what it makes ("the British drugmaker", "the airline")', () => {
  it('is the one business of its sentence, not a company named before', () => {
    const doc = parse(
      'Trial\n\nShares in Halvern Therapeutics plunged after the British drugmaker said its drug had failed.\n\nMeta Platforms bought a stake. The carmaker will build a plant.\n',
    )
    const halvern = doc.entities.find((entity) => entity.name === 'Halvern Therapeutics')
    expect(halvern?.mentions.map((mention) => mention.text)).toEqual([
      'Halvern Therapeutics',
      'the British drugmaker',
    ])
    expect(doc.quotes[0]?.speaker).toBe(halvern?.id)
    const meta = doc.entities.find((entity) => entity.name === 'Meta Platforms')
    expect(meta?.mentions.map((mention) => mention.text)).toEqual(['Meta Platforms'])
  })
})

describe('a war’s ordinal that the text writes in lower case elsewhere ("came second ... the Second World War")', () => {
  it('stays in the war’s name; common acronyms of medicine and cameras are no names', () => {
    expect(
      kinds(
        'Vote\n\nMaddox came second. The swing was the largest since the Second World War. Paramedics performed CPR. CCTV footage showed the van.\n',
      ),
    ).toEqual(['Maddox:person', 'Second World War:other'])
  })
})

describe('"the regulator" or "the agency" after a company and a regulator', () => {
  it('is never the company ("Halvern Therapeutics will meet the MHRA. The regulator said")', () => {
    const doc = parse(
      'Trial\n\nHalvern Therapeutics will meet the MHRA next week. The regulator said it had not yet received an application.\n',
    )
    const mhra = doc.entities.find((entity) => entity.name === 'MHRA')
    expect(mhra?.mentions.map((mention) => mention.text)).toEqual(['MHRA', 'The regulator'])
    expect(doc.quotes[0]?.speaker).toBe(mhra?.id)
  })
})

describe('a pronoun after a person the story brings in unnamed ("A 27-year-old man collapsed")', () => {
  const parsed = (body: string) => parse(`Marathon\n\n${body}\n`)

  it.each([
    [
      'Meseret Gebre won. Gebre said she had been cold. A 27-year-old man collapsed near the 25-mile mark. Paramedics reached him within two minutes.',
      'Meseret Gebre',
    ],
    [
      'Larry Langford said a bystander, an off-duty nurse who was running the race herself, had started compressions. She kept going.',
      'Larry Langford',
    ],
    [
      'Nikki Haley spoke. John Kasich said that after a woman in Worcester told him she worries, he laughed.',
      'Nikki Haley',
    ],
    [
      "Spokesman Larry Langford said paramedics had helped. The runner's family asked that his name not be released.",
      'Larry Langford',
    ],
  ])('goes to no one named before them: %j', (body, name) => {
    expect(pronounsOf(parsed(body), name)).toEqual(name === 'Meseret Gebre' ? ['she'] : [])
  })

  it('still goes to the person named, past an object or a description that names no one new', () => {
    expect(
      pronounsOf(parsed('Police said Smith struck a pedestrian. He was arrested.'), 'Smith'),
    ).toEqual(['He'])
    expect(pronounsOf(parsed('Mary Jones, a nurse, spoke. She was tired.'), 'Mary Jones')).toEqual([
      'She',
    ])
    // (A man is no "she"; nor are the people of a quotation the writer's.)
    expect(pronounsOf(parsed('Ann Lee said a man had left. She was calm.'), 'Ann Lee')).toEqual([
      'She',
    ])
    expect(
      pronounsOf(
        parsed('Ann Lee said "when a woman speaks, people listen." She smiled.'),
        'Ann Lee',
      ),
    ).toEqual(['She'])
  })
})

describe('a local body named by what it serves and "System" ("Mercy Valley Health System")', () => {
  it('is an organisation, which "the system" goes on to name', () => {
    const doc = parse(
      'Outage\n\nMercy Valley Health System said patients were moved. The system said it was recovering.\n',
    )
    const system = doc.entities.find((entity) => entity.name === 'Mercy Valley Health System')
    expect(system?.kind).toBe('organization')
    expect(system?.mentions.map((mention) => mention.text)).toEqual([
      'Mercy Valley Health System',
      'The system',
    ])
  })
})

describe('a company named by its owner and "Healthcare" ("Change Healthcare")', () => {
  it('is one organisation, not a name of "Healthcare" alone', () => {
    const doc = parse(
      'Breach\n\nA February attack on Change Healthcare, a unit of UnitedHealth Group, disrupted payments.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, entity.kind])).toEqual([
      ['Change Healthcare', 'organization'],
      ['UnitedHealth Group', 'organization'],
    ])
  })
})

describe('a subject pronoun in a relative clause of the phrase that opens the sentence', () => {
  it('stands for the subject right after the phrase ("In a dissent she read aloud, Justice Sonia Sotomayor said")', () => {
    const doc = parse(
      'Ruling\n\nHe was joined by Justices Clarence Thomas and Amy Coney Barrett.\n\nIn a dissent she read aloud from the bench, Justice Sonia Sotomayor said the majority had erred.\n',
    )
    const sotomayor = doc.entities.find((entity) => entity.name === 'Sonia Sotomayor')
    expect(sotomayor?.mentions.map((mention) => mention.text)).toEqual(['she', 'Sonia Sotomayor'])
    // (Not a clause that opens the sentence: "After she left, Sotomayor said" may be another's.)
    const after = parse(
      'Ruling\n\nAmy Barrett spoke.\n\nAfter she left, Sonia Sotomayor said the majority had erred.\n',
    )
    const barrett = after.entities.find((entity) => entity.name === 'Amy Barrett')
    expect(barrett?.mentions.map((mention) => mention.text)).toEqual(['Amy Barrett', 'she'])
  })
})

describe('a company named without the industry word that ends its name', () => {
  it('is the company ("Severn Vale" of "Severn Vale Water", "Tenke Fungurume" of "Tenke Fungurume Mining")', () => {
    const doc = parse(
      'Spills\n\nClaire Whitmore, chief executive of Severn Vale Water, apologised. Severn Vale’s overflows released sewage 61,000 times last year. Workers at Tenke Fungurume Mining (TFM) walked out. Tenke Fungurume said output fell.\n',
    )
    const organizations = doc.entities
      .filter((entity) => entity.kind === 'organization')
      .map((entity) => [entity.name, ...entity.aliases].join('|'))
    expect(organizations).toEqual([
      'Severn Vale Water|Severn Vale',
      'Tenke Fungurume Mining|TFM|Tenke Fungurume',
    ])
    expect(doc.entities.filter((entity) => entity.kind === 'person').map((e) => e.name)).toEqual([
      'Claire Whitmore',
    ])
  })
})

describe('a club’s name without its ending ("Ashbourne" of "Ashbourne United")', () => {
  it('is the club, though "who" follows it and another body’s name opens with it', () => {
    const doc = parse(
      "Sacked\n\nAshbourne United have sacked their manager. Captain Tom Aldridge, who has been at Ashbourne for nine years, paid tribute. The Ashbourne Supporters' Trust welcomed the change. Ashbourne, who have not been relegated since 1998, are two points from safety.\n",
    )
    expect(doc.entities.map((entity) => [entity.kind, entity.name, ...entity.aliases])).toEqual([
      ['organization', 'Ashbourne United', 'Ashbourne'],
      ['person', 'Tom Aldridge'],
      ['organization', "Ashbourne Supporters' Trust"],
    ])
  })
})

describe('a country the news names without "the"', () => {
  it('is a place: "Congo", "Democratic Republic of Congo"', () => {
    const doc = parse(
      'Cobalt\n\nThe Democratic Republic of Congo produces most of the world’s cobalt. Congo is poor.\n',
    )
    expect(doc.entities.map((entity) => `${entity.name}:${entity.kind}`)).toEqual([
      'Democratic Republic of Congo:place',
      'Congo:place',
    ])
  })
})

describe('"the regulator" after "The water regulator, Ofwat,"', () => {
  it('is the body that nominal was set off beside, not the body named last', () => {
    const doc = parse(
      'Spills\n\nThe water regulator, Ofwat, is investigating. The Environment Agency (EA) published figures in March. Mr Okafor said the regulator had imposed penalties.\n',
    )
    const ofwat = doc.entities.find((entity) => entity.name === 'Ofwat')
    expect(ofwat?.mentions.map((mention) => mention.text)).toEqual([
      'The water regulator',
      'Ofwat',
      'the regulator',
    ])
  })
})

describe('a river and a photo ID', () => {
  it('reads "River Wye" as a place and "ID" as no name', () => {
    const doc = parse(
      'Spills\n\nSpills into the River Wye rose. Voters must show a government-issued photo ID at the polls, and the state issues free IDs.\n',
    )
    expect(doc.entities.map((entity) => `${entity.name}:${entity.kind}`)).toEqual([
      'River Wye:place',
    ])
  })
})

describe('a common word that opens a sentence before the head of a body’s name', () => {
  it('is the name’s first word ("Cobalt Institute president", in a story that writes "cobalt")', () => {
    const doc = parse(
      'Cobalt\n\nMiners sell cobalt. Cobalt Institute president Marina Sokolova said stocks were high.\n',
    )
    expect(doc.entities.map((entity) => `${entity.name}:${entity.kind}`)).toEqual([
      'Cobalt Institute:organization',
      'Marina Sokolova:person',
    ])
  })
})

describe('a name before the site it names', () => {
  it('is a place, not a person ("its Kisanfu mine", "the Mutanda mine ... at Mutanda")', () => {
    const doc = parse(
      'Cobalt\n\nCMOC said its Kisanfu mine was running normally. A walkout at the Mutanda mine ended. A strike at Mutanda in 2022 ended.\n',
    )
    expect(doc.entities.map((entity) => `${entity.name}:${entity.kind}`)).toEqual([
      'CMOC:organization',
      'Kisanfu:place',
      'Mutanda:place',
    ])
  })
})

describe('a circuit’s court of appeals named with its ordinal', () => {
  it('is one organisation ("the 8th U.S. Circuit Court of Appeals", "the 9th Circuit")', () => {
    const doc = parse(
      'Ruling\n\nA divided panel of the 8th U.S. Circuit Court of Appeals upheld that decision. The 9th Circuit ruled otherwise.\n',
    )
    expect(doc.entities.map((entity) => `${entity.name}:${entity.kind}`)).toEqual([
      '8th U.S. Circuit Court of Appeals:organization',
      '9th Circuit:organization',
    ])
  })
})

describe('a plural title before a list of names', () => {
  it('is each listed person’s, in the singular ("Justices Clarence Thomas, Samuel Alito and Neil Gorsuch")', () => {
    const doc = parse(
      'Ruling\n\nHe was joined by Justices Clarence Thomas, Samuel Alito and Neil Gorsuch. Sens. Ted Cruz and Mike Lee objected. Mrs. Hillary Clinton and Chris Evans spoke.\n',
    )
    expect(doc.entities.map((entity) => `${entity.name}:${entity.titles.join('|')}`)).toEqual([
      'Clarence Thomas:Justice',
      'Samuel Alito:Justice',
      'Neil Gorsuch:Justice',
      'Ted Cruz:Sen.',
      'Mike Lee:Sen.',
      'Hillary Clinton:Mrs.',
      'Chris Evans:',
    ])
  })
})

describe('a council’s or a bench’s plural title before a list of names', () => {
  it('is each listed person’s ("Councilmembers James Ortiz, Keisha Lambert and Lisa Tran")', () => {
    const doc = parse(
      'Budget\n\nCouncilmembers James Ortiz, Keisha Lambert and Lisa Tran joined Brooks. Commissioners Ann Lee and Bob Marsh voted no.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, ...entity.titles])).toEqual([
      ['James Ortiz', 'Councilmember'],
      ['Keisha Lambert', 'Councilmember'],
      ['Lisa Tran', 'Councilmember'],
      ['Brooks'],
      ['Ann Lee', 'Commissioner'],
      ['Bob Marsh', 'Commissioner'],
    ])
  })
})

describe('a lower-case role with the word that says which', () => {
  it('keeps the word ("sporting director", "first-team coach", "managing director")', () => {
    const doc = parse(
      'Sacked\n\nHe said sporting director Helen Marsh would lead the search. He said first-team coach Gary Lomas would take charge. Managing director Ann Lee agreed.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, ...entity.titles])).toEqual([
      ['Helen Marsh', 'sporting director'],
      ['Gary Lomas', 'first-team coach'],
      ['Ann Lee', 'Managing director'],
    ])
  })
})

describe('a body’s noun that opens an officer’s title before a name', () => {
  it('is the title’s word, no name of its own ("Lodge President Mike Sullivan")', () => {
    const doc = parse(
      'Budget\n\nThe union objected. Lodge President Mike Sullivan said morale was low.\n',
    )
    expect(doc.entities.map((entity) => [entity.kind, entity.name, ...entity.titles])).toEqual([
      ['person', 'Mike Sullivan', 'Lodge President'],
    ])
  })
})

describe('a police union’s lodge and its number', () => {
  it('is one body’s name ("Fraternal Order of Police Lodge 9"), not "the Lodge" of a stay', () => {
    const doc = parse(
      'Budget\n\nThe Fraternal Order of Police Lodge 9 said the vote was wrong. He stayed at the Lodge 3 nights.\n',
    )
    expect(doc.entities.map((entity) => `${entity.name}:${entity.kind}`)).toEqual([
      'Fraternal Order of Police Lodge 9:organization',
      'Lodge:organization',
    ])
  })
})

describe('a lower-case role of sport and business before a name', () => {
  it('ends a title ("Former Leicester boss Steve Cattermole", "Chelsea forward Cole Palmer")', () => {
    const doc = parse(
      'Sacked\n\nFormer Leicester boss Steve Cattermole is the favourite. Chelsea forward Cole Palmer scored. BBC pundit Jamie Hargreaves agreed.\n',
    )
    const titles = Object.fromEntries(
      doc.entities.map((entity) => [entity.name, entity.titles.join('|')]),
    )
    expect([titles['Steve Cattermole'], titles['Cole Palmer'], titles['Jamie Hargreaves']]).toEqual(
      ['Former Leicester boss', 'Chelsea forward', 'BBC pundit'],
    )
  })
})

describe('a nominal whose "and" follows a word that is no role, before a name', () => {
  it('is none: the "and" joins clauses ("lead the search and first-team coach Gary Lomas would")', () => {
    const doc = parse(
      'Sacked\n\nHe said Helen Marsh would lead the search and first-team coach Gary Lomas would take charge. The chairman and chief executive Tim Cook agreed.\n',
    )
    expect(doc.entities.map((entity) => [entity.name, ...entity.aliases])).toEqual([
      ['Helen Marsh'],
      ['Gary Lomas'],
      ['Tim Cook'],
    ])
  })
})

describe('a building’s name', () => {
  it('is a place after "the" and before what it is, or by its head; not a person', () => {
    expect(
      kinds(
        'Protests\n\nHer brother was shot near the Hilton hotel. Kindiki spoke outside Harambee House. Paris Hilton arrived.\n',
      ),
    ).toEqual(['Hilton:place', 'Kindiki:person', 'Harambee House:place', 'Paris Hilton:person'])
  })
})

describe('the subject put after its verb by "Among them was"', () => {
  it('is who a pronoun that speaks next stands for', () => {
    const doc = parse(
      'Protests\n\n"Protest is a right," Houghton said.\n\nAmong them was Faith Njeri, 24, whose brother was shot near the city hall.\n\n"He went out with a flag," she said.\n',
    )
    const speakers = doc.quotes.map(
      (quote) => doc.entities.find((found) => found.id === quote.speaker)?.name,
    )
    expect(speakers).toEqual(['Houghton', 'Faith Njeri'])
  })
})

describe('a law’s name beside its acronym, and a bill’s', () => {
  it('is another thing, though the tagger reads the acronym as a body’s', () => {
    expect(
      kinds(
        'Fine\n\nThe Commission fined Google under the Digital Markets Act (DMA). The DMA was adopted in 2022. Lawmakers must reject the Finance Bill, protesters said.\n',
      ),
    ).toEqual([
      'Commission:organization',
      'Google:organization',
      'Digital Markets Act:other',
      'Finance Bill:other',
    ])
  })
})

describe('a vice-president’s role set off after the name', () => {
  it('is the person’s title, with what the role is of', () => {
    const doc = parse(
      'Fine\n\nHenna Virkkunen, the executive vice-president for tech sovereignty, said the decision was final.\n',
    )
    expect(doc.entities.find((entity) => entity.kind === 'person')?.titles).toEqual([
      'executive vice-president for tech sovereignty',
    ])
  })
})

describe('a first name and a word no list knows, read as a body’s by an unsure tagger', () => {
  it('is a person’s ("Faith Njeri waited"), not a place’s first name’s ("Charlotte Observer")', () => {
    expect(
      kinds(
        'Protests\n\nFaith Njeri waited outside the mortuary. The Charlotte Observer reported the deaths.\n',
      ),
    ).toEqual(['Faith Njeri:person', 'Charlotte Observer:organization'])
  })
})

describe('"the company" after a bloc of nations named most', () => {
  it('is not the bloc ("EU hits Google ... the company vows to appeal")', () => {
    const doc = parse(
      'EU hits Google with fine\n\nThe EU fined Google. The EU said the fine was fair. Brussels says the search giant kept favouring its own services; the company vows to appeal.\n',
    )
    const eu = doc.entities.find((entity) => entity.name === 'EU')
    expect(eu?.mentions.map((mention) => mention.text)).toEqual(['EU', 'EU', 'EU'])
  })
})

describe('a measure of a company’s accounts written in capitals', () => {
  it('is no body ("earnings before interest ... (EBITDA) were flat")', () => {
    const doc = parse(
      'Results\n\nRevenue grew, while earnings before interest, tax, depreciation and amortisation (EBITDA) were flat. EPS rose 4%.\n',
    )
    expect(doc.entities).toEqual([])
  })
})

describe('a name set off after a noun of a company’s part', () => {
  it('is a body ("Its telecom arm, Varuna Connect,"), not after a role of it', () => {
    expect(
      kinds(
        'Results\n\nIts telecom arm, Varuna Connect, said revenue climbed. The head of its technology division, Russ Pittman, resigned.\n',
      ),
    ).toEqual(['Varuna Connect:organization', 'Russ Pittman:person'])
  })
})

describe('a role set off after a name that opens with a word of which role', () => {
  it('is the person’s title ("medical director of the trust", "The family’s solicitor")', () => {
    const doc = parse(
      "Inquest\n\nAnil Mehra, medical director of the trust, said it was sorry. The family's solicitor, Priya Chandran, said they were considering a claim.\n",
    )
    expect(
      doc.entities
        .filter((entity) => entity.kind === 'person')
        .map((entity) => [entity.name, entity.titles]),
    ).toEqual([
      ['Anil Mehra', ['medical director of the trust']],
      ['Priya Chandran', ["family's solicitor"]],
    ])
  })
})

describe('a surname after a form of address of the other gender than a full name’s', () => {
  it('is someone else of the family ("Mrs Whitfield" beside "Graham Whitfield")', () => {
    const doc = parse(
      'Inquest\n\nGraham Whitfield read a statement. Mr Whitfield left. Mrs Whitfield died in hospital.\n',
    )
    expect(
      doc.entities.map((entity) => [entity.name, entity.titles, entity.mentions.length]),
    ).toEqual([
      ['Graham Whitfield', ['Mr'], 2],
      ['Whitfield', ['Mrs'], 1],
    ])
  })
})

describe('a surname after a form of address beside the surname alone', () => {
  it('is the same person when no full name holds the surname ("Doyle ... Ms Doyle")', () => {
    const people = (text: string) =>
      parse(`Vote\n\n${text}\n`).entities.map((entity) => [
        entity.name,
        entity.titles,
        entity.mentions.length,
      ])
    expect(people('Doyle spoke on Monday. Ms Doyle will face the vote on Thursday.')).toEqual([
      ['Doyle', ['Ms'], 2],
    ])
    // (Not two forms of address: "Mr Doyle and Mrs Doyle" are two people.)
    expect(people('Doyle spoke. Mr Doyle and Mrs Doyle will vote.')).toHaveLength(3)
  })
})

describe('a British health body named after the nation it serves', () => {
  it('is whole ("NHS England"), not cut at the nation', () => {
    expect(
      kinds('Inquest\n\nThe coroner will send a report to NHS England within the next 10 days.\n'),
    ).toEqual(['NHS England:organization'])
  })
})

describe('an institution that keeps collections, named by a nationality or a name and its head', () => {
  it('is one organisation ("the British Museum", "the Tate Gallery"), though the tagger reads the head alone', () => {
    expect(
      kinds(
        'Bronzes\n\nPressure grew on the British Museum. Germany returned objects. The Tate Gallery and the British Library closed.\n',
      ),
    ).toEqual([
      'British Museum:organization',
      'Germany:place',
      'Tate Gallery:organization',
      'British Library:organization',
    ])
  })
})

describe('a preposition of place that opens a sentence', () => {
  it('is no name ("Beside her, Julien Morel says", "Beneath the banner")', () => {
    expect(
      kinds(
        'March\n\nNadia Benali held a placard.\n\nBeside her, Julien Morel says he is worried. Beneath the banner, Hillary Clinton waved.\n',
      ),
    ).toEqual(['Nadia Benali:person', 'Julien Morel:person', 'Hillary Clinton:person'])
  })
})

describe('a political leaning that opens a sentence before a name', () => {
  it('is no word of the name ("Hard-left France Unbowed", "Far-right Reform UK")', () => {
    const names = parse(
      'Vote\n\nFar-right Reform UK gained seats. Opposition parties vowed to act. Hard-left France Unbowed (LFI) lawmaker Mathilde Renaud spoke.\n',
    ).entities.map((entity) => entity.name)
    expect(names).toContain('Reform UK')
    expect(names).toContain('France Unbowed')
    expect(names.filter((name) => /^(?:Far|Hard)-/u.test(name))).toEqual([])
  })
})

describe('a miner named by its metal', () => {
  it('is one organisation under its short name too ("Mogale Platinum", "Mogale\'s", "Mogale said")', () => {
    expect(
      kinds(
        "Mine\n\nManagers at Mogale Platinum's shaft ignored three warnings. Mogale's seismic system was off. Mogale said it was cooperating.\n",
      ),
    ).toEqual(['Mogale Platinum:organization'])
  })
})

describe('a negotiator or a mediator set off before a name', () => {
  it('is the person\'s title ("The commission\'s chief negotiator, Rachel Dunleavy,")', () => {
    const doc = parse(
      "Strike\n\nThe commission's chief negotiator, Rachel Dunleavy, disputed that account.\n",
    )
    expect(doc.entities.find((entity) => entity.name === 'Rachel Dunleavy')?.titles).toEqual([
      "commission's chief negotiator",
    ])
  })
})
