/**
 * Quotations and who said them: the shapes of attribution news uses, the
 * marks of several styles, quotes over several paragraphs, and marks that do
 * not quote anyone.
 */
import { describe, expect, it } from 'vitest'
import { parse, type ArticleDocument, type Quote } from '../src/index.js'

function speakerName(doc: ArticleDocument, quote: Quote | undefined): string | null {
  return doc.entities.find((entity) => entity.id === quote?.speaker)?.name ?? null
}

/** Each quote's text, source, cue and speaker's name. */
function attributions(doc: ArticleDocument): (string | null | undefined)[][] {
  return doc.quotes.map((quote) => [
    quote.text,
    quote.source?.text,
    quote.cue?.text,
    speakerName(doc, quote),
  ])
}

const direct = (doc: ArticleDocument) => doc.quotes.filter((q) => q.kind !== 'indirect')

/** The roles of the quotation marks of the document's first paragraph. */
const rolesIn = (doc: ArticleDocument) => {
  const paragraph = doc.children[0]
  return paragraph?.type === 'paragraph'
    ? paragraph.children.flatMap((child) => (child.type === 'quotation' ? [child.role] : []))
    : []
}

describe('attribution', () => {
  it('gives a quote of "the Spaniard" to the person the text was about, not to a nationality', () => {
    const doc = parse(
      'Sinner beats Alcaraz\n\nJannik Sinner beat Carlos Alcaraz 7-6 7-5 on Sunday to retain his title.\n\nAlcaraz struggled with his serve in the second set and was broken at 5-5.\n\n"He was better in the important moments," the Spaniard told reporters.\n',
    )
    expect(speakerName(doc, doc.quotes[0])).toBe('Carlos Alcaraz')
  })

  it('gives "the official" to the official the text introduced since the person named last', () => {
    const doc = parse(
      "Talks\n\nYonatan Shalev, a spokesman for the prime minister's office, said Israel would send a delegation.\n\n" +
        'An Israeli official familiar with the talks, speaking anonymously, was more cautious. The official said the team had been authorized to show "some creativity" on the issue.\n',
    )
    expect(doc.quotes.map((quote) => speakerName(doc, quote))).toEqual([
      'Yonatan Shalev',
      'Israeli official',
    ])
  })

  it('gives a quote of "the prosecutor" or "the coach" to the person titled so, else to no one named', () => {
    const trial = parse(
      'Jury convicts man\n\nSarah Okafor KC opened the case for the Crown. Lewis Abbott denied murder.\n\nCCTV showed him "walking, not running", the prosecutor said.\n\nAngela Corey is the Republican state attorney who charged Abbott with second-degree murder in the shooting.\n',
    )
    expect(trial.quotes.map((quote) => speakerName(trial, quote))).toEqual([
      'the prosecutor',
      'Angela Corey',
    ])
    const test = parse(
      'Test drawn\n\nAustralia coach Darren Whitfield backed his captain. Sam Huxley made 12.\n\n"He has earned the right to work through it," the coach said.\n',
    )
    expect(speakerName(test, test.quotes[0])).toBe('Darren Whitfield')
  })

  it('gives a quote of "the 24-year-old Briton" to the person the text was about', () => {
    const doc = parse(
      'Norris fades\n\nLando Norris, who started from pole, finished sixth after a spin.\n\n"It\'s gutting," the 24-year-old Briton said.\n',
    )
    expect(speakerName(doc, doc.quotes[0])).toBe('Lando Norris')
  })

  it('gives "he" to a speaker whose relative clause runs long before the verb', () => {
    const doc = parse(
      'Peace\n\nMajed al-Ansari told reporters in Doha that the details were still being worked out.\n\nU.S. President Donald Trump, who announced the agreement on his platform late on Wednesday, said he might travel to Egypt. "We will win!" he wrote.\n',
    )
    const direct = doc.quotes.filter((quote) => quote.kind === 'direct')
    expect(direct.map((quote) => speakerName(doc, quote))).toEqual(['Donald Trump'])
  })

  it('gives a quote of "the Spaniard" to the person a paragraph is about, not the one it named last', () => {
    const doc = parse(
      "Villa beaten\n\nEmery, whose side had won four in a row, was frustrated by a decision when Watkins went down under a challenge from William Saliba.\n\n'I think it was a clear penalty,' the Spaniard said.\n",
    )
    expect(speakerName(doc, doc.quotes[0])).toBe('Emery')
  })

  it('gives "the Spaniard" no one named in the phrase that opens their sentence', () => {
    const doc = parse(
      "Derby\n\nMikel Arteta was furious.\n\nAsked whether he had spoken to Hooper after the game, the Spaniard says: 'I tried.'\n",
    )
    expect(speakerName(doc, direct(doc)[0])).toBe('Mikel Arteta')
  })

  it('gives "the health secretary" to the person titled so, not to whoever was named last', () => {
    const speakers = (text: string) => {
      const doc = parse(`Strike\n\n${text}\n`)
      return doc.quotes.map((quote) => speakerName(doc, quote) ?? null)
    }
    expect(
      speakers(
        "Nicola Ranger, the RCN's general secretary, spoke to nurses.\n\nThe health secretary said talks would continue.",
      ),
    ).toEqual([null])
    expect(
      speakers(
        'Health Secretary Wes Streeting met nurses.\n\nThe health secretary said talks would continue.',
      ),
    ).toEqual(['Wes Streeting'])
    // The office set beside a name, before others named since.
    expect(
      speakers(
        'Penny Wong, the foreign minister, flew to Beijing. She was greeted by ambassador Scott Dewar.\n\n"We will cooperate where we can," the foreign minister said.',
      ),
    ).toEqual(['Penny Wong'])
  })

  it('gives a quote of "the Australian" to the person the text introduced so, before anyone else', () => {
    const doc = parse(
      'Final\n\nThe Italian Jannik Sinner lost to Spain’s Carlos Alcaraz, with Australian coach Darren Cahill watching from the box.\n\n' +
        '"He will be back," the Australian said. "I am happy," the Spaniard said. "It hurts," the Italian said.\n\n' +
        'The Spaniard Rafael Nadal watched too.\n\n"A great final," the Spaniard said.\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toEqual([
      ['the Australian', 'Darren Cahill'],
      // ("Spain's" introduced him: the Spaniard is of Spain.)
      ['the Spaniard', 'Carlos Alcaraz'],
      ['the Italian', 'Jannik Sinner'],
      ['the Spaniard', 'Rafael Nadal'],
    ])
    // Not where the person the paragraph is about has no other nationality: "fellow Italian".
    const fellow = parse(
      'Final\n\nJannik Sinner retained his title, beating fellow Italian Lorenzo Musetti.\n\n"I am very proud," the Italian said.\n',
    )
    expect(fellow.quotes.map((quote) => speakerName(fellow, quote))).toEqual(['Jannik Sinner'])
  })

  it.each([
    ['"We will win," Jane Smith said.', 'Jane Smith', 'said'],
    ['"We will win," said Jane Smith.', 'Jane Smith', 'said'],
    ['Jane Smith said: "We will win the vote."', 'Jane Smith', 'said'],
    ['Jane Smith said, "We will win the vote."', 'Jane Smith', 'said'],
    ['"We will win," Jane Smith, the party leader, told reporters.', 'Jane Smith', 'told'],
    ['According to Jane Smith, "we will win the vote."', 'Jane Smith', 'According to'],
    ['"Why would we lose?" Jane Smith said.', 'Jane Smith', 'said'],
    ['"We will win," Jane Smith, the Greens’ party leader, said.', 'Jane Smith', 'said'],
    ['"We will win," Jane Smith (D-Ore.) said.', 'Jane Smith', 'said'],
    ['The party leader, Jane Smith, vowed to win "every last seat."', 'Jane Smith', 'vowed'],
    ['The race will be won by "hard work and grit," Jane Smith said.', 'Jane Smith', 'said'],
    ['Even a "safe" seat can fall, Jane Smith said.', 'Jane Smith', 'said'],
    ['"We will win every seat in the city." ― Jane Smith', 'Jane Smith', '―'],
    [
      'Jane Smith, who leads the party, warned in the debate that "the vote is not won."',
      'Jane Smith',
      'warned',
    ],
    ['"We will win the city" in the end, Jane Smith said.', 'Jane Smith', 'said'],
    [
      '"We will win," Jane Smith, the party leader, forcefully told reporters.',
      'Jane Smith',
      'told',
    ],
    ['Jane Smith described the result as a "historic mandate."', 'Jane Smith', 'described'],
    ['”We will win every seat in the city,” Jane Smith said.', 'Jane Smith', 'said'],
    ['"We will win the vote," Jane Smith barked.', 'Jane Smith', 'barked'],
    ['"What sport is he talking about?" reacted Jane Smith.', 'Jane Smith', 'reacted'],
    ['Jane Smith decried the "spin masters" of the race.', 'Jane Smith', 'decried'],
    ['The crowd cheered as Jane Smith went on about "the rigged system."', 'Jane Smith', 'went on'],
    [
      'As Jane Smith went on about "the rigged system," Tom Brown said yes, over and over.',
      'Jane Smith',
      'went on',
    ],
    [
      'Voters were irritated, with Jane Smith calling it a "Chinese menu."',
      'Jane Smith',
      'calling',
    ],
    ['"And there goes the franchise," Jane Smith interrupted.', 'Jane Smith', 'interrupted'],
    ['Jane Smith took to Twitter saying the vote was "rigged."', 'Jane Smith', 'saying'],
    ['Jane Smith says she feels she did "great" in the debate.', 'Jane Smith', 'says'],
    [
      'The party leader, who backs Jane Smith, warned of a "ferocious" fight ahead.',
      'The party leader',
      'warned',
    ],
    [
      '"You know, we will win, right?" Jane Smith went on, as if no one had asked.',
      'Jane Smith',
      'went on',
    ],
    [
      'Jane Smith\'s statement goes on to say: "We will win the vote."',
      "Jane Smith's statement",
      'say',
    ],
    [
      'When her rival mocked the plan, Jane Smith shot back, "We will win the vote."',
      'Jane Smith',
      'shot back',
    ],
    [
      'Though she would not disclose her plans, Jane Smith did say she found the race "very exciting."',
      'Jane Smith',
      'say',
    ],
    [
      'Jane Smith hailed the vote, telling reporters that she thinks the result is "a great thing."',
      'Jane Smith',
      'telling',
    ],
    [
      'Cities are "the engines of growth" and "the heart of the land," Jane Smith, the party leader, proclaimed.',
      'Jane Smith',
      'proclaimed',
    ],
    ['Jane Smith\'s sign reads: "We will win the vote."', "Jane Smith's sign", 'reads'],
    ['"We will win the vote," Jane Smith shot back with a laugh.', 'Jane Smith', 'shot back'],
    [
      'Jane Smith hailed the vote as "fantastic," telling reporters on Friday that the result was "a great thing."',
      'Jane Smith',
      'hailed',
    ],
    [
      'Jane Smith says voters may not like it, but insists Tom Brown is mounting a "phony attack."',
      'Jane Smith',
      'insists',
    ],
    [
      'The party leader emailed supporters saying: "We will win the vote."',
      'The party leader',
      'saying',
    ],
    ['"We will win the vote," the dawn of a new era, Jane Smith says.', 'Jane Smith', 'says'],
    [
      'Party member Jane Smith, speaking in Ohio, added: "We will win the vote."',
      'Party member Jane Smith',
      'added',
    ],
    ['Jane Smith blamed the loss on "a campaign of lies."', 'Jane Smith', 'blamed'],
    ['Jane Smith lauded the mayor for "new and innovative ideas."', 'Jane Smith', 'lauded'],
    ['"We will win the vote," the party leader would only say.', 'the party leader', 'say'],
    [
      'Jane Smith, head of the Party of Work, a small group in the city, said the vote was "fixed."',
      'Jane Smith',
      'said',
    ],
    [
      'Voters doubted Jane Smith’s claim that the city was "safer than ever."',
      'Jane Smith’s',
      'claim',
    ],
    [
      '"We will win!" The party leader, state Sen. Jane Smith (D-Ohio), shouted to the crowd.',
      'The party leader',
      'shouted',
    ],
    ['As Jane Smith, the party leader, put it, "We will win the vote."', 'Jane Smith', 'put'],
    [
      'Her rival, Jane Smith, called the plan a failure. "We will win the vote."',
      'Jane Smith',
      'called',
    ],
    [
      'In an interview with the local paper, Jane Smith went on: "We will win the vote."',
      'Jane Smith',
      'went on',
    ],
    [
      'Jane Smith introduced the mayor as "a fighter for families and a friend."',
      'Jane Smith',
      'introduced',
    ],
    [
      'Jane Smith happily signs every letter with "a promise kept for the city."',
      'Jane Smith',
      'happily signs',
    ],
    [
      'Jane Smith, the party leader, on Tuesday called the mayor’s plan "a recipe for ruin."',
      'Jane Smith',
      'called',
    ],
    [
      'In declaring the plan "a recipe for ruin," Jane Smith won the room.',
      'Jane Smith',
      'declaring',
    ],
  ])('reads %j', (sentence, source, cue) => {
    const doc = parse(
      `Vote count begins\n\nJane Smith leads the party into the election.\n\n${sentence}\n`,
    )
    const [quote] = direct(doc)
    expect(quote?.source?.text).toBe(source)
    expect(quote?.cue?.text).toBe(cue)
    expect(speakerName(doc, quote)).toBe('Jane Smith')
  })

  it('reads a subject whose name has a link in it: "Citizens for Tax Justice advocates"', () => {
    const doc = parse(
      'Taxes\n\nCitizens for Tax Justice advocates rules that stop firms from telling "one country one thing and another country another thing."\n',
    )
    expect(direct(doc).map((q) => q.source?.text)).toEqual(['Citizens for Tax Justice'])
  })

  it('closes a single quote at the apostrophe of a plural only: not at "\'body\'</script>"', () => {
    const doc = parse(
      "Test\n\nThe minister said on Friday that <script>window.pwned = 'body'</script> was harmless.\n",
    )
    expect(doc.quotes.map((q) => q.text)).not.toContain('body')
  })

  it.each([
    ['The report said the talks had failed.', 'The report', 'other'],
    ['A new poll found that voters back the plan.', 'new poll', 'other'],
    ['An arbitration panel said that the talks had failed.', 'arbitration panel', 'organization'],
    [
      'The city’s tax commissioner says the talks had failed.',
      'The city’s tax commissioner',
      'person',
    ],
  ])(
    'gives a text, a body or a role that speaks an entity of its own: %j',
    (sentence, name, kind) => {
      const doc = parse(`Talks\n\n${sentence}\n`)
      const speaker = doc.entities.find((entity) => entity.id === doc.quotes[0]?.speaker)
      expect([speaker?.name, speaker?.kind, speaker?.data]).toEqual([
        name,
        kind,
        { described: true },
      ])
    },
  )

  it('gives the same text named again the same entity: "the report" twice', () => {
    const doc = parse(
      'Talks\n\nThe report said the talks had failed.\n\nThe report also said the city would pay.\n',
    )
    const speakers = doc.quotes.map((q) => q.speaker)
    expect(speakers).toHaveLength(2)
    expect(speakers[0]).not.toBeNull()
    expect(speakers[1]).toBe(speakers[0])
  })

  it('resolves "it" as a source to the organisation named before it', () => {
    const doc = parse(
      'Test\n\nThe United Nations Security Council on Friday condemned the test and pledged sanctions as a deterrence to what it called "a clear threat to international peace."\n',
    )
    const [quote] = direct(doc)
    expect([quote?.source?.text, speakerName(doc, quote)]).toEqual([
      'it',
      'United Nations Security Council',
    ])
    const council = doc.entities.find((entity) => entity.id === quote?.speaker)
    expect(council?.mentions.map((mention) => mention.kind)).toEqual(['name', 'pronoun'])
  })

  it('reads no cue in a plural after "of" and an adjective: "11% of Democratic claims"', () => {
    const doc = parse(
      'Checks\n\nThe site rated the claims as “false” or “pants on fire,” compared to 11% of Democratic claims in the study.\n',
    )
    expect(doc.quotes.filter((q) => q.cue?.text === 'claims')).toEqual([])
  })

  it('reads a quote after "in her report," as a quote, not the title of the report', () => {
    const doc = parse(
      'Report\n\nIn Jane Smith’s report, "the agency failed to act on the warnings," the inspector said.\n',
    )
    expect(direct(doc).map((q) => q.source?.text)).toEqual(['the inspector'])
  })

  it('reads the quotes inside an excerpt pasted in straight marks, not the excerpt, as quotes', () => {
    // The excerpt's second paragraph, opened by a straight mark again, is the excerpt's too.
    const doc = parse(
      'Rally\n\n"Jane Smith walked onto the stage in the hall, chanting “We will win the city!”\n\n"The crowd cheered for a long time after that, and the band played.\n\nThe rally ended at nine.\n',
    )
    expect(direct(doc).map((q) => [q.text, q.cue?.text, speakerName(doc, q)])).toEqual([
      ['We will win the city!', 'chanting', 'Jane Smith'],
    ])
  })

  it('reads a source whose name goes on over "on": "the Commission on Presidential Debates"', () => {
    const doc = parse(
      'Vote count begins\n\nThe vote was held on Monday in the city hall by the Commission on Presidential Debates, which said the count was "fair and open."\n',
    )
    const [quote] = direct(doc)
    expect(quote?.source?.text).toBe('the Commission on Presidential Debates')
    expect(speakerName(doc, quote)).toBe('Commission on Presidential Debates')
  })

  it('gives a role qualified by a name its own speaker, not the name', () => {
    const doc = parse(
      'Vote count begins\n\nJane Smith leads the party.\n\n"Why would we lose?" a spokeswoman for Jane Smith asked.\n',
    )
    const [quote] = direct(doc)
    expect([quote?.source?.text, quote?.cue?.text]).toEqual([
      'a spokeswoman for Jane Smith',
      'asked',
    ])
    expect(speakerName(doc, quote)).toBe('spokeswoman for Jane Smith')
  })

  it('gives a description set off by commas beside a name to the person named', () => {
    const doc = parse(
      [
        'Hiring',
        '"We found zero relationship," Google\'s chief human resources executive, Laszlo Bock, told the paper.',
        'Barack Obama met the press on Monday. "We will not sign it," the White House spokesman, Josh Earnest, said.',
        '"It is over," Jane Roe\'s spokesman, Tom Brown, said.',
        'After meeting Jane Smith, a spokesman said the talks went well.',
        'After meeting Jane Smith, the committee, in a statement, said the talks went well.',
        'Speaking after Jane Smith, a spokesman, visibly relieved, said the talks went well.',
      ].join('\n\n'),
    )
    const quotes = doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])
    expect(quotes).toEqual([
      ["Google's chief human resources executive", 'Laszlo Bock'],
      ['the White House spokesman', 'Josh Earnest'],
      ["Jane Roe's spokesman", 'Tom Brown'],
      // Not set off beside the name: no comma after "a spokesman", a committee is no one's
      // description, and "visibly relieved" stands between the description and its verb.
      ['a spokesman', 'spokesman'],
      ['the committee', null],
      ['a spokesman', 'spokesman'],
    ])
    const bock = doc.entities.find((entity) => entity.name === 'Laszlo Bock')
    expect(bock?.mentions.map((mention) => mention.text)).toContain(
      "Google's chief human resources executive",
    )
  })

  it('gives a role that an organisation qualifies a person of its own, not the organisation', () => {
    const doc = parse(
      'Vote count begins\n\nThe Green Party met on Monday.\n\n"Why would we lose?" a top Green Party strategist asked.\n',
    )
    const [quote] = direct(doc)
    const speaker = doc.entities.find((entity) => entity.id === quote?.speaker)
    expect([speaker?.name, speaker?.kind]).toEqual(['top Green Party strategist', 'person'])
  })

  it('gives a floating quote the speaker of the reported speech before it', () => {
    const doc = parse(
      'Talks\n\nJohn Carter said the deal was dead.\n\n"We will not sign it. Not this year, not next year."\n',
    )
    const [quote] = direct(doc)
    expect([quote?.cue?.text, quote?.source?.text]).toEqual(['said', 'John Carter'])
    expect(speakerName(doc, quote)).toBe('John Carter')
  })

  it('resolves "he" to the person who spoke last', () => {
    const doc = parse(
      'Talks go on\n\nJohn Carter said the talks would go on.\n\n"We are close to a deal," he said.\n',
    )
    expect(speakerName(doc, direct(doc)[0])).toBe('John Carter')
  })

  it.each(['a narrator', 'a moderator', 'a pastor'])('makes %j a person of their own', (who) => {
    const doc = parse(`Talks go on\n\n"The talks will go on," ${who} said.\n`)
    const [quote] = direct(doc)
    expect(quote?.source?.text).toBe(who)
    const speaker = doc.entities.find((entity) => entity.id === quote?.speaker)
    expect([speaker?.kind, speaker?.name]).toEqual(['person', who.replace(/^a /u, '')])
  })

  it('keeps a group that a name qualifies without a speaker', () => {
    const doc = parse(
      'Talks go on\n\nJane Smith leads the talks.\n\n"The talks will go on," Jane Smith’s campaign aides said.\n',
    )
    expect(direct(doc)[0]?.source?.text).toBe('Jane Smith’s campaign aides')
    expect(direct(doc)[0]?.speaker).toBeNull()
  })

  it('reads no subject from a headline label before its colon', () => {
    const doc = parse(
      'Vote count: Jane Smith and her party "sure of a big win in the city", as counting goes on\n\nText.\n',
    )
    expect(direct(doc)[0]?.cue).toBeNull()
  })

  it('makes "her mother" one person of her own, not the woman "her" names', () => {
    const doc = parse(
      'Pills\n\nEloise Parry died in April.\n\n"The drug was in her system," her mother said. "Nothing could be done," her mother added.\n',
    )
    const [first, second] = direct(doc)
    expect(speakerName(doc, first)).toBe('her mother')
    expect(second?.speaker).toBe(first?.speaker)
  })

  it('gives no source to a partial quote whose sentence has no one for subject', () => {
    const doc = parse('Cards\n\nIt was "the oldest deck of cards in the city" all along.\n')
    expect(direct(doc)[0]?.source ?? null).toBeNull()
  })

  it('keeps a group source without a speaker', () => {
    const doc = parse('Talks go on\n\n"The talks will go on," officials said.\n')
    expect(direct(doc)[0]?.source?.text).toBe('officials')
    expect(direct(doc)[0]?.speaker).toBeNull()
    // "Sanders fans", "Twitter users": a group the name qualifies, not the name.
    const fans = parse('Rally\n\n"Feel the Bern," Bernie Sanders fans chanted on Twitter.\n')
    expect(direct(fans)[0]?.source?.text).toBe('Bernie Sanders fans')
    expect(direct(fans)[0]?.speaker).toBeNull()
    const readers = parse('Letters\n\n"Great," said readers of The New York Times.\n')
    expect(direct(readers)[0]?.source?.text).toBe('readers of The New York Times')
    expect(direct(readers)[0]?.speaker).toBeNull()
  })

  it('takes the whole name for a source that a preposition inside the name had cut', () => {
    const doc = parse(
      'Taxes\n\nThe Institute for Fiscal Studies said taxes would reach a record high.\n',
    )
    // (With its article, as "The Bank of England said" gives.)
    expect(doc.quotes[0]?.source?.text).toBe('The Institute for Fiscal Studies')
    expect(speakerName(doc, doc.quotes[0])).toBe('Institute for Fiscal Studies')
  })

  it('does not give a description the voice of someone in the phrase that opens its sentence', () => {
    const doc = parse(
      'Budget\n\nRachel Reeves has defended her budget.\n\nSpeaking to the BBC’s Laura Kuenssberg on Sunday, the chancellor said: "I am not coming back for more."\n',
    )
    expect(speakerName(doc, direct(doc)[0])).toBe('Rachel Reeves')
    const moderator = parse(
      'Debate\n\nWhen the moderator said Donald Trump had not answered, the candidate said: "I did."\n',
    )
    expect(speakerName(moderator, direct(moderator)[0])).toBe('Donald Trump')
  })

  it('gives a person of a place or a body the voice, not the place or body', () => {
    const doc = parse(
      'Vote count\n\n"We stay," Jennifer Epstein of Bloomberg News said. "It was close," Ross Eisenbrey of the Economic Policy Institute said.\n',
    )
    expect(direct(doc).map((quote) => speakerName(doc, quote))).toEqual([
      'Jennifer Epstein',
      'Ross Eisenbrey',
    ])
  })

  it('gives a floating quote the speaker of the quote before it', () => {
    const doc = parse(
      'Talks go on\n\n"We are close," Maria Lopez said.\n\n"There is one issue left, and it is money."\n',
    )
    expect(direct(doc)).toHaveLength(2)
    expect(speakerName(doc, direct(doc)[1])).toBe('Maria Lopez')
  })

  it('gives a quote after a sentence whose quote came before its cue the voice of that quote', () => {
    const doc = parse(
      'Talks go on\n\nBoth parties "saw the city as ready for change," said Maria Lopez, who led the talks. "In that sense, it was an open door."\n',
    )
    expect(direct(doc)).toHaveLength(2)
    expect(direct(doc)[1]?.source?.text).toBe('Maria Lopez')
    expect(speakerName(doc, direct(doc)[1])).toBe('Maria Lopez')
  })
  it('resolves the descriptions and names a source can take', () => {
    const doc = parse(
      [
        'Talks',
        '',
        'Marco Rubio spoke in Miami. "We will win," the Florida Republican said.',
        '',
        '"We will act," a person close to the Clintons said.',
        '',
        'British Prime Minister Theresa May said this week that the country would leave the bloc.',
        '',
        'Democratic candidate Hillary Clinton has urged allies to spend more but has said she will hold firm to her pledges.',
        '',
      ].join('\n'),
    )
    expect(doc.quotes.map((q) => [q.source?.text, speakerName(doc, q)])).toEqual([
      ['the Florida Republican', 'Marco Rubio'],
      ['a person close to the Clintons', 'person close to the Clintons'],
      ['British Prime Minister Theresa May', 'Theresa May'],
      ['Democratic candidate Hillary Clinton', 'Hillary Clinton'],
      ['Democratic candidate Hillary Clinton', 'Hillary Clinton'],
    ])
  })

  it('resolves "the fund" to the one organisation whose name it ends', () => {
    const doc = parse(
      'Growth\n\nThe International Monetary Fund cut its forecast on Tuesday. Still, the fund warned that the exit will raise many questions.\n',
    )
    const report = doc.quotes.find((q) => q.source?.text === 'the fund')
    expect(speakerName(doc, report)).toBe('International Monetary Fund')
  })

  it('makes an unnamed questioner or "my father" a person of their own', () => {
    const doc = parse(
      'Town hall\n\n"Why now?" one questioner asked. "We will see," my father said.\n',
    )
    expect(doc.quotes.map((q) => speakerName(doc, q))).toEqual(['questioner', 'my father'])
  })

  it('makes "a New Hampshire Republican" a person, not the party word', () => {
    const doc = parse('Primary\n\n"We will win," a New Hampshire Republican said.\n')
    expect(doc.quotes.map((q) => speakerName(doc, q))).toEqual(['New Hampshire Republican'])
  })

  it('takes a bare weekday before the verb out of the source', () => {
    const doc = parse('Talks\n\nRussian officials Monday said the talks had failed again.\n')
    expect(doc.quotes.map((q) => q.source?.text)).toEqual(['Russian officials'])
  })

  it.each([
    [
      '"The plan is simple," said David Kamin, who emphasized that her proposals would simplify returns.',
      'emphasized',
    ],
    [
      'We spoke to Sen. David Kamin, who’s argued for years that troops are needed in Syria.',
      'argued',
    ],
    [
      'On Monday, David Kamin—who had previously said that taxes were too high—voted for the plan.',
      'said',
    ],
  ])('gives the speaker the relative pronoun that is the subject of the cue: %s', (text, cue) => {
    const doc = parse(`Taxes\n\n${text}\n`)
    const report = doc.quotes.find((q) => q.cue?.text === cue)
    const speaker = doc.entities.find((entity) => entity.id === report?.speaker)
    expect(speaker?.name).toBe('David Kamin')
    expect(speaker?.mentions.map((m) => [m.kind, m.text])).toContainEqual(['pronoun', 'who'])
  })

  it('reads a speaker set off before a final verb, not who was told', () => {
    const doc = parse(
      'Race\n\nThe senator will stay in the race to the convention, his top aide, Tad Devine, told The Huffington Post.\n',
    )
    expect(doc.quotes.map((q) => [q.text, q.cue?.text, q.source?.text])).toEqual([
      ['The senator will stay in the race to the convention', 'told', 'Tad Devine'],
    ])
  })

  it('reads "Description, Name, told X that CLAUSE" forward: the description is no clause', () => {
    const doc = parse(
      "Trial\n\nGoogle's lead lawyer, John Schmidtlein, told the court that users chose Google.\n",
    )
    expect(doc.quotes.map((q) => [q.text, q.cue?.text, q.source?.text])).toEqual([
      ['users chose Google', 'told', 'John Schmidtlein'],
    ])
    // ("told Reuters that morning": a time, no clause.)
    const timed = parse(
      'Prices\n\nPrices will keep rising, an analyst, Jane Smith, told Reuters that morning.\n',
    )
    expect(timed.quotes.map((q) => [q.text, q.source?.text])).toEqual([
      ['Prices will keep rising', 'Jane Smith'],
    ])
  })

  it('lets a pronoun after the verb open the clause before any later "that"', () => {
    const doc = parse(
      'City\n\nEmanuel said he meets with families of young victims in a city that is hurting.\n',
    )
    expect(doc.quotes.map((q) => q.text)).toEqual([
      'he meets with families of young victims in a city that is hurting',
    ])
  })

  it('gives a participle the earlier speaker when the subject only owns a quoted noun', () => {
    const doc = parse(
      'Paris\n\nTrump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the nominee “makes you want to retch.”\n',
    )
    expect(doc.quotes.map((q) => [q.cue?.text, q.source?.text])).toEqual([
      ['said', 'Hollande'],
      ['noting', 'Hollande'],
    ])
  })

  it('passes over the cue-like words of an opening participle phrase', () => {
    const doc = parse(
      'Plans\n\nAsked about the continual attacks on the process, Mr. Manafort said he was largely focused on "transparency" and little else.\n',
    )
    const quote = doc.quotes.find((q) => q.text === 'transparency')
    expect([quote?.cue?.text, quote?.source?.text]).toEqual(['said', 'Mr. Manafort'])
  })

  it.each([
    [
      'Reached by reporters, Bennett denied the notion, explaining that it was "silly talk."',
      'explaining',
      'Bennett',
    ],
    [
      'Facing mounting criticism, Mr. Trump released a statement, describing the remarks as "locker room banter."',
      'describing',
      'Mr. Trump',
    ],
    [
      'Late last month, the company wrote to the college, saying it was "deeply troubled" by the plan.',
      'saying',
      'the company',
    ],
    [
      'Sunday morning, Clinton slammed the shift and accused Sanders of a "flip-flop."',
      'accused',
      'Clinton',
    ],
  ])('finds the subject past an opening participle or time phrase: %s', (text, cue, source) => {
    const doc = parse(`Plans\n\nBarry Bennett spoke.\n\n${text}\n`)
    const quote = direct(doc)[0]
    expect([quote?.cue?.text, quote?.source?.text]).toEqual([cue, source])
  })

  it.each([
    [
      'They turned to the Chicago Police Department which reported “2,521 shooting incidents” in the city.',
      'the Chicago Police Department',
    ],
    [
      'Goldman Sachs holds billions offshore, and the report says the bank "has 987 subsidiaries."',
      'the report',
    ],
    [
      'Hillary Clinton spoke. The former secretary of state has long said the plan was "a good deal."',
      'The former secretary of state',
    ],
    [
      'The plan is an issue, with Hillary Clinton — who’s called for "big tax hikes" on the rich — leading.',
      'Hillary Clinton',
    ],
  ])('finds the source of %j', (sentence, source) => {
    const doc = parse(`Talks\n\n${sentence}\n`)
    expect(doc.quotes.map((q) => q.source?.text)).toEqual([source])
  })

  it('reads a speaker set off after the verb inside a sentence', () => {
    const doc = parse('Taxes\n\nThe plan is simple, said David Kamin, who teaches law.\n')
    expect(doc.quotes.map((q) => [q.text, q.cue?.text, q.source?.text])).toEqual([
      ['The plan is simple', 'said', 'David Kamin'],
    ])
  })
})

describe('a partial quote after a verb of saying or a stance besides "said"', () => {
  it('has the clause or the object its words stand in as its claim', () => {
    const doc = parse(
      'Talks\n\nThe minister warned that the plan was "dead on arrival" and would fail. He called the deal "a historic step" for the region. The union insisted the offer was "an insult" to nurses. He explained the delay by saying, "We ran out of money."\n',
    )
    expect(doc.quotes.map((quote) => [quote.kind, quote.text, quote.claim?.text])).toEqual([
      ['partial', 'dead on arrival', 'the plan was "dead on arrival" and would fail'],
      ['partial', 'a historic step', 'the deal "a historic step" for the region'],
      ['partial', 'an insult', 'the offer was "an insult" to nurses'],
      ['direct', 'We ran out of money.', undefined],
    ])
  })
})

describe('a description with what the role is of, set off before the name', () => {
  it('is the person named after it, not the person named last', () => {
    const doc = parse(
      'Arrest\n\n"Not a single shot was fired," Omar Villaseñor told reporters. The US ambassador to Mexico, Daniel Whitcomb, welcomed the arrest, calling it "a major blow to the criminal networks".\n',
    )
    expect(doc.quotes.map((quote) => speakerName(doc, quote))).toEqual([
      'Omar Villaseñor',
      'Daniel Whitcomb',
    ])
  })
})

describe('a time that opens the sentence before its source', () => {
  it('is none of the source ("Thursday a Bundesbank spokeswoman said"), but a time of a noun stays', () => {
    const doc = parse(
      'Rates\n\nThursday a Bundesbank spokeswoman said the move was expected. Last month the White House said it would act. Tuesday night he said it was over.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual([
      'a Bundesbank spokeswoman',
      'the White House',
      'he',
    ])
  })
})

describe('"adding" an amount', () => {
  it('reports nothing ("adding about 10 days to the schedule")', () => {
    const doc = parse(
      'Repairs\n\nThe repairs will take longer, adding about 10 days to the schedule, the company said.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['The repairs will take longer, adding about 10 days to the schedule', 'said'],
    ])
  })
})

describe('rules of a review of this session, against quotes they must not misread', () => {
  it('keeps a quote after a dash inside a sentence partial, and a spokesperson the spokeswoman', () => {
    const dashed = parse(
      'Closures\n\nThe leaflets blamed one man — "Mayor Hale and his cronies" — for the closures, the group said.\n',
    )
    expect(dashed.quotes.map((quote) => quote.kind)).toEqual(['partial'])
    const doc = parse(
      'Briefing\n\nState Department spokeswoman Tammy Bruce briefed reporters. "We are monitoring the situation," the spokesperson said.\n',
    )
    expect(doc.quotes.map((quote) => speakerName(doc, quote))).toEqual(['Tammy Bruce'])
  })

  it('gives no claim to a call that names nothing, and keeps refusals that "declined" numbers', () => {
    const called = parse(
      'Shots\n\nNeighbors called police after hearing "what sounded like gunshots" late Friday.\n',
    )
    expect(called.quotes.map((quote) => quote.claim)).toEqual([undefined])
    const declined = parse(
      'Footage\n\nPolice declined 3 requests from the newspaper for the footage. Revenue declined for the third straight quarter. Turnout declined to its lowest level since 1997.\n',
    )
    expect(declined.quotes.map((quote) => quote.text)).toEqual([
      '3 requests from the newspaper for the footage',
    ])
  })
})

describe('an office the person named last does not hold', () => {
  it('is someone of its own ("the minister" after "Senator Laura Whitfield"), the held one hers', () => {
    const doc = parse(
      'Budget\n\nSenator Laura Whitfield spoke first. The minister said the plan was sound. The senator said she agreed. The former congressman said little.\n',
    )
    const whitfield = doc.entities.find((entity) => entity.name === 'Laura Whitfield')?.id
    expect(doc.quotes.map((quote) => [quote.source?.text, quote.speaker === whitfield])).toEqual([
      ['The minister', false],
      ['The senator', true],
    ])
  })

  it('is its holder named before in the paragraph, not the untitled person named last ("Labour Minister Harpreet Gill ... a mediator, Susan Tremblay, ... The minister said")', () => {
    const doc = parse(
      'Strike\n\nOntario Labour Minister Harpreet Gill said the province was watching. A mediator, Susan Tremblay, has been assigned to the file. The minister said Tremblay would remain available.\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toEqual([
      ['Ontario Labour Minister Harpreet Gill', 'Harpreet Gill'],
      ['The minister', 'Harpreet Gill'],
    ])
  })

  it('is someone of its own after a person who holds another role ("Union president Kevin Marchetti ... The mayor said")', () => {
    const doc = parse(
      'Strike\n\nUnion president Kevin Marchetti walked out. The mayor said talks would resume.\n',
    )
    const marchetti = doc.entities.find((entity) => entity.name === 'Kevin Marchetti')?.id
    expect(doc.quotes.map((quote) => [quote.source?.text, quote.speaker === marchetti])).toEqual([
      ['The mayor', false],
    ])
  })
})

describe('a figure that declined', () => {
  it('reports nothing, though a person who declined to say does', () => {
    const doc = parse(
      'Poll\n\nSupport declined slightly from 58 percent in the last poll. Revenue declined to $281 million in 2014. Exports declined 40 percent this year. The minister declined to say whether Tokyo had intervened.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['to say whether Tokyo had intervened', 'declined'],
    ])
  })
})

describe('a quote right after the dateline', () => {
  it('is a direct quote, as after a colon or a comma', () => {
    const doc = parse(
      'Strike\n\nLONDON, Nov 14 (Reuters) - "People lost their homes over this," said Paul Deverell, a union officer.\n',
    )
    expect(doc.quotes.map((quote) => [quote.kind, quote.text])).toEqual([
      ['direct', 'People lost their homes over this,'],
    ])
  })
})

describe('quotation marks', () => {
  it.each([
    ['curly', '“We will win the vote,” Jane Smith said.'],
    ['British single', '‘We will win the vote,’ Jane Smith said.'],
    ['guillemets', '«We will win the vote», Jane Smith said.'],
    ['doubled apostrophes', "''We will win the vote,'' Jane Smith said."],
  ])('reads %s marks', (_style, sentence) => {
    const doc = parse(`Vote\n\n${sentence}\n`)
    expect(direct(doc).map((q) => q.text.replace(/[,]$/u, ''))).toEqual(['We will win the vote'])
  })

  it.each([
    '\u202a”We will win the vote,” said Jane Smith.',
    '” … we will win the vote,” Jane Smith wrote.',
  ])(
    'opens a quote with a right mark after a direction mark or at a paragraph start: %j',
    (text) => {
      const doc = parse(`Vote\n\n${text}\n`)
      expect(direct(doc).map((q) => [q.kind, speakerName(doc, q)])).toEqual([
        ['direct', 'Jane Smith'],
      ])
    },
  )

  it('does not take apostrophes for quotation marks', () => {
    const doc = parse("Vote\n\nThe party's leader didn't say whether Smith's plan would pass.\n")
    expect(direct(doc)).toEqual([])
  })

  it.each([
    ["He grew up in the 1970s and '80s in Houston, where he said it was 'fine' to be.", 'fine'],
    ['Jane Smith said Trump‘s comments on the ‘90s were a ‘disgrace’ to all.', 'disgrace'],
  ])('reads decades and apostrophes typed as left marks as apostrophes: %s', (text, quoted) => {
    const doc = parse(`Vote\n\n${text}\n`)
    expect(direct(doc).map((q) => q.text)).toEqual([quoted])
  })

  it('closes a nested single quote before a doubled apostrophe mark', () => {
    const doc = parse(
      "Vote\n\nJane Smith leads.\n\n''Voters will not settle for 'We'll win it,''' said Jane Smith, the party leader.\n",
    )
    const [quote] = direct(doc)
    expect(quote?.text).toBe("Voters will not settle for 'We'll win it,'")
    expect(quote?.cue?.text).toBe('said')
    expect(speakerName(doc, quote)).toBe('Jane Smith')
  })

  it('gives a quote after a second verb of the subject to that verb', () => {
    const doc = parse(
      'Vote\n\nJane Smith declared "a great night" and said that the party would continue "to fight for every seat."\n',
    )
    const [first, second] = direct(doc)
    expect(first?.cue?.text).toBe('declared')
    expect(second?.cue?.text).toBe('said')
    expect(speakerName(doc, second)).toBe('Jane Smith')
  })

  it('gives a quote cued by an opening participle the speaker before it', () => {
    const doc = parse(
      'Vote\n\nJane Smith said the count was "far from over." Adding, "We will win every seat in the city."\n',
    )
    const [, second] = direct(doc)
    expect(second?.cue?.text).toBe('Adding')
    expect(second?.source?.text).toBe('Jane Smith')
    expect(speakerName(doc, second)).toBe('Jane Smith')
  })

  it('gives a role owned by a name a speaker of its own, past a dateline with a date', () => {
    const doc = parse(
      'Vote\n\nWASHINGTON, Dec. 8 (UPI) — In response to the count, Jane Smith’s right-hand woman rallied supporters, saying: "We will win every seat in the city."\n',
    )
    const [quote] = direct(doc)
    expect(quote?.source?.text).toBe('Jane Smith’s right-hand woman')
    expect(speakerName(doc, quote)).toBe('Jane Smith’s right-hand woman')
  })

  it('gives a surname opening a paragraph the person of the article who bears it', () => {
    const doc = parse(
      'Vote\n\nFormer Florida Gov. Jeb Bush spoke on Monday.\n\nBush says the count is "far from over."\n',
    )
    const [quote] = direct(doc)
    expect(quote?.source?.text).toBe('Bush')
    expect(speakerName(doc, quote)).toBe('Jeb Bush')
    const bush = doc.entities.find((entity) => entity.name === 'Jeb Bush')
    expect(bush?.mentions.map((mention) => [mention.text, mention.kind])).toContainEqual([
      'Bush',
      'name',
    ])
  })

  it('reads a noun phrase after an article as the source, and its head before "of"', () => {
    const doc = parse(
      'Vote\n\nJane Smith spoke in Ohio.\n\nThe former secretary of state, speaking in Ohio, added: "We will win every seat in the city."\n',
    )
    const [quote] = direct(doc)
    expect(quote?.source?.text).toBe('The former secretary of state')
    expect(speakerName(doc, quote)).toBe('Jane Smith')
  })

  it('ends a sentence at an abbreviation when a sentence opener follows', () => {
    const doc = parse(
      'Vote\n\nJane Smith says the vote closed at 8 p.m. She says voters want "a party that listens to them."\n',
    )
    const [quote] = direct(doc)
    expect(quote?.source?.text).toBe('She')
    expect(speakerName(doc, quote)).toBe('Jane Smith')
  })

  it('takes a left mark after a word for the close of the quote it ends', () => {
    const doc = parse(
      'Vote\n\nJane Smith said the city needs an “expedited review“ of its water pipes.\n',
    )
    const [quote] = direct(doc)
    expect(quote?.text).toBe('expedited review')
    expect(speakerName(doc, quote)).toBe('Jane Smith')
  })

  it('reads a quote that goes on over paragraphs as one quote', () => {
    const doc = parse(
      'Speech\n\nJane Smith said: "We will win the vote. We have the numbers.\n\n"And we will govern for everyone."\n',
    )
    const quotes = direct(doc)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.text).toBe(
      'We will win the vote. We have the numbers. And we will govern for everyone.',
    )
    expect(speakerName(doc, quotes[0])).toBe('Jane Smith')
  })

  it.each(["'", '‘'])(
    'reads a quote in single marks (%s, British style) that goes on over paragraphs as one quote',
    (mark) => {
      const close = mark === "'" ? "'" : '’'
      const doc = parse(
        `Strike\n\nNicola Ranger said: ${mark}Nurses have been patient. We have had nothing but warm words.\n\n${mark}Today we say enough.${close}\n\nShe left ${mark}90s-style${close} talks behind.\n`,
      )
      expect(direct(doc).map((q) => q.text)).toEqual([
        'Nurses have been patient. We have had nothing but warm words. Today we say enough.',
      ])
    },
  )

  it('goes on over paragraphs in single marks only from a sentence, not an elision or a word', () => {
    const doc = parse(
      "Prices\n\nPrices have risen sharply since '22.\n\n'It is a crisis for us,' one shopper said.\n\nThe minister said: 'We will act.\n\n'We' in this case means the cabinet.\n",
    )
    expect(direct(doc).map((q) => q.text)).toEqual(['It is a crisis for us,', 'We will act.'])
  })

  it('ends a quote left open where the next paragraph gives its quote to someone else', () => {
    const doc = parse(
      'Vote\n\n"It is a dog whistle," Rep. Gwen Moore said. "If indeed it is true, then what?\n\n"I have been thinking," added Rep. Jim Clyburn. "We are not used to it."\n',
    )
    expect(direct(doc).map((q) => [q.text, speakerName(doc, q)])).toEqual([
      ['It is a dog whistle,', 'Gwen Moore'],
      ['If indeed it is true, then what?', 'Gwen Moore'],
      ['I have been thinking,', 'Jim Clyburn'],
      ['We are not used to it.', 'Jim Clyburn'],
    ])
  })

  it.each([
    [
      'The surge does not surprise Republican pollster Daron Shaw: "It happens."',
      'Republican pollster Daron Shaw',
      'Daron Shaw',
    ],
    ['POLLS FAVOR CRUZ - Philip Bump: "It happens."', 'Philip Bump', 'Philip Bump'],
  ])('reads the full name that labels a quote before its colon: %j', (sentence, source, name) => {
    const doc = parse(`Polls\n\n${sentence}\n`)
    expect(direct(doc).map((q) => [q.source?.text, speakerName(doc, q)])).toEqual([[source, name]])
  })

  it.each([
    [
      'At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed her, saying she would "make an outstanding president."',
      'Bernie Sanders',
    ],
    [
      'Washington (AFP) – Democrat Hillary Clinton has taken a swipe at her rival, calling it "a mistake."',
      'Hillary Clinton',
    ],
    [
      'ORLANDO, Fla. (Reuters) - President Barack Obama met survivors, calling it "a tragedy."',
      'Barack Obama',
    ],
    ['DECATUR, Ill. — Sen. Ted Cruz weighed in, calling it "a shame."', 'Ted Cruz'],
    [
      'Giovanni Maria Vian, the editor of the Vatican\'s newspaper, L\'Osservatore Romano, called it "an oxymoron."',
      'Giovanni Maria Vian',
    ],
    [
      'Marco Rubio, whose hometown, Miami, is projected to be under water, called it "a hoax."',
      'Marco Rubio',
    ],
  ])(
    'reads the subject past a place, a dateline or the names in its asides: %j',
    (sentence, name) => {
      const doc = parse(`News\n\n${sentence}\n`)
      expect(direct(doc).map((q) => speakerName(doc, q))).toEqual([name])
    },
  )

  it.each([
    [
      'Some delegates at the convention in Philadelphia said they welcomed the debate.',
      'Some delegates at the convention in Philadelphia',
      null,
    ],
    [
      'Protest organizers in Cleveland say the rules are too strict.',
      'Protest organizers in Cleveland',
      null,
    ],
    [
      'The government in Beijing acknowledged that the talks had failed.',
      'The government in Beijing',
      'Beijing',
    ],
    [
      'Republicans on the House Judiciary Committee said the plan would fail.',
      'Republicans on the House Judiciary Committee',
      null,
    ],
  ])('keeps a place that qualifies a group out of its speaker: %j', (sentence, source, name) => {
    const doc = parse(`News\n\n${sentence}\n`)
    expect(doc.quotes.map((q) => [q.source?.text, speakerName(doc, q)])).toEqual([[source, name]])
  })

  it('reads the subject of a partial quote past a parenthesis and an aside before its verb', () => {
    const doc = parse(
      'Senate\n\nSenate Minority Leader Harry Reid (D-Nev.), in particular, has been pounding Trump as a "con man."\n',
    )
    expect(direct(doc).map((q) => [q.source?.text, speakerName(doc, q)])).toEqual([
      ['Senate Minority Leader Harry Reid', 'Harry Reid'],
    ])
  })

  it('gives a participle the speaker set off just before it, not the subject of the clause', () => {
    const doc = parse(
      'Talks\n\nPaul Ryan met Sean Spicer. Ryan and Trump will meet next week, Spicer said, adding, "They need to talk."\n',
    )
    expect(doc.quotes.map((q) => [q.kind, q.text, speakerName(doc, q)])).toEqual([
      ['indirect', 'Ryan and Trump will meet next week', 'Sean Spicer'],
      ['direct', 'They need to talk.', 'Sean Spicer'],
    ])
  })

  it.each([
    ['"It is a great deal for shareholders," Read said.', 'Read', 'said'],
    ['"People point the finger at Wall Street," From said.', 'From', 'said'],
    [
      '"She became more determined," remembered Roy Verley, her spokesman.',
      'Roy Verley',
      'remembered',
    ],
    [
      'And then Jane Smith went on the attack, saying, "Is the mayor going to resign?"',
      'Jane Smith',
      'saying',
    ],
  ])('reads the source and cue of %j', (sentence, source, cue) => {
    const doc = parse(`Deal\n\n${sentence}\n`)
    expect(direct(doc).map((q) => [q.source?.text, q.cue?.text])).toEqual([[source, cue]])
  })

  it('reads a long title and name that end a sentence before their verb as its source', () => {
    const doc = parse(
      'Emails\n\nThe emails would answer the requests, Justice Department senior trial counsel Caroline Lewis Wolverton wrote in a court filing.\n',
    )
    expect(doc.quotes.map((q) => [q.text, q.cue?.text, speakerName(doc, q)])).toEqual([
      ['The emails would answer the requests', 'wrote', 'Caroline Lewis Wolverton'],
    ])
  })

  it('does not go on from a straight mark left open to a paragraph that opens with a curly one', () => {
    const doc = parse(
      'Excerpt\n\nThe Post wrote: "She had seen him at a rally in June.\n\n“That is right,” Melanie said.\n',
    )
    expect(direct(doc).map((q) => [q.text, speakerName(doc, q)])).toContainEqual([
      'That is right,',
      'Melanie',
    ])
  })

  it('goes on over a paragraph that the same speaker is attributed again', () => {
    const doc = parse(
      'Vote\n\nJane Smith said: "We will win the vote.\n\n"And we will govern," Smith added.\n',
    )
    expect(direct(doc).map((q) => [q.text, speakerName(doc, q)])).toEqual([
      ['We will win the vote. And we will govern,', 'Jane Smith'],
    ])
  })

  it("finds a partial quote inside the writer's sentence", () => {
    const doc = parse(
      'Aid\n\nJane Smith asked for help to "overcome the reluctance" of some states.\n',
    )
    expect(direct(doc)[0]).toMatchObject({ kind: 'partial', text: 'overcome the reluctance' })
  })

  it.each([
    [
      'Critics made charges that Jane Smith, for one, called "a dirty trick."',
      'a dirty trick',
      'Jane Smith',
    ],
    ['She implied the judge was biased and "hostile" to her case.', 'hostile', 'She'],
  ])('reads words someone called a thing or implied as theirs: %j', (sentence, text, source) => {
    const doc = parse(`Trial\n\n${sentence}\n`)
    expect(direct(doc).map((q) => [q.kind, q.text, q.source?.text])).toEqual([
      ['partial', text, source],
    ])
  })

  it('reads a second name given after "or" as the first was given, no quote', () => {
    const doc = parse(
      'Profile\n\nDubbed "DisGrace" or "Gucci Grace" on account of her love of shopping, she rose through the ranks of the party.\n',
    )
    expect(doc.quotes).toEqual([])
    expect(rolesIn(doc)).toEqual(['scare', 'nickname'])
  })

  it('keeps scare quotes and titles out of the quotes, marked inline', () => {
    const doc = parse(
      'Film\n\nThe so-called "experts" loved the film "Night Train" at the festival.\n',
    )
    expect(direct(doc)).toEqual([])
    expect(rolesIn(doc)).toEqual(['scare', 'title'])
  })

  it('reads a programme or a work named in a cued sentence as a title, not a quote', () => {
    const doc = parse(
      'Talk\n\nJane Smith said on NBC\'s "Today" that the film "Trainwreck" and the show "Fox News Sunday" were fine.\n',
    )
    expect(direct(doc)).toEqual([])
    expect(rolesIn(doc)).toEqual(['title', 'title', 'title'])
  })

  it('reads a name in Title Case after a possessive or "during a" as a title', () => {
    const doc = parse(
      'Radio\n\nHe took calls on his "Keepin\' It Real" radio program during a "Commander-in-Chief Forum" in May.\n',
    )
    expect(rolesIn(doc)).toEqual(['title', 'title'])
  })

  it('reads a short whole sentence quoted after another as a quote, not scare quotes', () => {
    const doc = parse(
      'Suits\n\n"They sue," Jane Smith said. "Everybody sues, right?" Then she left.\n',
    )
    expect(direct(doc).map((q) => [q.text, speakerName(doc, q)])).toEqual([
      ['They sue,', 'Jane Smith'],
      ['Everybody sues, right?', 'Jane Smith'],
    ])
  })

  it("reads words someone called a thing as theirs, and 'so-called' words as scare quotes", () => {
    const doc = parse(
      'Attack\n\nJane Smith visited the site of the attack, which she called "an evil act." The so-called "peace plan" failed.\n',
    )
    expect(direct(doc).map((q) => q.text)).toEqual(['an evil act'])
  })

  it("closes a single quote that ends in a plural when the next one opens ('tough choices' ... 'paying the price')", () => {
    const doc = parse(
      "Rates\n\nReeves said the 'tough choices' she had made were working. Mel Stride said families were 'paying the price for Labour's economic mismanagement'.\n",
    )
    expect(doc.quotes.map((q) => [q.text, q.source?.text])).toEqual([
      ['tough choices', 'Reeves'],
      ["paying the price for Labour's economic mismanagement", 'Mel Stride'],
    ])
  })

  it('takes the pronoun before the verb that names a thing as the source, not the noun before it', () => {
    const doc = parse(
      'Race\n\nAmos Cheruiyot finished second. Brian Costa was third, a result he called "the race of my life."\n',
    )
    expect(doc.quotes.map((q) => [q.text, q.source?.text, speakerName(doc, q)])).toEqual([
      ['the race of my life', 'he', 'Brian Costa'],
    ])
  })

  it.each([
    ['Trump answered with the nickname "Lyin\' Ted" for his rival.', ['nickname']],
    ["It is a version of what has become known as the ''Buffett rule'' after him.", ['scare']],
    ["She sang the civil rights anthem ''A Change Is Gonna Come'' at the end.", ['title']],
    ["The talk was compared to 'working the referees' at a basketball game.", ['scare']],
    ['Jane Smith’s commentary, "Tell your story, mayor," is very thoughtful.', ['title']],
    [
      'By 2010, Tea Party "super PACs" supported by donors had seized on the plan, with attacks that helped the party.',
      ['scare'],
    ],
    [
      "It goes without saying that many in the party have long held dreams of a ''Grand Bargain'' on taxes.",
      ['title'],
    ],
    [
      "Jane Smith, a co-author of ''Those Guys Have All the Fun: Inside the World of ESPN,'' said so.",
      ['title'],
    ],
  ])('marks names, terms and works by the words before them: %s', (text, roles) => {
    const doc = parse(`Names\n\n${text}\n`)
    expect(direct(doc)).toEqual([])
    expect(rolesIn(doc)).toEqual(roles)
  })

  it.each([
    [
      'Jane Smith faulted what multiple lawmakers called "fraud" at the bank.',
      'partial',
      'multiple lawmakers',
    ],
    [
      "The tax, which the bank's chief executive, Jane Smith, called ''total political crap'' this week, stays.",
      'partial',
      'Jane Smith',
    ],
    [
      'With voters worried, Jane Smith is rolling out a new campaign message: "It\'s about me."',
      'direct',
      'Jane Smith',
    ],
  ])(
    "reads someone's words after 'what X called' or a colon as a quote: %s",
    (text, kind, source) => {
      const doc = parse(`Words\n\n${text}\n`)
      expect(direct(doc).map((q) => [q.kind, q.source?.text])).toEqual([[kind, source]])
    },
  )

  it('gives a quote to the cue a few words before it rather than to an earlier one', () => {
    const doc = parse(
      'Crisis\n\nJane Smith told reporters on Monday, as Mayor Ron Dell warned the city about "a deep crisis."\n',
    )
    expect(direct(doc).map((q) => [q.cue?.text, speakerName(doc, q)])).toEqual([
      ['warned', 'Ron Dell'],
    ])
  })

  it.each([
    '"We will win," Jane Smith at the time said of the race.',
    '"We will win," Jane Smith two weeks ago said of the race.',
    'Jane Smith less than two weeks ago said the race was "won."',
    'Hours later, Jane Smith thanked the crowd, telling it, "We will win."',
  ])('takes the source before a time phrase: %j', (sentence) => {
    const doc = parse(`Race\n\nJane Smith runs.\n\n${sentence}\n`)
    expect(direct(doc).map((q) => [q.source?.text, speakerName(doc, q)])).toEqual([
      ['Jane Smith', 'Jane Smith'],
    ])
  })

  it.each([
    ['United Airlines cut flights. "We regret it," the airline said.', 'United Airlines'],
    ['Jane Smith, 43, spoke next. "It is over," the 43-year-old said.', 'Jane Smith'],
    ['Jane Smith bought the team. "It is mine," the investor said.', 'Jane Smith'],
    [
      'Hillary Clinton met John Kerry. "It is late," the former first lady and U.S. senator said.',
      'Hillary Clinton',
    ],
    [
      'Jane Smith spoke. "We won," the former mayor and current Democratic nominee said.',
      'Jane Smith',
    ],
    ['Mary Hart met John Kerry. "It is late," the woman said.', 'Mary Hart'],
    [
      'Judge Emmet Sullivan heard the case.\n\nHillary Clinton did not testify.\n\n"It is late," the judge said.',
      'Emmet Sullivan',
    ],
    [
      'Vice President Joe Biden met President Barack Obama.\n\nJohn Kerry spoke.\n\n"It is late," the president said.',
      'Barack Obama',
    ],
    [
      'John Kerry spoke of meddling in the vote -- meddling the California congressman said is designed to "sow discord."',
      'John Kerry',
    ],
    ['Mary Hart met John Kerry. "It is late," the congressman said.', 'John Kerry'],
    [
      'Chief Justice John Roberts wrote for the majority. "It is void," the chief justice said.',
      'John Roberts',
    ],
  ])('resolves a definite description to whom the text is about: %j', (paragraph, name) => {
    const doc = parse(`News\n\n${paragraph}\n`)
    expect(direct(doc).map((q) => speakerName(doc, q))).toEqual([name])
  })

  it('attributes a quotation paragraph to the signature line under it, which is no list', () => {
    const doc = parse(
      'Checks\n\n"I will look into it. I do not know the status."\n\n- Jane Smith.\n\nShe has looked.\n\nThe facts:\n\n- one\n- two\n',
    )
    expect(doc.children.map((node) => node.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'list',
    ])
    expect(direct(doc).map((q) => [q.cue?.text, q.source?.text, speakerName(doc, q)])).toEqual([
      ['-', 'Jane Smith', 'Jane Smith'],
    ])
  })

  it('reads a participle after a quote as the cue of the quote after it', () => {
    const doc = parse(
      'Banks\n\nJane Smith spoke. Smith said the system was "corrupt," noting that it is "very strange."\n',
    )
    expect(direct(doc).map((q) => [q.text, q.cue?.text, speakerName(doc, q)])).toEqual([
      ['corrupt', 'said', 'Jane Smith'],
      ['very strange', 'noting', 'Jane Smith'],
    ])
  })

  it('finds the subject past an opening phrase with a comma inside it', () => {
    const doc = parse(
      'Guilty\n\nIn a long, frank interview last year, Jane Smith said she welcomed the trial and added, "I will plead guilty."\n',
    )
    expect(direct(doc).map((q) => [q.cue?.text, speakerName(doc, q)])).toEqual([
      ['added', 'Jane Smith'],
    ])
  })

  it('reads "said before adding" as the cue of the quote after it', () => {
    const doc = parse(
      'Guns\n\n"Nothing you can do," Jane Smith said before adding: "Maybe there is."\n',
    )
    expect(direct(doc).map((q) => q.cue?.text)).toEqual(['said', 'adding'])
  })

  it('does not give "he" to a person named at the start of a quote', () => {
    const doc = parse(
      'Papers\n\nDaniel Brown read the paper again. "Mark Lane is the real author. It is one of the most important papers," he said.\n',
    )
    expect(direct(doc).map((q) => speakerName(doc, q))).toEqual(['Daniel Brown'])
  })

  it('reads "the senator from Vermont" as one source, the person the text is about', () => {
    const doc = parse('Banks\n\nJane Smith spoke. "It is rigged," the senator from Vermont said.\n')
    expect(direct(doc).map((q) => [q.source?.text, speakerName(doc, q)])).toEqual([
      ['the senator from Vermont', 'Jane Smith'],
    ])
  })

  it('does not take a noun for a reporting verb ("a far cry", "a surprise hit")', () => {
    const doc = parse(
      'Shows\n\nThat is a far cry from Sanders serving up "ice cream" to the crowd.\n\n"Friends" has been a surprise hit, and "Lost" too.\n',
    )
    expect(direct(doc)).toEqual([])
  })

  it('does not read the attribute values of pasted markup as quotes', () => {
    const doc = parse(
      'Posts\n\nShe wrote: <tweet author="jsmith" id="12">We will win</tweet> and then <tweet author="rroe" id="13">No chance</tweet>\n',
    )
    expect(direct(doc).map((q) => q.text)).toEqual([])
  })

  it('finds quotes in the headline', () => {
    const doc = parse('"We will win," says Smith\n\nJane Smith spoke on Monday.\n')
    expect(direct(doc).map((q) => q.text)).toEqual(['We will win,'])
  })
})

describe('reported speech', () => {
  it('reads a plural after a preposition and the noun that qualifies it as a noun, not a cue', () => {
    const doc = parse(
      'Delhi\n\nKejriwal was arrested last year on corruption charges that he says were politically motivated.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text, quote.source?.text])).toEqual([
      ['were politically motivated', 'says', 'he'],
    ])
  })

  it('reads a plural after a preposition and two words that qualify it as a noun ("after earlier battery recalls")', () => {
    const doc = parse(
      'Recall\n\n"Consumers are unforgiving," Emma Clarke said, noting that rivals had suffered after earlier battery recalls. "A bow is not enough."\n',
    )
    expect(doc.quotes.map((quote) => quote.cue?.text)).not.toContain('recalls')
    expect(doc.quotes.every((quote) => quote.source?.text === 'Emma Clarke')).toBe(true)
    // (Not after a determiner, which opens the verb's subject.)
    expect(
      parse('Recall\n\nAfter the minister recalls: "We knew."\n').quotes.map(
        (quote) => quote.cue?.text,
      ),
    ).toEqual(['recalls'])
  })

  it('ends a stance in a relative clause at the clause’s comma, and reads the report after it', () => {
    const doc = parse(
      'Defence\n\nEuropean Commission President Ursula von der Leyen, who proposed the plan in March, said she was confident leaders would reach a deal.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['the plan in March', 'proposed'],
      ['she was confident leaders would reach a deal', 'said'],
    ])
  })

  it('closes a relative clause at its comma past a party and state, a quotation mark or a list', () => {
    const doc = parse(
      [
        'Convention',
        'Beck, who supported Sen. Ted Cruz, R-Texas, and opposed Trump during the primaries, said Trump was seeking to start a movement.',
        'Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort requires a settled alternative to succeed.',
        'The deal unites conservatives who wanted Washington out of schools, and unions who said the law punished them.',
        'In Gaza, where the health ministry says more than 67,000 people have been killed, residents celebrated.',
      ].join('\n\n'),
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['Sen. Ted Cruz, R-Texas', 'supported'],
      ['Trump during the primaries', 'opposed'],
      ['Trump was seeking to start a movement', 'said'],
      ['sociopath', 'calls'],
      ['the effort requires a settled alternative to succeed', 'believe'],
      ['Washington out of schools', 'wanted'],
      ['the law punished them', 'said'],
      ['more than 67,000 people have been killed', 'says'],
    ])
  })

  it('reports the clause before a quotation that a verb of saying attributes on its own', () => {
    const doc = parse(
      'Hacker\n\nIn an interview last year, Lazar said he welcomed extradition to the United States and added, "I\'ll plead guilty, no problem."\n\nSmith said the plan was "dead on arrival."\n',
    )
    expect(doc.quotes.map((quote) => [quote.kind, quote.text])).toEqual([
      ['indirect', 'he welcomed extradition to the United States'],
      ['direct', "I'll plead guilty, no problem."],
      ['partial', 'dead on arrival'],
    ])
  })

  it('ends a sentence after "on X.", the platform, which is no initial', () => {
    const doc = parse(
      'Prices\n\nGary Black said the cuts were over in a post on X. Tesla shares rose 4%, analysts said.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.source?.text])).toEqual([
      ['the cuts were over in a post on X', 'Gary Black'],
      ['Tesla shares rose 4%', 'analysts'],
    ])
    expect(doc.entities.map((entity) => entity.name)).not.toContain('X. Tesla')
  })

  it('reads the subject of a datelined first sentence past the dateline, and not its day', () => {
    const doc = parse(
      'Nvidia unveils chip\n\nSAN JOSE, Calif., Nov 25 (Reuters) - Nvidia Corp on Tuesday unveiled a new chip, saying it would ship to customers in 2027.\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, quote.text])).toEqual([
      ['Nvidia Corp', 'it would ship to customers in 2027'],
    ])
  })

  it('reads what is agreed as a report only when it is a clause ("agreed the plan was sound")', () => {
    const doc = parse(
      'Deal\n\nArsenal have agreed a fee of £65 million with Real Madrid. The two sides agreed terms on Tuesday. Officials agreed the plan was sound.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['the plan was sound', 'agreed'],
    ])
  })

  it('keeps a number’s comma inside the source, and ends a long source at its own comma', () => {
    const doc = parse(
      'Juice\n\nBlood pressure fell, according to a study of 14,000 adults published in The Lancet on Wednesday, although the authors were cautious.\n\nSales rose 38%, according to a survey of 1,200 shoppers.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual([
      // (Without the time it ends in.)
      'a study of 14,000 adults published in The Lancet',
      'a survey of 1,200 shoppers',
    ])
    // The journal a study came out in is not who speaks.
    expect(doc.quotes[0]?.speaker).toBeNull()
  })

  it.each([
    ['Jane Smith said that the talks had failed completely.', 'the talks had failed completely'],
    ['Jane Smith warned the talks had failed completely.', 'the talks had failed completely'],
    [
      'According to Jane Smith, the talks had failed completely.',
      'the talks had failed completely',
    ],
    [
      'Jane Smith said the freeze amounted to a stealth tax that would fall on middle earners.',
      'the freeze amounted to a stealth tax that would fall on middle earners',
    ],
    [
      'According to Jane Smith, an analyst at Bernstein in London, the talks had failed completely.',
      'the talks had failed completely',
    ],
    [
      'According to Jane Smith, chief economist at ING, the talks had failed completely.',
      'the talks had failed completely',
    ],
    [
      'According to Jane Smith, a political scientist at the Centre for the Study of Developing Societies (CSDS), the talks had failed completely.',
      'the talks had failed completely',
    ],
    [
      'According to Jane Smith, an email was sent from the club to its members on Monday.',
      'an email was sent from the club to its members on Monday',
    ],
    ['The talks had failed completely, Jane Smith said.', 'The talks had failed completely'],
    [
      'Jane Smith, 47, a lawyer from Ohio, said the talks had failed completely.',
      'the talks had failed completely',
    ],
    [
      'Jane Smith defended the deal, saying the talks had failed completely.',
      'the talks had failed completely',
    ],
    ['Jane Smith endorsed the mayor for a second term.', 'the mayor for a second term'],
    [
      'The mayor called the talks a failure and walked out, Jane Smith said on Monday.',
      'The mayor called the talks a failure and walked out',
    ],
    ['The talks had failed completely, said Jane Smith.', 'The talks had failed completely'],
    [
      'The mayor said the talks would go on, according to Jane Smith of the city council.',
      'The mayor said the talks would go on',
    ],
    ['Sen. Jane Smith, R-Ohio, said Dell failed.', 'Dell failed'],
    [
      'Jane Smith, a delegate supporting the mayor, said the talks had failed.',
      'the talks had failed',
    ],
    ['Jane Smith on Thursday evening said the talks had failed.', 'the talks had failed'],
    [
      'Back when she wrote her book, Jane Smith said that the talks had failed.',
      'the talks had failed',
    ],
    [
      'THE TALKS Back when she wrote her book, Jane Smith said that the talks had failed.',
      'the talks had failed',
    ],
    ['But the next day, according to Jane Smith, the talks failed.', 'the talks failed'],
    ['Jane Smith also said the talks had failed, the records showed.', 'the talks had failed'],
    [
      'Talks resumed, according to Jane Smith, on Monday in the city.',
      'Talks resumed, according to Jane Smith, on Monday in the city',
    ],
    [
      'Writing for a panel that all agreed the mayor won, Jane Smith noted that the talks had failed.',
      'the talks had failed',
    ],
    [
      'Jane Smith backed the mayor in 2010, but now says the talks have failed.',
      'the talks have failed',
    ],
    [
      'The mayor works with Jane Smith, now the council leader, who in 2010 said the talks had failed.',
      'the talks had failed',
    ],
    ['Jane Smith told reporters the talks had failed.', 'the talks had failed'],
    ['Jane Smith of the UN told the court the talks had failed.', 'the talks had failed'],
    ['Jane Smith of the WHO said the talks had failed.', 'the talks had failed'],
  ])('reads %j', (sentence, content) => {
    const doc = parse(`Talks\n\nJane Smith leads the talks.\n\n${sentence}\n`)
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => q.text)).toEqual([content])
    expect(speakerName(doc, reported[0])).toBe('Jane Smith')
  })

  it.each([
    ['A source familiar with the talks said they had failed in the end.', 'A source'],
    ['An official speaking on condition of anonymity said the talks had failed.', 'An official'],
    ['A person close to Jane Smith said the talks had failed in the end.', 'A person'],
    ['An official who asked not to be identified said the talks had failed.', 'An official'],
    ['Officials who were briefed on the talks said they had failed in the end.', 'Officials'],
    ['Economists polled by Reuters expect the talks to fail in the end.', 'Economists'],
    ['Experts not involved in the talks said they had failed in the end.', 'Experts'],
  ])('reads the source before the words that qualify it: %j', (sentence, source) => {
    const doc = parse(`Talks\n\nJane Smith leads the talks.\n\n${sentence}\n`)
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => q.source?.text)).toEqual([source])
    expect(speakerName(doc, reported[0])).not.toBe('Jane Smith')
  })

  it.each([
    'The news came from Meaghan Lloyd, a spokeswoman for Gehry Partners, who said he had died.',
    'It was confirmed by Meaghan Lloyd, the chief of his firm, Gehry Partners, who said he had died.',
  ])(
    'gives a "who" after a description set off by commas to the person described: %j',
    (sentence) => {
      const doc = parse(`Gehry dies\n\nFrank Gehry was an architect.\n\n${sentence}\n`)
      const reported = doc.quotes.filter((q) => q.kind === 'indirect')
      expect(reported.map((q) => q.source?.text)).toEqual(['Meaghan Lloyd'])
      expect(speakerName(doc, reported[0])).toBe('Meaghan Lloyd')
    },
  )

  it('reads no report in a relative clause’s list of verbs ("who wrote, directed and edited")', () => {
    const doc = parse(
      'Oscars\n\nSean Baker, who wrote, directed and edited the film, won four Oscars himself.\n',
    )
    expect(doc.quotes).toEqual([])
  })

  it.each([
    'The bank found itself at the center of the crisis in the end.',
    'Mr. Sanders has found ways to press his agenda through small provisions.',
  ])('reads no finding in what was found: %j', (sentence) => {
    expect(parse(`Found\n\n${sentence}\n`).quotes).toEqual([])
  })

  it('reads no report in "told" with two objects ("told reporters the story of her life")', () => {
    const doc = parse('Talks\n\nJane Smith told reporters the story of her life.\n')
    expect(doc.quotes).toEqual([])
  })

  it('gives "the WHO said" to the organisation, not to a relative "who"', () => {
    const doc = parse(
      'Measles\n\nThe World Health Organization warned on Monday. "It is bad," the WHO said. Voters who said they were vaccinated were safe.\n',
    )
    const [quote] = direct(doc)
    expect(quote?.source?.text).toBe('the WHO')
    expect(speakerName(doc, quote)).toBe('World Health Organization')
  })

  it('gives "He added" after \'," said X\' to X, not to the subject of an earlier sentence', () => {
    const doc = parse(
      'Lawsuit\n\nElon Musk filed a lawsuit on Monday. "It is a distraction," said Dan Ives, an analyst at Wedbush Securities. He added that investors were "watching closely."\n',
    )
    const last = doc.quotes[doc.quotes.length - 1]
    expect(last?.source?.text).toBe('He')
    expect(speakerName(doc, last)).toBe('Dan Ives')
  })

  it("gives a pronoun inside the speaker's next quotation to someone else", () => {
    const doc = parse(
      'Plans\n\nDonald Trump spoke on Monday. "It is vague," said Len Burman, a tax expert. "He has not proposed anything."\n',
    )
    const burman = doc.entities.find((entity) => entity.name === 'Len Burman')
    expect(burman?.mentions.some((mention) => mention.kind === 'pronoun')).toBe(false)
  })

  it.each([
    ['A spokesman for Google said the lawsuit was baseless.', 'A spokesman for Google'],
    ['An aide to Jane Smith said the lawsuit was baseless.', 'An aide to Jane Smith'],
  ])('reads who speaks for someone as the source of %j', (sentence, source) => {
    const doc = parse(`Suit\n\nJane Smith sued Google.\n\n${sentence}\n`)
    const [reported] = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported?.source?.text).toBe(source)
    expect(speakerName(doc, reported)).toBe(source.replace(/^An? /u, ''))
  })

  it('reads a reporting verb\'s word that qualifies a noun as part of the source ("the biggest rail union")', () => {
    const sources = (text: string) => parse(text).quotes.map((q) => q.source?.text)
    expect(
      sources(
        "Strike\n\nThe leader of Britain's biggest rail union said on Monday that members would walk out.\n",
      ),
    ).toEqual(["The leader of Britain's biggest rail union"])
    // An opening phrase without its comma is no part of the source.
    expect(
      sources(
        'Case\n\nFollowing the report police said they would reopen the case. Since the announcement the state attorney general said the deal was illegal.\n',
      ),
    ).toEqual(['police', 'the state attorney general'])
    // Not past a clause of its own: "the state he won".
    expect(
      sources('Poll\n\nPolls in the state he said he would win show him with a big lead.\n'),
    ).not.toContain('the state he')
  })

  it('ends a report inside a noun\'s clause at the comma before the main verb ("charges he says are politically motivated, congratulated")', () => {
    const doc = parse(
      'Vote\n\nKhan, who has been in prison since August on charges he says are politically motivated, congratulated his supporters in a message.\n',
    )
    expect(doc.quotes.map((q) => q.text)).toEqual(['are politically motivated'])
    // Not inside a list of participles.
    expect(
      parse(
        'War\n\nThe rebels hold land they say was seized, occupied and annexed by the army.\n',
      ).quotes.map((q) => q.text),
    ).toEqual(['was seized, occupied and annexed by the army'])
  })

  it('gives a description after a quote to no one the quote it attributes names ("Hunter ...," the president said)', () => {
    const doc = parse(
      'Pardon\n\nPresident Joe Biden on Sunday pardoned his son. "Hunter was singled out only because he is my son," the president said.\n',
    )
    expect(direct(doc).map((q) => [q.source?.text, speakerName(doc, q)])).toEqual([
      ['the president', 'Joe Biden'],
    ])
    // Not one named before a quotation still open, nor before an inch mark ('the 6\'10" forward').
    const speakers = (text: string) => {
      const found = parse(text)
      return direct(found).map((q) => speakerName(found, q))
    }
    expect(
      speakers(
        'Durant\n\nKevin Durant, the 6\'10" forward, scored 30 points. "We played hard," the forward said.\n',
      ),
    ).toEqual(['Kevin Durant'])
    // A straight mark after a digit closes a quotation open; a closing curly mark where none is
    // open opens one.
    expect(
      speakers(
        'Rugby\n\nEddie Jones spoke. He called the team "the best England side since 1966" and praised the pack. "Owen Farrell was outstanding," the coach said.\n',
      ).at(-1),
    ).toBe('Eddie Jones')
    expect(
      speakers(
        'Pardon\n\nPresident Joe Biden pardoned his son. \u201dHunter was singled out only because he is my son,\u201d the president said.\n',
      ),
    ).not.toContain('Hunter')
  })

  it('reads no speaker in an interview\'s label ("Q&A: ...")', () => {
    const doc = parse(
      'Q&A: Climate scientist Katharine Hayhoe on talking to skeptics\n\nKatharine Hayhoe spoke with us.\n',
    )
    expect(doc.quotes).toEqual([])
    expect(doc.entities.map((found) => found.name)).not.toContain('Q&A')
  })

  it('reads a long title with "and" before the name after a quote as its source', () => {
    const doc = parse(
      'Deal\n\n"Our acquisition of Discover is a singular opportunity," Capital One founder and Chief Executive Richard Fairbank said in a statement.\n',
    )
    expect(doc.quotes.map((q) => [q.cue?.text, q.source?.text, speakerName(doc, q)])).toEqual([
      ['said', 'Capital One founder and Chief Executive Richard Fairbank', 'Richard Fairbank'],
    ])
    // Not words that go on from the quote: "one of the former prosecutors for David Petraeus said".
    const other = parse(
      'Case\n\nDonald Trump spoke. "General Petraeus got in trouble for far less," one of the former prosecutors for David Petraeus said the two cases were different.\n',
    )
    expect(other.quotes[0]?.source?.text).not.toBe(
      'one of the former prosecutors for David Petraeus',
    )
    // Nor a headline-cased "And" between two people.
    const two = parse(
      'Deal\n\n"We have a deal," UAW President Shawn Fain And General Motors Chief Mary Barra told reporters.\n',
    )
    expect(two.quotes[0]?.source?.text ?? '').not.toContain(' And ')
  })

  it('reads no report in a verb followed by a time alone ("responded hours later")', () => {
    for (const sentence of [
      'OpenAI CEO Sam Altman responded hours later.',
      'Jane Smith replied two days later.',
    ])
      expect(parse(`Feud\n\n${sentence}\n`).quotes).toEqual([])
  })

  it('does not give a quote inside a clause after "as" to the verb before it', () => {
    const doc = parse(
      'Rally\n\nJane Smith spoke.\n\n"He has some problems," Jane Smith said as the heckler yelled: "You lose!"\n',
    )
    expect(direct(doc).map((q) => [q.text, q.cue?.text, q.source?.text])).toEqual([
      ['He has some problems,', 'said', 'Jane Smith'],
      ['You lose!', 'yelled', 'the heckler'],
    ])
  })

  it.each([
    [
      'Unnamed officials, speaking to reporters, said the talks had stalled again.',
      'Unnamed officials',
    ],
    [
      'Striking workers, who walked out Monday, said the plan was bad for them.',
      'Striking workers',
    ],
    ['Early polls, taken before the debate, showed Jane Smith ahead in the race.', 'Early polls'],
  ])('reads an adjective that opens the subject as part of it: %j', (sentence, source) => {
    const doc = parse(`Talks\n\n${sentence}\n`)
    expect(doc.quotes.map((q) => q.source?.text)).toEqual([source])
  })

  it('reads no report in a time that opens the sentence before its comma', () => {
    const doc = parse(
      'Plans\n\nLate last month, the company wrote to the college, saying it was "deeply troubled" by it.\n',
    )
    expect(doc.quotes.map((q) => [q.kind, q.text, q.source?.text])).toEqual([
      ['partial', 'deeply troubled', 'the company'],
    ])
  })

  it.each([
    ['The police had last month said that the fight was over for good.', 'The police'],
    ['A new poll last month showed Jane Smith leading in the race by ten points.', 'A new poll'],
    ['New polls released Sunday showed Jane Smith taking a lead in the race.', 'New polls'],
    ['Jane Smith always hoped she would see the talks end in a deal.', 'Jane Smith'],
    ['Given the fallout of the vote, the council said it would wait a year.', 'the council'],
  ])('reads the source past a time, an adverb or an opening phrase: %j', (sentence, source) => {
    const doc = parse(`Talks\n\n${sentence}\n`)
    expect(doc.quotes.map((q) => q.source?.text)).toEqual([source])
  })

  it.each([
    ['Jane Smith, a teacher who says the schools are failing, spoke.', 'Jane Smith'],
    ['Jane Smith, a 52-year-old teacher who says the schools are failing, spoke.', 'Jane Smith'],
    ['The mayor met a teacher who said the schools are failing.', 'teacher'],
    ['A teacher who said the schools are failing. She left.', 'teacher'],
  ])("gives the report of a 'who' the one it stands for: %j", (sentence, speaker) => {
    const doc = parse(`Schools\n\n${sentence}\n`)
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.source?.text, speakerName(doc, q)])).toEqual([
      ['the schools are failing', 'who', speaker],
    ])
  })

  it("gives the report of a 'who' after a description with capitals the name it describes", () => {
    const doc = parse(
      'Schools\n\nJane Smith, a South Carolina native who says the schools are failing, spoke.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.source?.text, speakerName(doc, q)])).toEqual([
      ['the schools are failing', 'who', 'Jane Smith'],
    ])
  })

  it.each([
    [
      'Jane Smith, a teacher who says the schools, which are old, need money, spoke.',
      'the schools, which are old, need money',
    ],
    ['Jane Smith said that, in her view, the schools are failing.', 'the schools are failing'],
  ])('reads a report past the asides inside it: %j', (sentence, content) => {
    const doc = parse(`Schools\n\n${sentence}\n`)
    expect(doc.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual([content])
  })

  it.each([
    ['Jane Smith said Monday she would run.', 'said', 'she would run'],
    ['Jane Smith said last week she would run.', 'said', 'she would run'],
    ['The company said on Tuesday its profits rose.', 'said', 'its profits rose'],
    ['Jane Smith said in a statement she would run.', 'said', 'she would run'],
    ['Jane Smith told analysts on a conference call that she would run.', 'told', 'she would run'],
    ['Jane Smith said on her radio show she would run.', 'said', 'she would run'],
    ['Jane Smith said in an interview on Sunday the plan was dead.', 'said', 'the plan was dead'],
    ['Jane Smith said at a rally in Iowa she would win.', 'said', 'she would win'],
    ['Jane Smith said in March the plan may fail.', 'said', 'the plan may fail'],
    ['Jane Smith told reporters on Tuesday she would run.', 'told', 'she would run'],
    [
      'Jane Smith told The Associated Press on Friday she would not run.',
      'told',
      'she would not run',
    ],
    ['Jane Smith told reporters she would run.', 'told', 'she would run'],
  ])(
    'reads the clause past the time and setting of the verb, with no "that": %j',
    (sentence, cue, content) => {
      const doc = parse(`Votes\n\n${sentence}\n`)
      expect(
        doc.quotes
          .filter((q) => q.kind === 'indirect')
          .map((q) => [q.cue?.text, q.text, q.source?.text]),
      ).toEqual([[cue, content, sentence.startsWith('The') ? 'The company' : 'Jane Smith']])
    },
  )

  it.each([
    'Jane Smith said on Tuesday.',
    'Jane Smith said in a statement.',
    'Jane Smith spoke on Tuesday in Iowa.',
  ])('reads no clause where the adjuncts end the sentence: %j', (sentence) => {
    const doc = parse(`Votes\n\n${sentence}\n`)
    expect(doc.quotes.filter((q) => q.kind === 'indirect')).toEqual([])
  })

  it("reads the report of a 'who' that stands for a group, whose speaker stays unnamed", () => {
    const doc = parse(
      'Calls\n\nHe took calls from listeners who said they had misgivings about the plan.\n',
    )
    expect(doc.quotes.map((q) => [q.kind, q.text, q.source?.text, q.speaker])).toEqual([
      ['indirect', 'they had misgivings about the plan', 'who', null],
    ])
  })

  it.each([
    'Voters went to the polls in Ohio, one of the Rust Belt states that have suffered job losses.',
    'Jane Smith won the primary in Ohio, adding to her victories in the South over her rival.',
    'The lead of Jane Smith continues to grow thanks to a big win in North Carolina on Tuesday.',
    'Jane Smith has a rally planned for Thursday evening in Washington with her supporters.',
    'Jane Smith maintained an energetic pace into advanced age, her friends remember.',
  ])('reads no report in %j', (sentence) => {
    const doc = parse(`Votes\n\n${sentence}\n`)
    expect(doc.quotes.filter((q) => q.kind === 'indirect').map((q) => q.cue?.text)).toEqual([])
  })

  it.each([
    ['The report states that the plan failed to protect the workers.', 'states'],
    ['The memo states that employees must report any gifts to the office.', 'states'],
    ['The campaign has long maintained they were not marked classified at the time.', 'maintained'],
    ['Jane Smith plans to run for the Senate seat next year in Ohio.', 'plans'],
  ])('reads the report in %j', (sentence, cue) => {
    const doc = parse(`Votes\n\n${sentence}\n`)
    expect(doc.quotes.filter((q) => q.kind === 'indirect').map((q) => q.cue?.text)).toEqual([cue])
  })

  it('does not read a name that is also a verb as a cue ("Hope Hicks")', () => {
    const doc = parse(
      'Thanks\n\nJane Smith thanked her parents, her campaign manager, Ron Dell, and her spokeswoman, Hope Hicks.\n',
    )
    expect(doc.quotes.map((q) => q.cue?.text)).not.toContain('Hope')
  })

  it('does not take a clause after the verb for an inverted speaker', () => {
    const doc = parse(
      'Talks\n\nJane Smith leads the talks.\n\nThe talks are over, said Mayor Ron Dell failed.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => q.source?.text ?? null)).not.toContain('Mayor Ron Dell failed')
  })

  it.each([
    [
      'Jane Smith dismissed the attack, pointing out that the bank had paid billions in fines.',
      'pointing out',
      'the bank had paid billions in fines',
    ],
    [
      'Jane Smith told Fox, reminding the hosts that the mayor had denounced the plan.',
      'reminding',
      'the mayor had denounced the plan',
    ],
  ])('reads the report of a participle after the verb: %j', (sentence, cue, content) => {
    const doc = parse(`Talks\n\n${sentence}\n`)
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.cue?.text, q.text, speakerName(doc, q)])).toContainEqual([
      cue,
      content,
      'Jane Smith',
    ])
  })

  it.each([
    [
      'Officials felt comfortable with the plan because lenders would pay for the work, said Mr. Barrett, the lawyer for the state agency.',
      'said',
      'Mr. Barrett',
      'Officials felt comfortable with the plan because lenders would pay for the work',
    ],
    [
      'Jane Smith continues to insist that the city will pay for the work.',
      'insist',
      'Jane Smith',
      'the city will pay for the work',
    ],
    [
      'Jane Smith went on to say that the city will pay for the work.',
      'say',
      'Jane Smith',
      'the city will pay for the work',
    ],
    [
      'Jane Smith insisted, most recently in an interview with the local radio station, that the city will pay.',
      'insisted',
      'Jane Smith',
      'the city will pay',
    ],
    [
      'Having announced that he would not send me to prison, Judge Berman handed down his sentence.',
      'announced',
      'Judge Berman',
      'he would not send me to prison',
    ],
    // The subject and a relative clause about it before the verb, no report before an inverted
    // speaker.
    [
      'Gov. Maria Echols of New Mexico, whose Legislature rejected a similar bill, said the ruling vindicated lawmakers.',
      'said',
      'Gov. Maria Echols of New Mexico',
      'the ruling vindicated lawmakers',
    ],
    // (An object's relative clause: the inverted speaker after the verb.)
    [
      'The ruling is a blow to Gov. Maria Echols, whose party backed the bill, said the attorney general.',
      'said',
      'the attorney general',
      'The ruling is a blow to Gov. Maria Echols, whose party backed the bill',
    ],
  ])('reads the source and report of %j', (sentence, cue, source, content) => {
    const doc = parse(`Talks\n\n${sentence}\n`)
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.cue?.text, q.source?.text, q.text])).toEqual([
      [cue, source, content],
    ])
  })

  it.each([
    '"I think it was the product of the primary," said Jane Smith, suggesting that the next contests will be calmer.',
    '"I think it was the product of the primary," Jane Smith said, suggesting that the next contests will be calmer.',
    '"It was a product of the primary," said Jane Smith, suggesting that the next contests will be calmer.',
    '"We won," said Jane Smith, suggesting that the next contests will be calmer.',
  ])(
    'gives the report of a participle after a quote its speaker, not the quote\'s "I": %j',
    (sentence) => {
      const doc = parse(`Talks\n\n${sentence}\n`)
      const reported = doc.quotes.filter((q) => q.kind === 'indirect')
      expect(reported.map((q) => [q.cue?.text, q.source?.text, q.text])).toEqual([
        ['suggesting', 'Jane Smith', 'the next contests will be calmer'],
      ])
    },
  )

  it.each([
    'You do not go in without a clear, well thought out plan.',
    'These deals take time, he said according to a transcript of the trial.',
  ])('reads no report from words that only look like one: %j', (sentence) => {
    const doc = parse(`Deals\n\n${sentence}\n`)
    expect(doc.quotes.map((q) => q.text)).not.toContainEqual(
      expect.stringMatching(/^(?:You do not|according)/u),
    )
  })

  it('reads no report from the reader\'s "you" or from how a thing feels', () => {
    const doc = parse(
      'Consoles\n\nYou want to play the new games without a gaming PC. The console feels heavy. It feels like a bad experience for most players.\n',
    )
    expect(doc.quotes).toEqual([])
  })

  it("leaves the dateline out of reported words and a verb's object out of stances", () => {
    const doc = parse(
      'Sudan\n\nLONDON — After years of hostile relations, the government plans to lift sanctions, officials said.\n\nThe deal requires Sudan to stop supporting rebels in the south.\n',
    )
    expect(doc.quotes.map((q) => [q.text, q.source?.text])).toEqual([
      ['After years of hostile relations, the government plans to lift sanctions', 'officials'],
    ])
  })

  it('attributes no quote to an adverb opening the sentence', () => {
    const doc = parse(
      'Web\n\nNearly every website with a "Like" button is encouraging your browser to tell Facebook about you.\n',
    )
    expect(doc.quotes.map((q) => q.source)).not.toContainEqual(
      expect.objectContaining({ text: 'Nearly' }),
    )
  })

  it('reads nothing more from the verb that cues a quote', () => {
    const doc = parse(
      'Talks\n\n"I am principled," Jane Smith told MSNBC on Monday when asked about the race.\n',
    )
    expect(doc.quotes.map((q) => [q.kind, q.cue?.text])).toEqual([['direct', 'told']])
  })

  it('reads "reports show" as a plural subject and its verb', () => {
    const doc = parse(
      'Money\n\nMore than 40 percent of the money arrived in February, new fundraising reports show.\n',
    )
    expect(
      doc.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.cue?.text, q.source?.text]),
    ).toEqual([['show', 'new fundraising reports']])
  })

  it('does not read a noun such as "economic support" as a stance', () => {
    const doc = parse(
      'Money\n\nRussia lacked the money to provide Central Asia the economic support it needed.\n',
    )
    expect(doc.quotes).toEqual([])
  })

  it('reads a question put before the report, by no one named', () => {
    const doc = parse(
      'Talks\n\nJane Smith leads the talks.\n\nAsked whether the talks would resume, Jane Smith said they had failed.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.cue?.text, q.source?.text ?? null])).toEqual([
      ['whether the talks would resume', 'Asked', null],
      ['they had failed', 'said', 'Jane Smith'],
    ])
    // (Not the question's word alone.)
    const why = parse('Trial\n\nAsked why, he replied: "Because I was scared."\n')
    expect(why.quotes.map((q) => q.kind)).toEqual(['direct'])
  })

  it('reads the askers of a question put before the report as its source, not its words', () => {
    const doc = parse(
      'Talks\n\nAsked by Matt Lauer on Thursday whether she had practised, Jane Smith said she had.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.cue?.text, q.source?.text ?? null])).toEqual([
      ['whether she had practised', 'Asked', 'Matt Lauer'],
      ['she had', 'said', 'Jane Smith'],
    ])
  })

  it('gives a quote to the name set off after the nominal that says it, at the end of its sentence', () => {
    const doc = parse(
      "Match\n\nTom Hartley scored twice on Tuesday.\n\n'He is a special boy,' said the Villa manager, Graham Whitlock.\n",
    )
    expect(attributions(doc)).toEqual([
      ['He is a special boy,', 'the Villa manager', 'said', 'Graham Whitlock'],
    ])
  })

  it('reads whom "told" names as who heard, never as what was said', () => {
    const reported = (text: string) =>
      parse(`Floods\n\n${text}\n`)
        .quotes.filter((q) => q.kind === 'indirect')
        .map((q) => [q.text, q.source?.text])
    expect(
      reported(
        'Around 70% of the park was under water, park director Arunima Bhuyan told the Press Trust of India (PTI).',
      ),
    ).toEqual([['Around 70% of the park was under water', 'park director Arunima Bhuyan']])
    expect(reported('Pate told Breitbart News he would back the plan.')).toEqual([
      ['he would back the plan', 'Pate'],
    ])
    // (With nothing after whom it told, nothing was said that the sentence gives.)
    expect(reported('The spokesman told the Press Trust of India on Friday.')).toEqual([])
  })

  it('reads no report in a pass that "found" a player, and the person a place is from speaks', () => {
    const match = parse(
      'Match\n\nPrice, perhaps eager to make amends, stepped out of defence and found Hartley between the lines.\n',
    )
    expect(match.quotes).toEqual([])
    const strike = parse(
      'Strike\n\nMargaret Fielding, 72, from Dewsbury, whose operation was postponed, said she was "fed up of waiting".\n',
    )
    expect(strike.quotes.map((q) => [q.source?.text, speakerName(strike, q)])).toEqual([
      ['Margaret Fielding', 'Margaret Fielding'],
    ])
  })

  it('gives a partial quote that a description of it follows to the speaker before it', () => {
    const doc = parse(
      'Floods\n\nOpposition leader Ranjit Gogoi said funds had been "diverted to advertisements", a charge the government rejected.\n',
    )
    expect(doc.quotes.map((q) => [q.text, q.cue?.text, speakerName(doc, q)])).toEqual([
      ['diverted to advertisements', 'said', 'Ranjit Gogoi'],
    ])
  })

  it('gives a quote to the person named before, by a description that tells of their life', () => {
    const doc = parse(
      'Fire\n\nHer neighbour, Tom Whitecloud, said he had stayed behind.\n\n"I have lived here 40 years," the retired rancher said.\n',
    )
    expect(doc.quotes.map((q) => [q.source?.text, speakerName(doc, q)])).toEqual([
      ['Tom Whitecloud', 'Tom Whitecloud'],
      ['the retired rancher', 'Tom Whitecloud'],
    ])
    // (Without it, "the rancher" may be another party of the story.)
    const bare = parse(
      'Fire\n\nTom Whitecloud said he had stayed.\n\n"I stayed," the rancher said.\n',
    )
    expect(speakerName(bare, bare.quotes[1])).toBeNull()
  })

  it('gives a pronoun to the holder of a role set off after a body, not to the person before', () => {
    const doc = parse(
      'Match\n\nMarco Ferreira was sent off.\n\nBenfica\'s coach, Luis Almeida, did not hide his frustration. He said the card had been "very soft".\n',
    )
    expect(doc.quotes.map((q) => [q.text, speakerName(doc, q)])).toEqual([
      ['very soft', 'Luis Almeida'],
    ])
  })

  it("gives a pronoun to a company's officer set off after its name, not to its spokesperson before", () => {
    for (const role of ['chief executive', 'chief operating officer']) {
      const doc = parse(
        `Trial\n\nA Halcyon spokesperson, Derek Lamb, said the company was confident.\n\nHalcyon's ${role}, Jonathan Pryce, is expected to testify next week. He said he would "tell the truth".\n`,
      )
      expect(doc.quotes.map((q) => [q.text, speakerName(doc, q)])).toContainEqual([
        'tell the truth',
        'Jonathan Pryce',
      ])
    }
  })

  it("reads a headline that gives a speaker's words after their name", () => {
    const doc = parse('Jane Smith: The Talks Have Failed\n\nJane Smith leads the talks.\n')
    const [headline] = doc.quotes
    expect([headline?.text, headline?.cue?.text, headline?.source?.text]).toEqual([
      'The Talks Have Failed',
      ':',
      'Jane Smith',
    ])
    expect(speakerName(doc, headline)).toBe('Jane Smith')
    expect(parse('Analysis: The Talks Have Failed\n\nThe talks failed.\n').quotes).toEqual([])
  })

  it('reads a headline that reports with a verb of saying, in any case and either order', () => {
    const read = (headline: string) => {
      const doc = parse(`${headline}\n\nJane Smith leads the talks for the union.\n`)
      const [report] = doc.quotes
      return [report?.text, report?.cue?.text, report?.source?.text, speakerName(doc, report)]
    }
    expect(read('Jane Smith says the talks have failed')).toEqual([
      'the talks have failed',
      'says',
      'Jane Smith',
      'Jane Smith',
    ])
    expect(read('Jane Smith Warns The Talks Have Failed')).toEqual([
      'The Talks Have Failed',
      'Warns',
      'Jane Smith',
      'Jane Smith',
    ])
    expect(read('The talks have failed, Jane Smith says')).toEqual([
      'The talks have failed',
      'says',
      'Jane Smith',
      'Jane Smith',
    ])
    expect(read('What the data says about the talks')[0]).toBeUndefined()
    expect(read('Jane Smith says no')[0]).toBeUndefined()
    // A warning of a thing, no clause: "WHO warns of fast-spreading cholera".
    expect(read('WHO warns of fast-spreading cholera in southern Africa')[0]).toBeUndefined()
    // What is won or owned, no clause: "claims victory", "admits defeat".
    expect(read('Jane Smith claims victory as the union looks to the talks')[0]).toBeUndefined()
    expect(read('Jane Smith admits defeat in the talks with the company')[0]).toBeUndefined()
  })

  it('reads a headline whose speaker says whom or what they speak to or of before the colon', () => {
    const first = (headline: string) => {
      const doc = parse(`${headline}\n\nJane Smith leads the talks for the union.\n`)
      const quote = direct(doc)[0] ?? doc.quotes[0]
      return [quote?.kind, quote?.source?.text, quote?.cue?.text, speakerName(doc, quote)]
    }
    expect(first('Jane Smith to Union Members: The talks have failed')).toEqual([
      'indirect',
      'Jane Smith',
      ':',
      'Jane Smith',
    ])
    expect(first('Jane Smith on the New Pay Offer: ‘I Think It Will Pass.’')).toEqual([
      'direct',
      'Jane Smith',
      ':',
      'Jane Smith',
    ])
  })

  it("reads a transcript's turn as its speaker's report", () => {
    const doc = parse(
      'Debate\n\nJane Smith met John Roe on stage.\n\nSMITH: I think the talks have failed and we must start again.\n',
    )
    const [turn] = doc.quotes.filter((q) => q.kind === 'indirect')
    expect([turn?.source?.text, turn?.cue?.text, turn?.text]).toEqual([
      'SMITH',
      ':',
      'I think the talks have failed and we must start again',
    ])
  })

  it('reads no turn in a dateline of a place left in a later paragraph ("SYDNEY: Ms Doyle will ...")', () => {
    const doc = parse(
      'Doyle faces vote\n\nA former minister told the watchdog he was pressured to sign a contract.\n\nSYDNEY: Ms Doyle will face the vote on Thursday.\n',
    )
    expect(doc.quotes.map((q) => q.source?.text)).toEqual(['A former minister'])
  })

  it('leaves reporting words inside a quotation to the quote', () => {
    const doc = parse(
      "Talks\n\nJane Smith leads the talks.\n\n''I think the talks have failed completely,'' Jane Smith said.\n",
    )
    expect(doc.quotes.filter((q) => q.kind === 'indirect')).toEqual([])
    expect(direct(doc).map((q) => q.text)).toEqual(['I think the talks have failed completely,'])
  })

  it('reads a clause whose subject a quantity opens: "said more than 100 people died"', () => {
    const reports = (text: string) =>
      parse(text)
        .quotes.filter((q) => q.kind === 'indirect')
        .map((q) => [q.text, q.cue?.text, q.source?.text])
    expect(reports('Officials said more than 100 people died in the attack.')).toEqual([
      ['more than 100 people died in the attack', 'said', 'Officials'],
    ])
    expect(reports('He said only a handful of voters had changed their minds.')).toEqual([
      ['only a handful of voters had changed their minds', 'said', 'He'],
    ])
    expect(reports('She said little had changed since the vote.')).toEqual([
      ['little had changed since the vote', 'said', 'She'],
    ])
    // (A subject of nine words before its verb.)
    expect(
      reports(
        'DeSantis said more than 5,000 members of the Florida National Guard had been activated.',
      ),
    ).toEqual([
      [
        'more than 5,000 members of the Florida National Guard had been activated',
        'said',
        'DeSantis',
      ],
    ])
    // A quantity that is the verb's object reports nothing.
    expect(reports('She said little about the vote.')).toEqual([])
  })

  it('gives a "he" after an unnamed spokesman\'s report to the spokesman, not to the person named before', () => {
    const text =
      'Starmer faces rebellion\n\nKeir Starmer is facing the biggest rebellion of his premiership.\n\nThe prime minister\'s spokesman said on Tuesday that the government would not back down. "These reforms are the right thing to do," he told reporters.\n'
    const doc = parse(text)
    const [quote] = direct(doc)
    expect(speakerName(doc, quote)).toBe("The prime minister's spokesman")
    const starmer = doc.entities.find((entity) => entity.name === 'Keir Starmer')
    expect(starmer?.mentions.map((mention) => mention.text)).not.toContain('he')
    // Named again between the report and the quote, the person is the "he".
    const named = parse(text.replace('. "These', '. Starmer spoke later. "These'))
    expect(speakerName(named, direct(named)[0])).toBe('Keir Starmer')
  })

  it('reads a full name and the place after it as the source: "Judge Angel Kelley in Boston said"', () => {
    const doc = parse(
      'Ruling\n\nU.S. District Judge Angel Kelley in Boston said the agency had acted unlawfully.\n',
    )
    const [report] = doc.quotes
    expect([report?.source?.text, speakerName(doc, report)]).toEqual([
      'U.S. District Judge Angel Kelley in Boston',
      'Angel Kelley',
    ])
  })

  it('reads attributions from stories of a court, a runoff and an earthquake', () => {
    const said = (sentence: string): (string | null | undefined)[][] => {
      const doc = parse(`Story\n\n${sentence}\n`)
      return doc.quotes.map((quote) => [quote.kind, quote.source?.text, speakerName(doc, quote)])
    }
    // A person and their body set off after a nominal: the person speaks.
    expect(
      said(
        'Kessler\'s lawyer, Jonathan Price of the Institute for Justice, said the ruling sent "a clear message".',
      ),
    ).toEqual([['partial', 'Jonathan Price', 'Jonathan Price']])
    // An auxiliary after an aside is no source, and the words before it no report.
    expect(said('Tavares, 61, of the Liberal party (PL), had not conceded by midnight.')).toEqual(
      [],
    )
    // "According to X," opening the sentence before a thing that "revealed" the quoted words.
    expect(
      said(
        'According to Rafael Cordeiro, a consultant, the result revealed "a country split down the middle".',
      ),
    ).toEqual([['partial', 'Rafael Cordeiro', 'Rafael Cordeiro']])
    expect(said('According to the report, Smith said the plan was "dead on arrival".')).toEqual([
      ['partial', 'Smith', 'Smith'],
    ])
    // The name set off after an owned role; a body of many words in brackets after the name.
    expect(said("Swindon's MP, Will Stone, said the sentence was fair.")).toEqual([
      ['indirect', 'Will Stone', 'Will Stone'],
    ])
    expect(
      said(
        'Another analyst, Rakesh Bhardwaj of the Centre for the Study of Developing Societies (CSDS), cautioned that the margin was thin.',
      ),
    ).toEqual([['indirect', 'Rakesh Bhardwaj', 'Rakesh Bhardwaj']])
    // A speaker past a post-nominal ("KC") stands out for the "She" after.
    expect(
      said(
        'Judge Sarah Whitfield said the attack was brutal. Defending, Sophie Marsh KC said her client was sorry. She said Carter accepted he had done wrong.',
      ).map(([, , speaker]) => speaker),
    ).toEqual(['Sarah Whitfield', 'Sophie Marsh', 'Sophie Marsh'])
    // A dateline's place before its colon is no speaker of a transcript's turn.
    expect(said('NEW DELHI: The BJP won 40 of the 68 seats, party leaders said.')).toEqual([
      ['indirect', 'party leaders', null],
    ])
    // A quotation after a clock's "a.m." opens a sentence of its own: a direct quote.
    expect(
      said(
        '"Please leave now," Shinya Kudo told a news conference at 6:30 a.m. "A tsunami can arrive repeatedly."',
      ).map(([kind]) => kind),
    ).toEqual(['direct', 'direct'])
  })

  it('gives "NAME of the BODY said" to the person, the body only qualifying them', () => {
    const sources = (sentence: string): [string | undefined, string | null][] => {
      const doc = parse(`Ruling\n\n${sentence}\n`)
      return doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])
    }
    expect(
      sources('Jonathan Price of the Institute for Justice said the ruling sent a clear message.'),
    ).toEqual([['Jonathan Price of the Institute for Justice', 'Jonathan Price']])
    expect(
      sources('Maria Lopez at the University of Chicago said the ruling sent a clear message.'),
    ).toEqual([['Maria Lopez at the University of Chicago', 'Maria Lopez']])
    // The body alone, or a body's name with its own "of", speaks as the body.
    expect(sources('The Institute for Justice said the ruling sent a clear message.')).toEqual([
      ['The Institute for Justice', 'Institute for Justice'],
    ])
    expect(sources('The Bank of England said the ruling sent a clear message.')).toEqual([
      ['The Bank of England', 'Bank of England'],
    ])
  })
  it('reads two names joined by "and" before the verb as the source ("Greenpeace and Oxfam called for")', () => {
    const doc = parse(
      'Aid\n\nGreenpeace and Oxfam called for an immediate ceasefire. Britain and France said they would act.\n',
    )
    expect(doc.quotes.map((q) => q.source?.text)).toEqual([
      'Greenpeace and Oxfam',
      'Britain and France',
    ])
  })

  it("reads an interview's answers as the words of the person it questions", () => {
    const text =
      'A climate scientist on the next decade\n\nKatharine Hayhoe has spent 25 years explaining climate change. We spoke to her about hope.\n\nQ: You have said anger is not useful. Why?\n\nA: Anger is a fuel, but it burns out fast.\n\nQ: What gives you hope?\n\nA: My students. I think they will act.\n'
    const doc = parse(text)
    const answers = doc.quotes.filter((q) => q.source?.text === 'A')
    expect(answers.map((q) => [q.text, speakerName(doc, q)])).toEqual([
      ['Anger is a fuel, but it burns out fast', 'Katharine Hayhoe'],
      ['My students. I think they will act', 'Katharine Hayhoe'],
    ])
    // The one interviewed named in the standfirst, above the interviewer's credit.
    const credited = parse(
      'A climate scientist on the next decade\n\nKatharine Hayhoe has spent 25 years explaining climate change. We spoke to her about hope.\n\nInterview by Damian Carrington\n\nQ: What gives you hope?\n\nA: My students. I think they will act.\n',
    )
    expect(credited.meta.authors).toEqual(['Damian Carrington'])
    expect(
      credited.quotes.filter((q) => q.source?.text === 'A').map((q) => speakerName(credited, q)),
    ).toEqual(['Katharine Hayhoe'])
    // With no question asked, "A:" is no answer.
    expect(parse('Notes\n\nA: Anger is a fuel, but it burns out fast.\n').quotes).toEqual([])
    // The reports inside an answer ("I think they will act") are the interviewee's too.
    const inner = doc.quotes.find((q) => q.cue?.text === 'think')
    expect([inner?.source?.text, speakerName(doc, inner)]).toEqual(['I', 'Katharine Hayhoe'])
  })

  it('gives "it" after a relative "which" to the body before the name it stands for ("rolled out Gemini 3, which it said")', () => {
    const doc = parse(
      'Race\n\nGoogle last week rolled out Gemini 3, which it said outperformed rival systems on a range of reasoning tests.\n',
    )
    const [report] = doc.quotes
    expect([report?.source?.text, speakerName(doc, report)]).toEqual(['it', 'Google'])
  })

  it('reads no stance in a dismissal from a post, but in one of words ("dismissed the claims")', () => {
    const reports = (text: string) => parse(text).quotes.map((q) => `${q.cue?.text}: ${q.text}`)
    expect(
      reports(
        'Berlin\n\nChancellor Olaf Scholz dismissed his finance minister, Christian Lindner, on Wednesday. The club dismissed the coach after the defeat. He dismissed the claims as absurd.\n',
      ),
    ).toEqual(['dismissed: the claims as absurd'])
    // A person dismissed as something is a stance: "dismissed the judge as a radical".
    expect(
      reports('Court\n\nTrump dismissed the judge as a radical who should be impeached.\n'),
    ).toEqual(['dismissed: the judge as a radical who should be impeached'])
  })

  it('reads no report in "writing for" or "writing in": for whom or where, no clause', () => {
    const doc = parse(
      'Ruling\n\nJustice Elena Kagan, writing for the dissenters, accused the majority of substituting its own preferences. Nate Cohn, writing in The New York Times, disagreed.\n',
    )
    expect(doc.quotes.map((q) => `${q.cue?.text}: ${q.text}`)).toEqual([
      'accused: the majority of substituting its own preferences',
    ])
    // A clause after where one wrote is a report: "writing in his annual letter that ...".
    const letter = parse(
      'Letter\n\nBuffett wrote to shareholders on Saturday, writing in his annual letter that Berkshire had too much cash.\n',
    )
    expect(letter.quotes.map((q) => q.cue?.text)).toEqual(['writing'])
  })

  it('reads no report in a plural noun that is a cue too ("Treasury notes fell")', () => {
    const doc = parse(
      'Markets\n\nYields on two-year Treasury notes fell to around 3.98%. His claims were false, she said.\n',
    )
    expect(doc.quotes.map((q) => q.cue?.text)).toEqual(['said'])
  })

  it('reads no stance in a blow ("attacked shipping", "attacked the convoy"), but in words ("attacked the plan")', () => {
    const reports = (text: string) => parse(text).quotes.map((q) => `${q.cue?.text}: ${q.text}`)
    expect(
      reports(
        'Red Sea\n\nThe Houthis have attacked shipping in the Red Sea since November. Gunmen attacked a convoy with rockets.\n',
      ),
    ).toEqual([])
    expect(reports("Budget\n\nSunak attacked Labour's plan.\n")).toEqual([
      "attacked: Labour's plan",
    ])
    // A body's position is a stance: "which supports a second independence referendum".
    expect(
      reports(
        'Scotland\n\nThe Scottish National Party, which supports a second independence referendum, said it would press on.\n',
      ),
    ).toContain('supports: a second independence referendum')
    // A name given ("it calls X", "called X") before its clause's verb is no stance.
    expect(
      reports(
        'iPhone\n\nApple is betting that features it calls Apple Intelligence will persuade consumers. An anti-Trump super PAC called Our Principles is ramping up.\n',
      ).filter((report) => report.startsWith('call')),
    ).toEqual([])
    // What a body does for someone is no stance: "which supports the sanctuary".
    expect(
      reports(
        'Rhinos\n\nNina Fascione, executive director of the International Rhino Foundation, which supports the sanctuary, praised the birth.\n',
      ).filter((report) => report.startsWith('supports')),
    ).toEqual([])
    // The object's head decides, not what follows it.
    expect(
      reports('Troops\n\nDemocrats attacked Trump for sending troops to Los Angeles.\n'),
    ).toEqual(['attacked: Trump for sending troops to Los Angeles'])
  })

  it('reads a reporting verb with an object as no report ("added a second", "claimed victory", "had expected $101.7 billion")', () => {
    const reports = (text: string) => parse(text).quotes.map((q) => q.text)
    expect(
      reports(
        'The Egyptian forward opened the scoring early and added a second from the penalty spot after the break.\n',
      ),
    ).toEqual([])
    expect(reports('Jane Smith added a deal was near.\n')).toEqual(['a deal was near'])
    // A number opens an object as well as a subject.
    expect(
      reports(
        'Draymond Green added 12 points, 10 rebounds and nine assists for the Warriors, who have won four straight.\n',
      ),
    ).toEqual([])
    expect(reports('Jane Smith added 12 people had died.\n')).toEqual(['12 people had died'])
    // An amount in words opens a clause's subject as often: "one in three children ... lives".
    expect(
      reports('Unicef estimated one in three children in the region lives in poverty.\n'),
    ).toEqual(['one in three children in the region lives in poverty'])
    // A player's count is an object, whatever follows it; a subject joined by "and" opens a clause.
    expect(
      reports('Andrew Wiggins added 21 points and Draymond Green had 11 for the Warriors.\n'),
    ).toEqual([])
    expect(reports('Police added two men and a woman were arrested at the scene.\n')).toEqual([
      'two men and a woman were arrested at the scene',
    ])
    // A lawyer argues cases: "argued" with a case for its object reports nothing.
    expect(
      reports(
        'Jane Smith, a lawyer who argued some of the most consequential desegregation cases of the 1960s, died on Sunday.\n',
      ),
    ).toEqual([])
    expect(reports('Jane Smith argued the case was lost.\n')).toEqual(['the case was lost'])
    // "claimed" takes a prize or a blame; "found" a state.
    expect(
      reports(
        'Modi claimed victory in a speech. The storm claimed the lives of 20 people. The nurse was found guilty on Tuesday of theft.\n',
      ),
    ).toEqual([])
    expect(reports('He claimed the election was rigged.\n')).toEqual(['the election was rigged'])
    // A prize after a few words, or a count of them; "defended" a prize held, not a stance.
    expect(
      reports(
        'Alcaraz claimed his fifth Grand Slam crown on Sunday. The party claimed 40 seats. Alcaraz defended his title in Paris.\n',
      ),
    ).toEqual([])
    expect(reports('He defended the title of the book as provocative.\n')).toEqual([
      'the title of the book as provocative',
    ])
    expect(
      reports('He claimed the seat was rigged. She defended the decision to cut taxes.\n'),
    ).toEqual(['the seat was rigged', 'the decision to cut taxes'])
    // A company's figures reported, an amount expected.
    expect(
      reports(
        'Apple on Thursday reported quarterly revenue above Wall Street expectations. Analysts had expected $101.7 billion.\n',
      ),
    ).toEqual([])
    expect(reports('Police estimated 20,000 people attended.\n')).toEqual([
      '20,000 people attended',
    ])
  })

  it('gives "He said" to the person who spoke last past a description set off by commas', () => {
    const doc = parse(
      'Strike\n\nHealth Secretary Wes Streeting said the strikes were wrong. "We tried," Mr Streeting told the BBC.\n\nDr Jack Fletcher, chair of the BMA\'s resident doctors committee, said members had no choice.\n\nHe said: "Doctors do not want to strike."\n',
    )
    const quote = direct(doc).find((q) => q.text.startsWith('Doctors'))
    expect(speakerName(doc, quote)).toBe('Jack Fletcher')
  })

  it('reads who heard after "told" as no source: "..., the source told Reuters on Friday"', () => {
    const reports = (text: string) =>
      parse(text).quotes.map((q) => [q.text, q.cue?.text, q.source?.text])
    expect(
      reports(
        'The ministers fled to the compound after their homes were attacked, the source told Reuters.\n',
      ),
    ).toEqual([
      ['The ministers fled to the compound after their homes were attacked', 'told', 'the source'],
    ])
    expect(reports('The talks have failed, a senior official told reporters on Friday.\n')).toEqual(
      [['The talks have failed', 'told', 'a senior official']],
    )
    // Who heard is never who spoke.
    expect(
      reports('The talks have failed after a long night in the capital, told Reuters.\n').map(
        ([, , source]) => source,
      ),
    ).not.toContain('Reuters')
  })

  it('reads the clause before "X said Monday," and no name set off after "called" as a report', () => {
    const reports = (text: string) =>
      parse(text).quotes.map((q) => [q.text, q.cue?.text, q.source?.text])
    expect(
      reports(
        'Webb\n\nThe telescope has detected water vapour on a rocky planet, astronomers said Monday, a first for a world of its size.\n',
      ),
    ).toEqual([
      ['The telescope has detected water vapour on a rocky planet', 'said', 'astronomers'],
    ])
    expect(
      reports(
        'Webb\n\nThe planet, called GJ 486 b, orbits a red dwarf star about 26 light-years away.\n',
      ),
    ).toEqual([])
    // (A name in lower case, and one that "and" ends.)
    expect(
      reports(
        'Trial\n\nThe drug, called veranoxib and developed by Halvora Therapeutics, was tested in 4,312 adults.\n',
      ),
    ).toEqual([])
  })

  it('leaves the auxiliary of a final attribution out of its source ("the companies have said")', () => {
    const doc = parse(
      'Spending\n\nThe three firms plan to spend more than $300 billion on data centers next year, the companies have said.\n',
    )
    expect(doc.quotes.map((q) => [q.source?.text, q.cue?.text])).toEqual([
      ['the companies', 'said'],
    ])
  })

  it('gives a partial quote to the verb of its own clause after "and" and a new subject', () => {
    const doc = parse(
      'Boeing\n\nBoeing shares dropped 1.7% after the planemaker posted a $6.2 billion quarterly loss and new Chief Executive Kelly Ortberg told analysts the company needed "a fundamental culture change".\n\nMs. Sherry said she and her peers jokingly referred to themselves as "The Glass Ceiling Club."\n',
    )
    expect(doc.quotes.map((q) => [q.kind, q.cue?.text, speakerName(doc, q)])).toEqual([
      ['partial', 'told', 'Kelly Ortberg'],
      // "she and her peers": one subject of two, no clause of its own.
      ['partial', 'said', 'Sherry'],
    ])
  })

  it('reads the name set off after a relative of someone as the subject ("Sarah\'s sister, Amina,")', () => {
    const doc = parse(
      "Murder\n\nSarah Ahmed, 29, was found dead on Tuesday.\n\nSarah's sister, Amina, paid tribute to her, saying she was 'the kindest person you could ever meet'.\n",
    )
    expect(doc.quotes.map((q) => [q.source?.text, speakerName(doc, q)])).toEqual([
      ['Amina', 'Amina'],
    ])
  })

  it('gives no one person the words of "the Bibas family", a group', () => {
    const doc = parse(
      'Hostages\n\nYarden Bibas, 35, was freed on Saturday.\n\nThe Bibas family said in a statement that the release was bittersweet.\n',
    )
    expect(doc.quotes.map((q) => [q.source?.text, q.speaker])).toEqual([['The Bibas family', null]])
  })

  it('reads a final description of what was said as the writer’s ("..., a claim Israel has not confirmed")', () => {
    const doc = parse(
      'Hostages\n\nHamas has said the children and their mother were killed in an Israeli air strike, a claim Israel has not confirmed.\n',
    )
    expect(doc.quotes.map((q) => [q.text, q.source?.text])).toEqual([
      ['the children and their mother were killed in an Israeli air strike', 'Hamas'],
    ])
  })

  it('takes the verb after an adverb of time for the cue of a partial quote ("The agency later issued")', () => {
    const doc = parse(
      'Quake\n\nThe Japan Meteorological Agency said the quake was strong.\n\nThe agency later issued its first-ever "megaquake advisory," warning that the risk was higher than usual.\n',
    )
    const partial = doc.quotes.find((q) => q.kind === 'partial')
    expect([partial?.cue?.text, partial?.source?.text]).toEqual(['later issued', 'The agency'])
  })

  it('reads the name set off after a common noun phrase as the subject ("Its chief negotiator, Yalchin Rafiyev,")', () => {
    const doc = parse(
      'Talks\n\nIts chief negotiator, Yalchin Rafiyev, defended the role, saying it had "listened to all sides."\n\nThe host, Azerbaijan, had been criticised for its handling of the talks.\n',
    )
    // A passive reports no stance of its subject.
    expect(doc.quotes.map((q) => [q.source?.text, speakerName(doc, q)])).toEqual([
      ['Yalchin Rafiyev', 'Yalchin Rafiyev'],
    ])
  })

  it('reads a counted group with its lower-case noun as the source ("Four Chinese industry associations")', () => {
    const doc = parse(
      'Chips\n\nFour Chinese industry associations urged their members to be cautious about buying American chips, saying they were "no longer safe or reliable".\n',
    )
    expect(doc.quotes.map((q) => [q.source?.text, q.speaker])).toEqual([
      ['Four Chinese industry associations', null],
    ])
  })

  it('reads past whom "told" told, and when and where, to its "that"', () => {
    const doc = parse(
      'Chips\n\nChinese President Xi Jinping told U.S. President Joe Biden at their last meeting in Lima, Peru, last month that Beijing was ready to work with the new administration.\n',
    )
    expect(doc.quotes.map((q) => [q.text, q.cue?.text])).toEqual([
      ['Beijing was ready to work with the new administration', 'told'],
    ])
    // (A noun after a preposition, then "that", opens no clause: "during the trial that ...".)
    const court = parse(
      'Trial\n\nThe prosecutor told the court during the trial that Ormond had killed her. She told reporters at the White House that the talks had failed.\n',
    )
    expect(court.quotes.map((q) => q.text)).toEqual([
      'Ormond had killed her',
      'the talks had failed',
    ])
    // (But a relative "that" inside the reported clause's subject is the clause's.)
    const witness = parse('Trial\n\nThe witness told police the man that attacked her was tall.\n')
    expect(witness.quotes.map((q) => q.text)).toEqual(['the man that attacked her was tall'])
  })

  it('reads no attribution in a comparison that ends a sentence ("far more than exit polls had predicted")', () => {
    const doc = parse(
      'Results\n\nThe opposition bloc won 232 seats, far more than exit polls had predicted.\n\nIt does not help that the rhetoric is loud, as David Dayen noted.\n',
    )
    expect(doc.quotes.map((q) => q.cue?.text)).toEqual(['noted'])
  })

  it('leaves the auxiliary out of a source set off inside its sentence ("Buckingham Palace has said, as")', () => {
    const doc = parse(
      'Royals\n\nThe King will not attend the reception next week, Buckingham Palace has said, as he continues his treatment.\n\nThis, it was hoped, would keep the numbers high enough to win the vote.\n',
    )
    expect(doc.quotes.map((q) => [q.source?.text ?? null, q.cue?.text])).toEqual([
      ['Buckingham Palace', 'said'],
      // A passive names no source.
      [null, 'hoped'],
    ])
  })

  it('reads a plural after a preposition and a name as a noun ("above Wall Street estimates")', () => {
    const doc = parse(
      'Sales\n\nThe company forecast revenue above Wall Street estimates, betting that demand for its chips will keep growing.\n',
    )
    expect(doc.quotes.map((q) => q.cue?.text)).not.toContain('estimates')
  })

  it('reads a noun right before a finite reporting verb as its subject: "A news report said"', () => {
    const doc = parse('A news report said the minister used a personal email account.\n')
    expect(doc.quotes.map((q) => [q.text, q.cue?.text, q.source?.text])).toEqual([
      ['the minister used a personal email account', 'said', 'A news report'],
    ])
  })

  it('reads the main clause\'s report after a relative clause\'s: "X, who said A, said B"', () => {
    const doc = parse(
      'Talks\n\nJane Smith, who said she typically votes for the union, said one candidate she likes is John Roe.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.cue?.text, speakerName(doc, q)])).toEqual([
      ['she typically votes for the union', 'said', 'Jane Smith'],
      ['one candidate she likes is John Roe', 'said', 'Jane Smith'],
    ])
  })

  it('reads "X says A but argues that B" as two reports, each with its verb', () => {
    const doc = parse(
      'Talks\n\nJane Smith leads the talks.\n\nJane Smith says the talks were fair and open but argues that a new round must start in May.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.cue?.text, speakerName(doc, q)])).toEqual([
      ['the talks were fair and open', 'says', 'Jane Smith'],
      ['a new round must start in May', 'argues', 'Jane Smith'],
    ])
  })

  it('reads "X said A let B and C think that D" as one report: the infinitive is not a second', () => {
    const doc = parse(
      'Talks\n\nJane Smith said that in 1998, the mayor allowed her staff and the public to think that the talks had failed.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.cue?.text, speakerName(doc, q)])).toEqual([
      [
        'in 1998, the mayor allowed her staff and the public to think that the talks had failed',
        'said',
        'Jane Smith',
      ],
    ])
  })

  it('gives a second report joined by "while" its own subject', () => {
    const doc = parse(
      'Poll\n\nHalf of the voters said they liked the plan, while 9 percent found it to be a waste of money.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.cue?.text, q.source?.text])).toEqual([
      ['they liked the plan', 'said', 'Half of the voters'],
      ['it to be a waste of money', 'found', '9 percent'],
    ])
  })

  it.each([
    [
      'Jane Smith made it clear that the talks would go on until May.',
      'made it clear',
      'the talks would go on until May',
    ],
    [
      'Jane Smith has since said that the talks would go on until May.',
      'said',
      'the talks would go on until May',
    ],
    [
      'Jane Smith said her party would stay in the talks.',
      'said',
      'her party would stay in the talks',
    ],
    ['Jane Smith doesn’t think the talks will fail.', 'think', 'the talks will fail'],
    [
      'Jane Smith, however, said they believed the talks would go on.',
      'said',
      'they believed the talks would go on',
    ],
  ])('reads the report in %j', (sentence, cue, text) => {
    const doc = parse(`Talks\n\nJane Smith leads the talks.\n\n${sentence}\n`)
    const [report] = doc.quotes.filter((q) => q.kind === 'indirect')
    expect([report?.cue?.text, report?.text, speakerName(doc, report)]).toEqual([
      cue,
      text,
      'Jane Smith',
    ])
  })

  it('reads "A, said U.N. climate chief X, adding that B" as two reports of X, the title in the source', () => {
    const doc = parse(
      'Talks\n\nThe talks were a difficult journey, said U.N. climate chief Simon Stiell, adding that no country got everything it wanted.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.cue?.text, q.source?.text])).toEqual([
      ['The talks were a difficult journey', 'said', 'U.N. climate chief Simon Stiell'],
      ['no country got everything it wanted', 'adding', 'U.N. climate chief Simon Stiell'],
    ])
  })

  it('reads no report in the plural noun of figures after a verb that measures against it', () => {
    const doc = parse(
      "Tesla profit falls\n\nThe carmaker's net income fell 55% to $1.13 billion, missing Wall Street estimates, after price cuts failed to revive demand.\n",
    )
    expect(doc.quotes).toEqual([])
  })

  it('reads no stance in a participle that qualifies a noun ("a Democrat seeking a fourth term")', () => {
    const doc = parse(
      'Race\n\nSen. Jon Tester of Montana, a Democrat seeking a fourth term, was trailing early Wednesday.\n\n' +
        'Jon Tester, a Democrat seeking to keep his seat, said the race was close.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.cue?.text, q.source?.text])).toEqual([
      ['the race was close', 'said', 'Jon Tester'],
    ])
  })

  it('reads "A, X said at the time, adding that B" as two reports of X', () => {
    const doc = parse(
      'Talks\n\nJane Smith leads the talks.\n\nThe talks will take years to finish, Jane Smith said at the time, adding that a new round would start in May.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.cue?.text, speakerName(doc, q)])).toEqual([
      ['The talks will take years to finish', 'said', 'Jane Smith'],
      ['a new round would start in May', 'adding', 'Jane Smith'],
    ])
  })

  it('reads no report in a naming participle, and no source for a passive', () => {
    const doc = parse(
      'Talks\n\nThe points prowl around a shape called a strange attractor in the plane.\n\nJane Smith was told that the talks had failed in the night.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.cue?.text, q.source])).toEqual([
      ['the talks had failed in the night', 'told', null],
    ])
  })

  it('reads a speaker set off later in the sentence, not a verb inside what they say', () => {
    const doc = parse(
      'Recall\n\nDr Helen Marsh spoke to reporters. Further tests had confirmed the impurity at a single site, she said, and there was no evidence that other products were affected.\n\n' +
        'Christie said that was a natural part of the race, no different, he said, from any other.\n',
    )
    expect(
      doc.quotes.map((quote) => [quote.cue?.text, quote.source?.text, speakerName(doc, quote)]),
    ).toEqual([
      ['said', 'she', 'Helen Marsh'],
      ['said', 'Christie', 'Christie'],
    ])
  })

  it('reads no report in a passive that a negation or an adverbial follows, but one that names what', () => {
    const doc = parse(
      "Visit\n\nStoltenberg's Thursday trip to Ukraine was not announced ahead of time, in line with a policy.\n\n" +
        'The loss was felt most keenly by residents of the town.\n\n' +
        'Sanders was declared the winner by the networks.\n\n' +
        'He was told the plan had changed.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text, quote.source])).toEqual([
      ['the winner by the networks', 'declared', null],
      ['the plan had changed', 'told', null],
    ])
  })

  it('reads no report in a naming participle after a qualified noun, but a call for something', () => {
    const doc = parse(
      'Launch\n\nApple unveiled its lineup, including an ultra-thin model called the iPhone Air, as the company tries to revive demand.\n\n' +
        'Two older sisters joined a resistance movement called the Revolutionary Party.\n\n' +
        'Members of the transgender community called for his dismissal.\n\n' +
        'The union called for a strike.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['his dismissal', 'called for'],
      ['a strike', 'called for'],
    ])
  })

  it('reads a gathering or an outlet told as who heard, not what was said', () => {
    const doc = parse(
      'Ceasefire\n\nThe first phase would last six weeks, he told a news conference in Doha. The talks had stalled, she told state television.\n',
    )
    expect(doc.quotes.map((quote) => quote.text)).toEqual([
      'The first phase would last six weeks',
      'The talks had stalled',
    ])
  })

  it('reads "think tank" as a noun, in the source too', () => {
    const doc = parse(
      'Budget\n\nThe Institute for Fiscal Studies (IFS) think tank has warned that the government faces a black hole.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text, quote.source?.text])).toEqual([
      ['the government faces a black hole', 'warned', 'think tank'],
    ])
  })

  it('leaves "first" between a source and its verb out of the source', () => {
    const doc = parse(
      'Talks\n\nThe Tennessean first reported that Gore would skip the convention.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual(['The Tennessean'])
  })

  it('leaves the "as" of a comparison out of a final source', () => {
    const doc = parse(
      'Rates\n\nThe first cut would come in June, as many investors expect. Rates will fall next year, as economists predicted.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual(['many investors', 'economists'])
  })

  it('reads "X said A, adding that B" as two reports of one speaker', () => {
    const doc = parse(
      'Talks\n\nJane Smith leads the talks.\n\nJane Smith said the talks had failed, adding that a new round would start in May.\n',
    )
    const reported = doc.quotes.filter((q) => q.kind === 'indirect')
    expect(reported.map((q) => [q.text, q.cue?.text, speakerName(doc, q)])).toEqual([
      ['the talks had failed', 'said', 'Jane Smith'],
      ['a new round would start in May', 'adding', 'Jane Smith'],
    ])
  })

  it('reads "X said A and that B" as one report of both clauses, not of B alone', () => {
    const reported = (text: string) =>
      parse(`Talks\n\n${text}\n`)
        .quotes.filter((q) => q.kind === 'indirect')
        .map((q) => q.text)
    expect(
      reported('A spokeswoman said the door remained open and that officials would call.'),
    ).toEqual(['the door remained open and that officials would call'])
    expect(
      reported('Chalmers said the budget was responsible, but that spending would slow.'),
    ).toEqual(['the budget was responsible, but that spending would slow'])
    // (Times before the "that" are no clause: "said Monday and Tuesday that".)
    expect(reported('Smith said Monday and Tuesday that costs would rise.')).toEqual([
      'costs would rise',
    ])
  })
})

describe('attribution rules, against the inputs they must not misread', () => {
  const speakers = (text: string) => {
    const doc = parse(`News\n\n${text}\n`)
    return doc.quotes.map((q) => [q.source?.text ?? null, speakerName(doc, q)])
  }

  it.each([
    [
      'Attorney General Loretta Lynch spoke.\n\nMichael Flynn, a retired general, spoke too.\n\nThe general said it was "a witch hunt."',
      'Michael Flynn',
    ],
    [
      'Senate Minority Leader Harry Reid spoke.\n\nMitch McConnell spoke too.\n\nThe majority leader said it was "dead."',
      'Mitch McConnell',
    ],
    [
      'Federal Reserve Chairman Janet Yellen testified.\n\nTom Brown spoke.\n\n"Rates will rise slowly," the chairman said.',
      'Janet Yellen',
    ],
    [
      'Ted Cruz spoke.\n\nJohn Kerry spoke too.\n\n"We will win," Senator from Texas said.',
      'John Kerry',
    ],
    [
      'Sen. Ted Cruz spoke.\n\nJohn Kerry spoke too.\n\n"We will win," the senator said.',
      'Ted Cruz',
    ],
  ])('gives a definite role the person it fits: %j', (text, name) => {
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([name])
  })

  it.each([
    [
      'President Barack Obama and Michelle Obama visited.\n\nThe president and first lady said they were "moved."',
    ],
    ['Chris Christie spoke.\n\nThe governor and mayor said it was "done."'],
  ])('gives two people joined by "and" no one speaker: %j', (text) => {
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([null])
  })

  it.each([
    ['Trump told reporters about his friend Roger Stone: "He is a good man."', 'Trump'],
    ['"We lost the vote?" So, the senator said, we must fight on.', 'the senator'],
    ['WASHINGTON - Sen. Ted Cruz weighed in, calling it "a shame."', 'Sen. Ted Cruz'],
    [
      '"She became more determined," explained CBS moderator Nancy Cordes: "Why now?"',
      'CBS moderator Nancy Cordes',
    ],
  ])('reads the source of %j', (text, source) => {
    expect(speakers(text)[0]?.[0]).toBe(source)
  })

  it('keeps a quote going on when the paragraph before attributed it to a pronoun', () => {
    const doc = parse(
      'Town\n\nJane Smith spoke. "We will win," she said. "We will fight for the town.\n\n"We will never give up," Smith added.\n',
    )
    expect(direct(doc).map((q) => q.text)).toEqual([
      'We will win,',
      'We will fight for the town. We will never give up,',
    ])
  })

  it.each([
    ['Beijing said on Monday that the tariffs were unfair.', 'Beijing', 'the tariffs were unfair'],
    [
      'In a long and angry letter, Senate Majority Leader Mitch McConnell said on Tuesday that the bill was dead.',
      'Senate Majority Leader Mitch McConnell',
      'the bill was dead',
    ],
    [
      'He hoped, he said, that the paper would shy away from it.',
      'he',
      'He hoped, he said, that the paper would shy away from it',
    ],
    ['Like President Obama, I believe in the good sense of the American people.', null, null],
    [
      'A 2014 study that appeared in the British Medical Journal found that supplements do not work.',
      'the British Medical Journal',
      'supplements do not work',
    ],
  ])('reads the report of %j', (text, source, content) => {
    const doc = parse(`News\n\n${text}\n`)
    const [report] = doc.quotes.filter((q) => q.kind === 'indirect')
    expect([report?.source?.text ?? null, report?.text ?? null]).toEqual([source, content])
  })

  it('reads no quote from a stray closing mark that opens a paragraph', () => {
    const doc = parse('Party\n\n” Smith said on Tuesday that the party would recover.\n')
    expect(direct(doc)).toEqual([])
  })
})

describe('"it" that speaks after an organisation told something', () => {
  it('is not the organisation told ("told Reuters")', () => {
    const doc = parse(
      'Talks\n\nHamas official Sami Abu Zuhri told Reuters the talks had failed.\n\nIn a statement issued late on Monday, it said the offer was "unacceptable".\n',
    )
    const quote = doc.quotes.find((found) => found.source?.text === 'it')
    expect(speakerName(doc, quote)).toBe('Hamas')
  })
})

describe('a pronoun that attributes a quotation', () => {
  it('never stands for a person named inside that quotation', () => {
    const doc = parse(
      'Talks\n\nSenator Jane Smith spoke on Friday in Ohio.\n\n"I met Obama in Chicago," she said.\n\nGovernor Chris Christie, a Dallas Cowboys fan, gave a one-word answer. "Denver," he answered.\n',
    )
    expect(direct(doc).map((quote) => speakerName(doc, quote))).toEqual([
      'Jane Smith',
      'Chris Christie',
    ])
  })
})

describe('a pronoun after a paragraph whose subject is set off by commas', () => {
  it('stands for that subject, though a long clause with a comma follows its verb', () => {
    const doc = parse(
      'Shipwreck\n\nIn Tripoli, a spokesman for the coast guard, Col. Masoud Abdel Samad, said his forces had intercepted 1,200 people. He blamed "criminal networks" and said Libya needed more boats.\n\n' +
        'The mayor of Lampedusa, Filippo Mannino, said the morgue was full and that some bodies would be moved to Agrigento, in Sicily. "This island has always welcomed everyone," he said.\n',
    )
    expect(direct(doc).map((quote) => speakerName(doc, quote))).toEqual([
      'Masoud Abdel Samad',
      'Filippo Mannino',
    ])
  })
})

describe('a source of a body named after what the body is', () => {
  it('is the person, not the body ("Tobias Brenner of oil broker PVM")', () => {
    const doc = parse(
      'Oil\n\n"The market is nervous," said Tobias Brenner of oil broker PVM. "Nobody is buying," said Jane Roe of the bank.\n',
    )
    expect(doc.quotes.map((quote) => speakerName(doc, quote))).toEqual([
      'Tobias Brenner',
      'Jane Roe',
    ])
  })

  it('is the person past where the body is based ("Vivek Halappa of the Bengaluru-based Deccan Policy Forum")', () => {
    const doc = parse(
      'Count\n\nBENGALURU, May 13 (Reuters) - Political analyst Vivek Halappa of the Bengaluru-based Deccan Policy Forum said the party had tapped into anger over drought.\n',
    )
    expect(doc.quotes.map((quote) => speakerName(doc, quote))).toEqual(['Vivek Halappa'])
  })
})

describe('a source set off by commas after a description', () => {
  it('is the name, past a role in lower case before it and a body’s short name in parentheses', () => {
    const speakers = (text: string): (string | null)[] => {
      const doc = parse(`Talks\n\n${text}\n`)
      return doc.quotes.map((quote) => speakerName(doc, quote))
    }
    expect(
      speakers("Hayes' attorney, public defender Monica Reyes, said the case was weak."),
    ).toEqual(['Monica Reyes'])
    expect(
      speakers('Simon Stiell, the head of the United Nations (UN), said a deal was close.'),
    ).toEqual(['Simon Stiell'])
    expect(speakers('Gov. John Kasich (R-OH), said a deal was close.')).toEqual(['John Kasich'])
    expect(
      speakers(
        'Dr. Mei-Ling Chao, a co-author at the California Institute of Technology (Caltech), said the hot spots matched the models.',
      ),
    ).toEqual(['Mei-Ling Chao'])
    // A title's qualifier in lower case before it: "state Sen.", "former Gov.".
    expect(
      speakers(
        'His daughter, state Sen. Catherine Haskins-Reilly, said the cause was heart failure.',
      ),
    ).toEqual(['Catherine Haskins-Reilly'])
    // A nationality before the role: "Kenyan diplomat", "European diplomat".
    expect(
      speakers("The bloc's envoy, European diplomat Anna Berg, said the text was weak."),
    ).toEqual(['Anna Berg'])
    expect(
      speakers(
        "The group's spokesman, Kenyan diplomat Otieno Wambua, warned that the draft was weak. Its chair, Ethiopian negotiator Dawit Mekonnen, said the text was a step back.",
      ),
    ).toEqual(['Otieno Wambua', 'Dawit Mekonnen'])
    // After a role of two nouns and before a colon that opens the quote.
    const doc = parse(
      'Budget\n\nNAB\'s chief economist, Oliver Haddad, was more blunt: "Deficits are hard to justify." The party\'s chief strategist, Tom Hale, was more direct: "We lost."\n',
    )
    expect(
      doc.quotes.map((quote) => [speakerName(doc, quote), quote.source?.text, quote.cue?.text]),
    ).toEqual([
      ['Oliver Haddad', 'Oliver Haddad', 'was more blunt:'],
      ['Tom Hale', 'Tom Hale', 'was more direct:'],
    ])
    // Not a name inside a clause about the noun before the commas.
    const source = (text: string): string | undefined =>
      parse(`Talks\n\n${text}\n`).quotes[0]?.source?.text
    expect(source('The lawsuit, filed by attorney Gloria Allred, says the firm lied.')).toBe(
      'The lawsuit',
    )
    expect(source('The group, which includes actor Tom Hanks, said it would sue.')).toBe(
      'The group',
    )
    expect(
      source('The Chiefs, without quarterback Patrick Mahomes, said they would compete.'),
    ).toBe('The Chiefs')
  })
})

describe('a quote that follows a pronoun’s "told reporters"', () => {
  it('has that speaker, whom its "She" does not stand for', () => {
    const doc = parse(
      'Verdict\n\nRosa Fuentes wept in court. "My daughter spent her life helping others," she told reporters. "She deserved a wedding."\n',
    )
    expect(direct(doc).map((quote) => speakerName(doc, quote))).toEqual([
      'Rosa Fuentes',
      'Rosa Fuentes',
    ])
    const rosa = doc.entities.find((entity) => entity.name === 'Rosa Fuentes')
    expect(rosa?.mentions.map((mention) => mention.text)).not.toContain('She')
  })
})

describe('a person’s nominal that opens a sentence', () => {
  it('stands out for the pronoun that speaks after it, as a name there does', () => {
    const doc = parse(
      "Villa win\n\nArsenal manager Mikel Arteta watched. Emiliano Martínez saved again. The Arsenal manager was unhappy. 'It was one pass,' he said.\n",
    )
    expect(direct(doc).map((quote) => speakerName(doc, quote))).toEqual(['Mikel Arteta'])
  })
})

describe('a final attribution linked to its clause', () => {
  it('leaves the linking word out of the source: "which", "as", "something"', () => {
    const doc = parse(
      'Talks\n\nHis wife has faced allegations of influence peddling, which the presidential office denies. Prices will rise next year, as the company said on Monday. Prices will fall, something the minister denied.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual([
      'the presidential office',
      'the company',
      'the minister',
    ])
  })
})

describe('a title of a work in Title Case', () => {
  it('is a title after its maker and "of", one word though it be', () => {
    const doc = parse(
      'Court\n\nThe judge said Apple had "willfully chose not to comply" in the case brought by Epic Games, the maker of "Fortnite."\n',
    )
    expect(rolesIn(doc)).toEqual(['partial', 'title'])
  })

  it('is a title after "such as", and with a word that opens with an apostrophe', () => {
    const doc = parse(
      'Review\n\nAt its best, on songs such as "Texas Hold Them," which reached No. 1, it is joyous, and Giddens, who plays banjo on "Texas Hold \'Em," told NPR it was "a way in" for listeners.\n',
    )
    expect(rolesIn(doc)).toEqual(['title', 'title', 'partial'])
    expect(doc.quotes.map((quote) => quote.text)).toEqual(['a way in'])
  })
})

describe('a title or a nickname inside what someone reported', () => {
  it('is set off, after a verb whose object is a work or words that give a name', () => {
    const roles = (text: string) => rolesIn(parse(`Festival\n\n${text}\n`))
    expect(
      roles(
        'Neon president Elise Warner said the company planned to release "The Salt Harvest" in November.',
      ),
    ).toEqual(['title'])
    expect(roles('Known to everyone as "Buck", Haskins was first elected in 1976.')).toEqual([
      'nickname',
    ])
  })

  it('leaves the report whole, the title in it', () => {
    const doc = parse(
      'Festival\n\nNeon president Elise Warner said the company planned to release "The Salt Harvest" in November.\n',
    )
    expect(doc.quotes.map((quote) => [quote.kind, speakerName(doc, quote), quote.text])).toEqual([
      ['indirect', 'Elise Warner', 'the company planned to release "The Salt Harvest" in November'],
    ])
  })
})

describe('a relative clause after a comma, and a reduced one after a noun', () => {
  it('is no report, and its noun is no source', () => {
    const doc = parse(
      'Gas\n\nThe law bans imports of Russian gas, a move the bloc says will end its dependence on Moscow. The deal still needs formal approval from the parliament, which is expected in January.\n',
    )
    expect(doc.quotes.map((quote) => [quote.cue?.text, quote.source?.text])).toEqual([
      ['says', 'the bloc'],
    ])
  })
})

describe('the rules of this session, on what they must leave alone', () => {
  it('keeps a subject that speaks before a reduced relative clause, and examples that are no works', () => {
    const hired = parse(
      'Talks\n\nA spokesman the company hired last year said the talks had failed.\n',
    )
    expect(hired.quotes[0]?.source?.text).toBe('A spokesman the company hired')
    const phrases = parse('Speech\n\nHe used phrases such as "Fake News" in his speeches.\n')
    expect(rolesIn(phrases)).toEqual(['partial'])
  })
})

describe('a body’s name set off after a clause, before its verb', () => {
  it('is the source however many words it has, and a phrase after "said," is none of the content', () => {
    const doc = parse(
      'ICE\n\nFederal agents arrested more than 400 people in Chicago, the Department of Homeland Security said Tuesday, as the crackdown widened.\n\nAt least two people have died, the Los Angeles County Sheriff’s Department said, without giving details.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.source?.text])).toEqual([
      [
        'Federal agents arrested more than 400 people in Chicago',
        'the Department of Homeland Security',
      ],
      ['At least two people have died', 'the Los Angeles County Sheriff’s Department'],
    ])
  })
})

describe('an unnamed witness', () => {
  it('is a person of their own: "a neighbour", "a bystander"', () => {
    const doc = parse(
      'Crime\n\nA neighbour, who did not want to be named, told the BBC she had heard shouting in the early hours.\n',
    )
    expect(speakerName(doc, doc.quotes[0])).toBe('neighbour')
  })

  it('speaks the quotation that a pronoun attributes right after their report', () => {
    const doc = parse(
      'Crime\n\nPolice said Amira Hussain, 29, was found dead at the scene.\n\nA neighbour, who did not want to be named, told the BBC she had heard shouting in the early hours. "It was terrifying. I called 999 straight away," she said.\n',
    )
    const quote = doc.quotes.find((candidate) => candidate.kind === 'direct')
    expect(speakerName(doc, quote)).toBe('neighbour')
  })
})

describe('a relative clause that ends in a place and its region', () => {
  it('is set off before the verb: the source is the name before it', () => {
    const doc = parse(
      'Vote\n\nNDP leader Jagmeet Singh, who lost his seat in Burnaby, British Columbia, said he would step down.\n',
    )
    expect(doc.quotes[0]?.source?.text).toBe('NDP leader Jagmeet Singh')
    expect(speakerName(doc, doc.quotes[0])).toBe('Jagmeet Singh')
  })
})

describe('a relative clause after a name whose title a lower-case word dates', () => {
  it('leaves the source the name, not a place in the phrase that opens the sentence', () => {
    const doc = parse(
      'Region\n\nIn Bolivia, former President Luis Arce, who left office last month, warned that the region was in crisis.\n',
    )
    expect(doc.quotes[0]?.source?.text).toBe('former President Luis Arce')
    expect(speakerName(doc, doc.quotes[0])).toBe('Luis Arce')
  })
})

describe('the later rules of this session, on what they must leave alone', () => {
  it('keeps a phrase after "X said," that is part of what was said', () => {
    const doc = parse('Plans\n\nThe new factory will open, he said, in the spring of next year.\n')
    expect(doc.quotes[0]?.text).toBe(
      'The new factory will open, he said, in the spring of next year',
    )
  })

  it('reads no clause of its own after ", and" as a source set off', () => {
    const doc = parse(
      'Senate\n\nThe bill passed the House on Friday, and Senate Majority Leader John Thune said, in a statement, that the Senate would take it up next week.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual([
      'Senate Majority Leader John Thune',
    ])
  })

  it('takes the subject before a relative clause that follows a place and its region', () => {
    const doc = parse(
      'Clinic\n\nSheila Jones, a nurse from Dayton, Ohio, who now lives in Austin, Texas, said the clinic had closed.\n',
    )
    expect(doc.quotes[0]?.source?.text).toBe('Sheila Jones')
  })

  it('leaves a pronoun with a person who reported near a witness', () => {
    const doc = parse(
      'Shooting\n\nPolice Chief John Miller said officers arrived within minutes. A witness said the gunman fired at least ten shots. "We are still investigating the motive," he said.\n',
    )
    const quote = doc.quotes.find((candidate) => candidate.kind === 'direct')
    expect(speakerName(doc, quote)).toBe('John Miller')
  })
})

describe('the agency of a dateline', () => {
  it('is never the "it" that says something in the story', () => {
    const doc = parse(
      'Strike\n\nKYIV, Ukraine (Reuters) - Russia launched 440 drones at Ukraine overnight.\n\nAir defence units shot down 405 drones, it said.\n',
    )
    const report = doc.quotes.find((quote) => quote.source?.text === 'it')
    expect(report).toBeDefined()
    expect(speakerName(doc, report)).toBeNull()
  })
})

describe('reported speech in the progressive', () => {
  const reported = (text: string) =>
    parse(`Campaign notes\n\n${text}\n`)
      .quotes.filter((q) => q.kind === 'indirect')
      .map((q) => [q.cue?.text, q.source?.text, q.text])

  it.each([
    [
      'The Florida senator is predicting that he will win the nomination after the primary.',
      ['is predicting', 'The Florida senator', 'he will win the nomination after the primary'],
    ],
    [
      'Puerto Rico has been warning that it is running out of cash.',
      ['has been warning', 'Puerto Rico', 'it is running out of cash'],
    ],
    [
      'Sanders is suggesting he beat expectations because he started far behind.',
      ['is suggesting', 'Sanders', 'he beat expectations because he started far behind'],
    ],
    [
      'The governor is now telling reporters that the bill will pass.',
      ['is now telling', 'The governor', 'the bill will pass'],
    ],
  ])('reads %j', (text, report) => {
    expect(reported(text)).toEqual([report])
  })

  it.each([
    'The company is adding 500 jobs in Ohio this year.',
    'A group of conservative leaders is calling a meeting to discuss their options.',
    'There have already been telling responses that could resound in the campaign.',
    'Fields was telling the truth about what happened at the rally.',
  ])('reads no report in %j, whose participle takes an object', (text) => {
    expect(reported(text)).toEqual([])
  })
})

describe('a verb inside an aside before the report', () => {
  const reported = (text: string) =>
    parse(`Campaign notes\n\n${text}\n`)
      .quotes.filter((q) => q.kind === 'indirect')
      .map((q) => [q.cue?.text, q.source?.text, q.text])

  it('reads the verb after the aside: "X, citing Y, said CLAUSE"', () => {
    expect(
      reported(
        'Mr. Manafort, citing the unique appeal of his candidate, said the race could be close in Pennsylvania.',
      ),
    ).toEqual([['said', 'Mr. Manafort', 'the race could be close in Pennsylvania']])
  })

  it('keeps a relative clause’s own report and an attribution set off inside the sentence', () => {
    expect(
      reported(
        'Podesta, who said the project was vetted by his counsel, said he was unaware of any disagreement.',
      ),
    ).toEqual([
      ['said', 'Podesta', 'the project was vetted by his counsel'],
      ['said', 'Podesta', 'he was unaware of any disagreement'],
    ])
    expect(
      reported(
        'Bringing the show back now, he said, feels particularly appropriate this year.',
      ).map(([cue, source]) => [cue, source]),
    ).toEqual([['said', 'he']])
  })
})

describe('a report before the clause that holds a quotation', () => {
  const reported = (text: string) =>
    parse(`Campaign notes\n\n${text}\n`)
      .quotes.filter((q) => q.kind === 'indirect')
      .map((q) => [q.cue?.text, q.text])

  it.each([
    [
      'DeSantis said he has supported legislation that would curb the regional accreditation bodies, which he called “a cartel for higher education.”',
      ['said', 'he has supported legislation that would curb the regional accreditation bodies'],
    ],
    [
      "Some Democrats said they feared a repeat of the searing speech at the 1992 convention, when Mr. Buchanan called for a ''cultural war.''",
      ['said', 'they feared a repeat of the searing speech at the 1992 convention'],
    ],
    [
      'The researcher added that the group often gains access through stolen passwords, a weakness she called "the unlocked back door of American healthcare."',
      ['added', 'the group often gains access through stolen passwords'],
    ],
  ])('reads %j up to that clause', (text, report) => {
    expect(reported(text)).toEqual([report])
  })

  it.each([
    'He said that the plan, which critics called “reckless,” would pass.',
    'Since 2008 she has often told his team — jokingly but with an edge — that “I only lost one debate.”',
    'He said the company, a "bad actor" in the market, would pay.',
  ])('reads no report in %j, where the quotation completes the clause', (text) => {
    expect(reported(text)).toEqual([])
  })
})

describe('an attribution set off inside the sentence', () => {
  const reported = (text: string) => {
    const doc = parse(`Campaign notes\n\n${text}\n`)
    return doc.quotes
      .filter((q) => q.kind === 'indirect')
      .map((q) => [q.cue?.text, q.source?.text, speakerName(doc, q)])
  }

  it.each([
    [
      'The economy, Jane Smith said on Monday, is growing faster than anyone expected.',
      ['said', 'Jane Smith', 'Jane Smith'],
    ],
    ['The solution, the partner told them, was simple.', ['told', 'the partner', null]],
    [
      'At times last year, people close to the vice president said, the mere mention of her name could make him fume.',
      ['said', 'people close to the vice president', null],
    ],
  ])('reads %j', (text, report) => {
    expect(reported(text)).toEqual([report])
  })

  it('gives a group qualified by a person no speaker, and a placed executive the person', () => {
    expect(
      reported(
        'Joe Biden spoke on Monday. The world waits for his choice, people close to Biden say.',
      ),
    ).toEqual([['say', 'people close to Biden', null]])
    expect(
      reported(
        'Carly Fiorina spoke in Iowa on Monday. The former CEO of Hewlett-Packard said voters like her plan.',
      ),
    ).toEqual([['said', 'The former CEO of Hewlett-Packard', 'Carly Fiorina']])
  })
})

describe('"that" after a preposition, a determiner', () => {
  const reported = (text: string) =>
    parse(`Court notes\n\n${text}\n`)
      .quotes.filter((q) => q.kind === 'indirect')
      .map((q) => q.text)

  it.each([
    [
      'Judge Sullivan said the group could come back later with that request.',
      'the group could come back later with that request',
    ],
    [
      'The FBI concluded in that case that the staff had been careless with the emails.',
      'the staff had been careless with the emails',
    ],
  ])('reads the clause of %j', (text, content) => {
    expect(reported(text)).toEqual([content])
  })
})

describe('sources that qualify a group or a text by a body', () => {
  const speakers = (text: string) => {
    const doc = parse(`Markets\n\n${text}\n`)
    return doc.quotes.map((q) => [q.source?.text, speakerName(doc, q)])
  }

  it('gives "economists polled by Reuters" and "a study published Wednesday in The Lancet" no speaker', () => {
    expect(
      speakers(
        'The bank left its deposit rate at 2%, as economists polled by Reuters had expected.',
      ),
    ).toEqual([['economists polled by Reuters', null]])
    expect(
      speakers(
        'People who walk 7,000 steps a day live longer, according to a study published Wednesday in The Lancet.',
      ),
    ).toEqual([['a study published Wednesday in The Lancet', null]])
  })
})

describe('"the statement" that speaks', () => {
  it('is who the document said gave a statement, in its paragraph or the one before', () => {
    const doc = parse(
      'Breach\n\nNorthway Retail Group Inc. runs 410 stores. In a statement posted to its website, Northway said an intruder gained access.\n\n"We deeply regret that this incident occurred," the statement said.\n\nHe did not use it for secrets, Powell\'s office said in a statement. The statement added that Powell used another computer.\n',
    )
    expect(doc.quotes.map((q) => [q.source?.text, speakerName(doc, q)])).toEqual([
      ['Northway', 'Northway Retail Group Inc.'],
      ['the statement', 'Northway Retail Group Inc.'],
      ["Powell's office", 'Powell'],
      ['The statement', 'Powell'],
    ])
  })
})

describe('a name after "which", the subject of its clause', () => {
  it('attributes the quotation of the clause to the name', () => {
    const doc = parse(
      'ECB holds\n\nChristine Lagarde spoke on Thursday. The staff will publish projections in December, which Lagarde said would give policymakers “a much better picture” of the economy.\n',
    )
    expect(doc.quotes.map((q) => [q.text, q.source?.text, speakerName(doc, q)])).toEqual([
      ['a much better picture', 'Lagarde', 'Christine Lagarde'],
    ])
  })

  it('takes any subject between a "which" set off by a comma and the verb, not what "which" stands for', () => {
    const doc = parse(
      'Trial\n\nThe Federal Trade Commission is pursuing a case against Halcyon over its 2021 acquisition of the start-up Quillstone, which the agency says was intended to neutralize an emerging threat. He bought a rival, which officials say was worth $2 billion.\n',
    )
    expect(doc.quotes.map((q) => [q.source?.text, speakerName(doc, q)])).toEqual([
      ['the agency', 'Federal Trade Commission'],
      ['officials', null],
    ])
  })
})

describe('the rules of this session, on inputs a review found them misreading', () => {
  const reported = (text: string) =>
    parse(`Notes\n\n${text}\n`)
      .quotes.filter((q) => q.kind === 'indirect')
      .map((q) => [q.cue?.text, q.text])

  it.each([
    'The Yankees are adding that pitcher to their rotation for the playoffs.',
    'The senator is repeating that line at every campaign stop.',
    'The candidate was telling jokes that fell flat with the crowd.',
  ])('reads no report in %j', (text) => {
    expect(reported(text)).toEqual([])
  })

  it.each([
    [
      'Economists are predicting that kind of growth will not last.',
      ['are predicting', 'that kind of growth will not last'],
    ],
    ['The governor said that was a mistake.', ['said', 'that was a mistake']],
    [
      'Officials have not been saying that the plant will close.',
      ['have not been saying', 'the plant will close'],
    ],
    ['Critics are saying this is a power grab.', ['are saying', 'this is a power grab']],
    [
      'Officials were still saying on Monday that the bridge was safe.',
      ['were still saying', 'the bridge was safe'],
    ],
    ['He warned early on that the plan would fail.', ['warned', 'the plan would fail']],
    [
      'Jones, arguing that the law was unconstitutional, wrote to the court on Friday.',
      ['arguing', 'the law was unconstitutional'],
    ],
    ['Jones, saying the vote was rigged, refused to concede.', ['saying', 'the vote was rigged']],
    [
      'Jones, Brown and Smith said on Monday, in a joint statement, that the merger was off.',
      ['said', 'the merger was off'],
    ],
    [
      'The economy, Smith told The Associated Press, is growing faster than expected.',
      ['told', 'The economy, Smith told The Associated Press, is growing faster than expected'],
    ],
    [
      "Some Democrats said they feared a repeat of the 1992 convention, when Mr. Buchanan, who had lost, called for a ''cultural war.''",
      ['said', 'they feared a repeat of the 1992 convention'],
    ],
  ])('reads %j', (text, report) => {
    expect(reported(text)).toEqual([report])
  })

  it('keeps a clause closed before the quotation whole, the quotation’s predicate apart', () => {
    expect(
      reported(
        'Smith said the aging coal plant outside Pittsburgh, which employs 300 people, would close in June and called the decision "painful."',
      ),
    ).toEqual([
      [
        'said',
        'the aging coal plant outside Pittsburgh, which employs 300 people, would close in June',
      ],
    ])
  })
})

describe('a final attribution with a long phrase of what it was said in', () => {
  it('reads "CLAUSE, the ministry said in a statement carried by the state news agency SPA."', () => {
    const doc = parse(
      'Oil\n\nSaudi Arabia will keep its voluntary cut until the end of March, the kingdom’s energy ministry said in a statement carried by the state news agency SPA.\n',
    )
    expect(doc.quotes.map((q) => [q.cue?.text, q.source?.text, q.text])).toEqual([
      [
        'said',
        'the kingdom’s energy ministry',
        'Saudi Arabia will keep its voluntary cut until the end of March',
      ],
    ])
  })
})

describe('a long final attribution, on what a review found it misreading', () => {
  it('leaves an opening phrase before "X said in an interview that ..." out of the report', () => {
    const doc = parse(
      'Notes\n\nLate on Friday, Smith said in an interview with the BBC that he would not resign.\n',
    )
    expect(doc.quotes.map((q) => [q.cue?.text, q.text])).toEqual([['said', 'he would not resign']])
  })
})

describe('a counted subject of the reported clause with a part set off or a list', () => {
  it('is read through to its verb', () => {
    const doc = parse(
      'Toll\n\nGaza health authorities said at least 84 Palestinians, including 23 children, were killed. The coast guard said more than 3,500 passengers, drivers and cargo helpers were stranded.\n',
    )
    expect(doc.quotes.map((quote) => quote.text)).toEqual([
      'at least 84 Palestinians, including 23 children, were killed',
      'more than 3,500 passengers, drivers and cargo helpers were stranded',
    ])
  })
})

describe('a quantity of several words opening the reported clause', () => {
  it.each([
    [
      'The union said at least 23 people were shot dead by police on Tuesday, and the commission said it had recorded 39 deaths.',
      [
        ['said', 'at least 23 people were shot dead by police on Tuesday'],
        ['said', 'it had recorded 39 deaths'],
      ],
    ],
    [
      'Forecasters said up to 80 mm of rain could fall overnight.',
      [['said', 'up to 80 mm of rain could fall overnight']],
    ],
    [
      'The poll said as many as 40 percent of voters were undecided.',
      [['said', 'as many as 40 percent of voters were undecided']],
    ],
  ])('reads %j', (text, reports) => {
    const doc = parse(`Notes\n\n${text}\n`)
    expect(doc.quotes.map((q) => [q.cue?.text, q.text])).toEqual(reports)
  })

  it.each(['She said at least she tried.', 'He said as much to reporters on Monday.'])(
    'reads no clause in %j',
    (text) => {
      expect(parse(`Notes\n\n${text}\n`).quotes).toEqual([])
    },
  )
})

describe('a source described by where it is based', () => {
  it('reads "the Round Rock, Texas-based computer maker" whole, and gives it to the company', () => {
    const doc = parse(
      'Dell\n\nDell said it would appeal the ruling.\n\n"We will appeal," the Round Rock, Texas-based computer maker said.\n',
    )
    const quote = doc.quotes.find((q) => q.kind === 'direct')
    expect(quote?.source?.text).toBe('the Round Rock, Texas-based computer maker')
    expect(speakerName(doc, quote)).toBe('Dell')
  })
})

describe('a final attribution before a closing phrase, and a verb that is no source', () => {
  it('reads "CLAUSE, X said on Wednesday, after 15 months of war ..."', () => {
    const doc = parse(
      'Truce\n\nIsrael and Hamas have agreed to a ceasefire in Gaza and the release of hostages, Qatar’s prime minister said on Wednesday, after 15 months of war that has killed tens of thousands.\n',
    )
    expect(doc.quotes.map((q) => [q.cue?.text, q.source?.text, q.text])).toEqual([
      [
        'said',
        'Qatar’s prime minister',
        'Israel and Hamas have agreed to a ceasefire in Gaza and the release of hostages',
      ],
    ])
  })

  it('reads no report in "X, which builds Orion, referred questions to NASA"', () => {
    expect(
      parse('Space\n\nLockheed Martin, which builds Orion, referred questions to NASA.\n').quotes,
    ).toEqual([])
  })
})

describe('two names that are one subject, inside a report or after its conjunction', () => {
  it('reads "Hill and Whitfield knew each other" as part of the report, not a report of its own', () => {
    const doc = parse(
      'Crime\n\nBryant said detectives believe Hill and Whitfield knew each other, but she declined to say how.\n',
    )
    expect(doc.quotes.map((q) => q.cue?.text)).toEqual(['said'])
  })

  it('gives a second report both names before its verb', () => {
    const doc = parse(
      'Senate\n\nAyotte’s campaign said she would back the nominee, while Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested they would only offer conditional support.\n',
    )
    expect(doc.quotes.map((q) => [q.cue?.text, q.source?.text])).toEqual([
      ['said', 'Ayotte’s campaign'],
      ['suggested', 'Maine Sen. Susan Collins and Texas Rep. Louis Gohmert'],
    ])
  })
})

describe('a verb in a relative clause set off after the subject', () => {
  it('gives a partial quote the main verb, not the relative clause’s', () => {
    const doc = parse(
      'Fed\n\nDonald Trump, who has criticized the Fed in the past, told reporters the cut showed the economy was "very bad."\n',
    )
    const partial = doc.quotes.find((q) => q.kind === 'partial')
    expect([partial?.cue?.text, partial?.source?.text]).toEqual(['told', 'Donald Trump'])
  })
})

describe('a name after the noun a reduced relative clause qualifies', () => {
  it('reads "a decision Fed Chair Jerome Powell said was ..." for Powell', () => {
    const doc = parse(
      'Fed\n\nThe Federal Reserve cut rates on Wednesday, a decision Fed Chair Jerome Powell said was meant to show resolve.\n',
    )
    expect(doc.quotes.map((q) => q.source?.text)).toEqual(['Fed Chair Jerome Powell'])
  })

  it('keeps an adjective before a title: "the presumptive Republican nominee"', () => {
    const doc = parse(
      'Race\n\nThe judge should resign, the presumptive Republican nominee said on Twitter.\n',
    )
    expect(doc.quotes.map((q) => q.source?.text)).toContain('the presumptive Republican nominee')
  })
})

describe('a player described by position', () => {
  it('gives "the 25-year-old forward" to the player the text names', () => {
    const doc = parse(
      'Transfer\n\nKylian Mbappe will join Real Madrid. The 25-year-old forward had announced last month that he would leave.\n',
    )
    expect(speakerName(doc, doc.quotes[0])).toBe('Kylian Mbappe')
  })

  it('keeps "forwards" a verb of its subject: "Sullivan forwards an article"', () => {
    const doc = parse(
      'Emails\n\nJake Sullivan forwards an article that included the line “Ever since President Obama announced a pivot to Asia, the region has changed.”\n',
    )
    expect(doc.quotes[0]?.cue?.text).toBe('forwards')
  })
})

describe('the quote rules of this session, on inputs a review found them misreading', () => {
  it.each([
    'Police told at least 20 residents they had to leave their homes.',
    'Investigators questioned at least 12 people who were at the scene.',
    'Washington warned at least 30 countries they could face sanctions.',
  ])('reads no quantity opening a clause after a verb with an object: %j', (text) => {
    const doc = parse(`Notes\n\n${text}\n`)
    expect(doc.quotes.every((q) => !q.text.startsWith('at least'))).toBe(true)
  })

  it('ends a named report before the final attribution of the sentence', () => {
    const doc = parse(
      'Fire\n\nHospitals said at least 50 people were treated for smoke inhalation, the ministry said.\n',
    )
    expect(doc.quotes.map((q) => q.text)).toEqual([
      'at least 50 people were treated for smoke inhalation',
    ])
  })

  it('gives "the company" after a quotation naming it to that company, not a regulator', () => {
    const doc = parse(
      'Regulator\n\nRegulators at the Federal Aviation Administration ordered inspections of 171 jets on Monday.\n\n"Boeing remains committed to the safety of its aircraft," the company said in a statement.\n',
    )
    expect(
      speakerName(
        doc,
        doc.quotes.find((q) => q.kind === 'direct'),
      ),
    ).toBe('Boeing')
  })
})

describe('a headline’s quote whose speaker follows after a colon', () => {
  it('reads "\'Q\': UN climate chief on the road to COP30"', () => {
    const doc = parse(
      "'We are running out of time': UN climate chief on the road to COP30\n\nSimon Stiell spoke to reporters on Monday.\n",
    )
    expect(doc.quotes.map((q) => [q.text, q.cue?.text, q.source?.text])).toEqual([
      ['We are running out of time', ':', 'UN climate chief'],
    ])
  })

  it('reads no speaker where the quote runs on into the headline', () => {
    const doc = parse("'Catastrophic' failures: Boeing whistleblower speaks out\n\nText here.\n")
    expect(doc.quotes.every((q) => q.source === null)).toBe(true)
  })
})

describe('a body named after the words that describe it, opening the sentence', () => {
  it('reads "The main opposition Constitutional Democratic Party of Japan" whole', () => {
    const doc = parse(
      'Japan\n\nThe main opposition Constitutional Democratic Party of Japan, led by former prime minister Yoshihiko Noda, criticised the timing, saying the government was avoiding debate in parliament.\n',
    )
    expect(doc.quotes.map((q) => q.source?.text)).toEqual([
      'The main opposition Constitutional Democratic Party of Japan',
    ])
  })
})

describe('an auxiliary alone before a verb after a comma, no source', () => {
  it('reads "The trust, its largest shareholder, has agreed to support the deal" as the trust’s', () => {
    const doc = parse(
      'Deal\n\nThe W.K. Kellogg Foundation Trust, its largest shareholder, has agreed to support the deal.\n',
    )
    expect(doc.quotes.map((q) => q.source?.text)).toEqual(['The W.K. Kellogg Foundation Trust'])
  })
})

describe('the later rules of this session, on inputs a second review found them misreading', () => {
  it.each([
    "'Oppenheimer': Nolan film sweeps Oscars",
    "'Help us': Ukraine President Zelenskyy appeals to Congress",
    "'Operation Sindoor': India strikes Pakistan",
  ])('reads no speaker after the colon of %j', (headline) => {
    const doc = parse(`${headline}\n\nBody text about it on Monday.\n`)
    expect(doc.quotes.every((q) => q.source === null)).toBe(true)
  })

  it('keeps the subject to the lower-case words before a day or a noun the name qualifies', () => {
    const sourceOf = (text: string) => parse(`Court\n\n${text}\n`).quotes[0]?.source?.text
    expect(
      sourceOf(
        'The conservative-leaning Supreme Court on Friday sided with Trump, saying the lower courts had overstepped.',
      ),
    ).not.toMatch(/ on$/u)
  })
})

describe('a figure posted, no report', () => {
  it('reads no report in "India posted 176-7, and Bumrah took two wickets"', () => {
    const doc = parse(
      'Cricket\n\nKohli top-scored with 76 as India posted 176-7, and Bumrah took two wickets.\n',
    )
    expect(doc.quotes).toEqual([])
  })
})

describe('a compound title before a name, as a sentence’s subject', () => {
  it('is the named person’s ("McLaren team principal Andrea Stella", "Clinton campaign manager Robby Mook")', () => {
    const doc = parse(
      'Race\n\nMcLaren team principal Andrea Stella defended the strategy, saying the call "was the right one."\n\nClinton campaign manager Robby Mook said on Sunday that the debate had gone well.\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toEqual([
      ['McLaren team principal Andrea Stella', 'Andrea Stella'],
      ['Clinton campaign manager Robby Mook', 'Robby Mook'],
    ])
  })
})

describe('a report whose content opens with an object pronoun and no verb', () => {
  it('reports the pronoun alone ("after he declared it, as lawmakers voted"), not what follows', () => {
    const doc = parse(
      'Seoul\n\nYoon lifted martial law hours after he declared it, as lawmakers voted to reject it. He said it would help.\n',
    )
    expect(doc.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual([
      'it',
      'it would help',
    ])
  })
})

describe('a report that the writer’s participle of an effect follows', () => {
  it('ends before it ("blaming weak demand, sending its shares lower")', () => {
    const doc = parse(
      'Results\n\nHalden Motor AG cut its forecast, blaming collapsing demand in China, sending its shares to the lowest level since 2020. The company said profits fell, prompting a sell-off. She said the decision was sending the wrong message.\n',
    )
    expect(doc.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual([
      'collapsing demand in China',
      'profits fell',
      'the decision was sending the wrong message',
    ])
  })

  it('is part of the words reported before their cue ("..., forcing the crew to land, the NTSB said")', () => {
    const doc = parse(
      'Landing\n\nInvestigators believe a cracked blade caused the engine to fail, forcing the crew to land in Des Moines, the NTSB said Thursday.\n',
    )
    expect(doc.quotes.map((q) => q.text)).toEqual([
      'Investigators believe a cracked blade caused the engine to fail, forcing the crew to land in Des Moines',
    ])
  })
})

describe('a Korean name, the surname first', () => {
  it('says no gender by its first word ("Kim E-bae ... he said": Kim is no woman’s first name there)', () => {
    const doc = parse(
      'Crash\n\nLee Jeong-hyeon, chief of the fire station, told a briefing that the plane had been hit by birds.\n\nJeju Air CEO Kim E-bae bowed deeply and apologised. "We will do our best to support the families," he said.\n',
    )
    expect(speakerName(doc, direct(doc)[0])).toBe('Kim E-bae')
  })
})

describe('a described speaker of two quotes', () => {
  it('is one person ("a spokesperson for Change Healthcare said" between two quotes)', () => {
    const doc = parse(
      'Hack\n\n"We know this attack has caused concern," a spokesperson for Change Healthcare said. "We have been working closely with customers."\n',
    )
    const speakers = new Set(direct(doc).map((quote) => quote.speaker))
    expect(speakers.size).toBe(1)
    expect(doc.entities.filter((entity) => entity.data?.described === true)).toHaveLength(1)
  })
})

describe('a report whose content opens with "it" and goes on as a clause', () => {
  it('keeps the clause ("said it, too, was reviewing", "announced it on Monday would cut")', () => {
    const doc = parse(
      'Prices\n\nThe company said it, too, was reviewing its contracts. Apple announced it on Monday would cut prices.\n',
    )
    expect(doc.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual([
      'it, too, was reviewing its contracts',
      'it on Monday would cut prices',
    ])
  })
})

describe('"states" after a count or a word that qualifies states', () => {
  it('is the plural noun, no cue ("three battleground states that Harris had hoped to carry")', () => {
    const doc = parse(
      'Vote\n\nTrump won Wisconsin, Pennsylvania and Georgia, three battleground states that Democrat Kamala Harris had hoped to carry. The report states that costs rose.\n',
    )
    expect(doc.quotes.map((q) => q.text)).toEqual(['costs rose'])
  })
})

describe('a term set off by a comma after "a term" or "the word"', () => {
  it('is no quotation ("coined a term, "Swiftonomics," to describe the effect")', () => {
    const doc = parse(
      'Tour\n\n"I\'m just going to try not to cry," Swift told the crowd.\n\nEconomists even coined a term, "Swiftonomics," to describe the effect.\n',
    )
    expect(doc.quotes.map((q) => q.text)).toEqual(["I'm just going to try not to cry,"])
  })
})

describe('the quote rules of this session, on inputs a third review found them misreading', () => {
  it('reads "states" after a singular noun as a verb ("The city states that")', () => {
    const doc = parse('Contract\n\nThe city states that it will not renew the contract.\n')
    expect(doc.quotes.map((q) => q.text)).toEqual(['it will not renew the contract'])
  })

  it('keeps a quotation after "In a word,"', () => {
    const doc = parse('Talks\n\nIn a word, "No," the spokesman said when asked about the talks.\n')
    expect(direct(doc).map((q) => q.text)).toEqual(['No,'])
  })
})

describe('the quote rules of this session, on inputs a fourth review found them misreading', () => {
  it('reads "member states that rely" as the plural noun, no report', () => {
    const doc = parse(
      'Gas\n\nMany member states that rely on Russian gas objected. The Gulf states that buy American weapons stayed silent.\n',
    )
    expect(doc.quotes).toEqual([])
  })

  it('reads a term after a possessive or two adjectives as no quote ("his own term, "carnage,"")', () => {
    const doc = parse(
      'Speech\n\nCritics seized on his own term, "carnage," to attack the speech, Smith said.\n',
    )
    expect(direct(doc)).toEqual([])
  })
})

describe('a nominal source the entity stage gave another body', () => {
  it('is the speaker’s mention alone ("the Indianapolis-based company said", not also the FDA’s)', () => {
    const doc = parse(
      "Drug\n\nThe FDA approved Eli Lilly's Alzheimer's drug. The drug slows Alzheimer's disease, the Indianapolis-based company said.\n",
    )
    const holders = doc.entities.filter((entity) =>
      entity.mentions.some((mention) => mention.text === 'the Indianapolis-based company'),
    )
    expect(holders.map((entity) => entity.name)).toEqual(['Eli Lilly'])
    expect(speakerName(doc, doc.quotes[0])).toBe('Eli Lilly')
  })
})

describe('a pronoun that speaks after "according to"', () => {
  it('is the source "according to" names, not a person of an earlier sentence', () => {
    const doc = parse(
      'Bid\n\nEconomy Minister Jeroen Visser said the government would study the bid. According to Sophie Laurent, an analyst at Bernstein, Vantoria may need to pay more. "The market is telling you that 61 is not the last word," she said.\n',
    )
    expect(
      speakerName(
        doc,
        doc.quotes.find((quote) => quote.kind === 'direct'),
      ),
    ).toBe('Sophie Laurent')
  })
})

describe('an unnamed source taken up again', () => {
  it('is the described person, not a person named before ("the person said", "she said")', () => {
    const doc = parse(
      [
        'Bid',
        '',
        'Helmark chief executive Ingrid Bakker rejected the bid on Monday.',
        '',
        'A spokeswoman for the Commission said it had not been notified. "We are following developments closely," she said.',
        '',
        "A person familiar with the company's thinking said the board was exploring alternatives.",
        '',
        '"Nothing is off the table," the person said.',
        '',
      ].join('\n'),
    )
    const speakers = doc.quotes.map((quote) => [quote.kind, speakerName(doc, quote)])
    expect(speakers).toEqual([
      ['indirect', 'Ingrid Bakker'],
      ['indirect', 'spokeswoman for the Commission'],
      ['direct', 'spokeswoman for the Commission'],
      ['indirect', 'person'],
      ['direct', 'person'],
    ])
  })
})

describe('a person described, then a relative clause, then the verb', () => {
  it('speaks both reports, not the body the description names', () => {
    const doc = parse(
      'Drug\n\nDr. Madhav Thambisetty, a neurologist at the National Institute on Aging, who has questioned the approach, said the evidence was still weak.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, speakerName(doc, quote)])).toEqual([
      ['the approach', 'Madhav Thambisetty'],
      ['the evidence was still weak', 'Madhav Thambisetty'],
    ])
  })
})

describe('"call" that convenes an event', () => {
  it('reports nothing ("called the snap election", "called a national strike")', () => {
    for (const sentence of [
      'Prime Minister Kenji Morimoto, who called the snap election in October, said he would stay.',
      'The union called a national strike, and its leader said he would stay.',
    ]) {
      const doc = parse(`Vote\n\n${sentence}\n`)
      expect(doc.quotes.map((quote) => quote.text)).toEqual(['he would stay'])
    }
  })

  it('still reports a name given ("called his vote an irresponsible one")', () => {
    const doc = parse('Vote\n\nClinton called his vote an irresponsible one.\n')
    expect(doc.quotes.map((quote) => quote.text)).toEqual(['his vote an irresponsible one'])
  })

  it('reports a name given to the event, and a verb joined after it ("called the strike disappointing and urged")', () => {
    const doc = parse(
      'Strike\n\nMayor Daniel Okafor called the strike disappointing and urged both sides to get back to bargaining. Sunak called the election early. The union called the strike off.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['the strike disappointing', 'called'],
      ['both sides to get back to bargaining', 'urged'],
    ])
  })
})

describe('a source before a clause that "whose" opens', () => {
  it('is the name before the clause, past its short name and the lists inside', () => {
    const doc = parse(
      'AI\n\nThe Computer and Communications Industry Association (CCIA Europe), whose members include Google, Meta and Amazon, said the proposal was sound.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual([
      'The Computer and Communications Industry Association',
    ])
  })
})

describe('"it was clear that"', () => {
  it("reports no one's words", () => {
    const doc = parse('Count\n\nBy noon it was clear that the BJP had crossed the halfway mark.\n')
    expect(doc.quotes).toEqual([])
  })
})

describe("a pronoun that speaks after an unnamed source's report", () => {
  it('is the unnamed source ("A former cabinet minister ... said ... \'Q,\' he told the Guardian")', () => {
    const doc = parse(
      "Budget\n\nRain Newton-Smith, the CBI's chief executive, said firms needed stability.\n\nA former cabinet minister, who asked not to be named, said Reeves had gambled. 'She has bought herself six months, nothing more,' he told the Guardian.\n",
    )
    expect(
      speakerName(
        doc,
        doc.quotes.find((quote) => quote.kind === 'direct'),
      ),
    ).toBe('former cabinet minister')
  })
})

describe('a participle that qualifies the noun before it', () => {
  it('reports nothing ("Among the measures announced were ..."), unlike a gapped report', () => {
    expect(
      parse(
        'Budget\n\nAmong the measures announced were a new charge on homes and a gambling levy.\n',
      ).quotes,
    ).toEqual([])
    expect(
      parse(
        'Primary\n\nThe committee, which many progressives believed was unfairly tilting the primary, apologised.\n',
      ).quotes.map((quote) => quote.text),
    ).toEqual(['was unfairly tilting the primary'])
  })
})

describe('a second report joined after the first, with a time after its verb', () => {
  it('is a report of its own ("..., and a spokesman said on Thursday that B")', () => {
    const doc = parse(
      'Verdict\n\nThe chairman said on Wednesday that the commission would respect the ruling, and a spokesman said on Thursday that the verdict vindicated its conduct of the polls.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.source?.text])).toEqual([
      ['the commission would respect the ruling', 'The chairman'],
      ['the verdict vindicated its conduct of the polls', 'a spokesman'],
    ])
  })
})

describe('a definite description that reports after an unnamed source a few paragraphs back', () => {
  it('is the unnamed source ("..., the spokesperson added"), not a person named between', () => {
    const doc = parse(
      'Delay\n\nA Commission spokesperson said the delay was not a retreat.\n\nBEUC was critical. Its director general, Agustín Reyna, said the plan was a gift to Big Tech.\n\nThe executive will also publish guidelines early next year, the spokesperson added.\n',
    )
    expect(speakerName(doc, doc.quotes[doc.quotes.length - 1])).toBe('Commission spokesperson')
  })
})

describe('a pronoun that speaks after a person who spoke in an earlier sentence', () => {
  it('is the person whose body is named between them and the verb ("X of the Y told")', () => {
    const doc = parse(
      'Genocide\n\nAs the Washington Post’s Ishaan Tharoor wrote, “Israel knows what is in its interest.”\n\nHowever, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press, “We have suffered the same fate.” He added, “So Israel should have been first.”\n',
    )
    const last = doc.quotes[doc.quotes.length - 1]
    expect(last?.source?.text).toBe('He')
    expect(speakerName(doc, last)).toBe('Aris Shirvanian')
  })

  it('is not a person named in the sentence before the pronoun’s own', () => {
    const doc = parse(
      'Debates\n\nRush Limbaugh accused the Democrats of hiding their debates. He asserted that people realise Bernie Sanders is gaining, but they do not know what he is saying. He blames the media for their failure to cover the campaign.\n',
    )
    const last = doc.quotes[doc.quotes.length - 1]
    expect(last?.cue?.text).toBe('blames')
    expect(speakerName(doc, last)).toBe('Rush Limbaugh')
  })
})

describe('a partial quote after a subordinate clause that a phrase of time opens', () => {
  it("is the main clause's subject's, not the subordinate clause's", () => {
    const doc = parse(
      'Emails\n\nLater in the show, after the Sanders interview concluded, Bill Maher stated of the email scandal that the State Department IG’s report “wasn’t good.”\n\nLast September, when the Islamic Center was hit by vandalism, Muhammad Babar says he contacted the family for a “paint over” ceremony.\n',
    )
    expect(attributions(doc)).toEqual([
      ['wasn’t good', 'Bill Maher', 'stated', 'Bill Maher'],
      ['paint over', 'Muhammad Babar', 'says', 'Muhammad Babar'],
    ])
  })

  it('leaves a sentence whose main clause opens it alone ("She said, if elected, she would ...")', () => {
    const doc = parse(
      'Rally\n\nHillary Clinton spoke. She said, if elected, she would ask Joe Biden to lead a “cancer moonshot” initiative.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['cancer moonshot', 'said'],
    ])
  })
})

describe('a partial quote between a possessive and a noun of speech', () => {
  it('is the owner’s words, the noun its cue ("Mitt Romney’s “47 percent” comment")', () => {
    const doc = parse(
      'Dependency\n\nPaul Ryan worried about the safety net. Mitt Romney’s “47 percent” comment was nearly as dismissive.\n\nDonald Trump spoke in Wilmington. Critics seized on his “Second Amendment people” remark.\n',
    )
    expect(attributions(doc)).toEqual([
      ['47 percent', 'Mitt Romney’s', 'comment', 'Mitt Romney'],
      ['Second Amendment people', 'his', 'remark', 'Donald Trump'],
    ])
  })

  it('leaves a quote that no noun of speech follows, and a lower-case owner', () => {
    expect(parse('Brand\n\nThe company’s “Made in USA” slogan was dropped.\n').quotes).toEqual([])
  })
})

describe('a source set off by commas with the body the person is of', () => {
  it('is the name, past the body ("His agent, Femi Adeyemi-Clarke of Stellar Line Sports Management (SLSM), said")', () => {
    const doc = parse(
      'Transfer\n\nVictor Okafor scored twice. His agent, Femi Adeyemi-Clarke of Stellar Line Sports Management (SLSM), said on Tuesday that the striker had agreed terms.\n\nThe couple’s solicitor, Amira Hassan of Fairlight Law, said the family would consider a civil claim.\n',
    )
    expect(attributions(doc)).toEqual([
      ['the striker had agreed terms', 'Femi Adeyemi-Clarke', 'said', 'Femi Adeyemi-Clarke'],
      ['the family would consider a civil claim', 'Amira Hassan', 'said', 'Amira Hassan'],
    ])
  })
})

describe('"the bank" after a bank named as a source', () => {
  it('is that bank, not the body most named ("According to Ikoyi Merchant Bank, ... the bank said")', () => {
    const doc = parse(
      'Inflation\n\nThe Central Bank of Nigeria (CBN) raised rates. The CBN said inflation was high. The CBN governor spoke.\n\nAccording to Lagos-based Ikoyi Merchant Bank, inflation could peak at around 35%. "We think the worst is close," the bank said in a note.\n',
    )
    expect(speakerName(doc, doc.quotes[doc.quotes.length - 1])).toBe('Ikoyi Merchant Bank')
  })
})

describe('a role in capitals that a party qualifies ("the Labour MP said")', () => {
  it('is a person of the party’s own, not the party nor the MP of another party named last', () => {
    const doc = parse(
      'Row over benefits bill\n\nConservative MP John Smith attacked the bill in the Commons on Monday. Labour defended it.\n\n"This is the right thing to do," the Labour MP said.\n',
    )
    const speaker = doc.entities.find((found) => found.id === doc.quotes.at(-1)?.speaker)
    expect(speaker?.kind).toBe('person')
    expect(speaker?.name).not.toBe('John Smith')
  })
})

describe('a definite description that gives a person’s age', () => {
  it('is the person the story is about, whatever its head ("The 51-year-old former GP told")', () => {
    const doc = parse(
      'Election\n\nGreens leader Bridget Ashworth said her party had not been approached.\n\nThe 51-year-old former GP told ABC Radio Hobart that any deal would have to include a moratorium.\n',
    )
    expect(speakerName(doc, doc.quotes[doc.quotes.length - 1])).toBe('Bridget Ashworth')
  })
})

describe('a description by age ("the 34-year-old")', () => {
  it('is the one person the story gave that age, not the person named last', () => {
    const doc = parse(
      'Trial\n\nBradley Ormond, 34, denied murder. Prosecutor Tobias Renshaw, 51, spoke next. Under questioning from Mr Renshaw, the 34-year-old admitted he had scrubbed the steps. Then 51-year-old Renshaw sat down, and the 51-year-old said the case was closed.\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toEqual([
      ['the 34-year-old', 'Bradley Ormond'],
      ['the 51-year-old', 'Tobias Renshaw'],
    ])
    // (Not a description whose head is someone else: "the lawyer for the 34-year-old".)
    const lawyer = parse(
      'Trial\n\nBradley Ormond, 34, denied murder. His lawyer, Kate Moss, spoke. "He is innocent," the lawyer for the 34-year-old said.\n',
    )
    expect(lawyer.quotes.map((quote) => speakerName(lawyer, quote))).toEqual(['Kate Moss'])
  })
})

describe('a pronoun after "the judge" opened the sentence before', () => {
  it('is the judge the story titled, not a witness named before ("The judge thanked ... She said")', () => {
    const doc = parse(
      'Sentencing\n\nU.S. District Judge Patricia Almonte sentenced Gregory Tillman on Thursday.\n\nLinda Carver, 78, said she had lost her savings. "He took everything," Carver said.\n\nThe judge thanked the victims and said their statements had weighed heavily on her decision. She said she had considered his addiction but that it "does not explain ten years of forged documents."\n',
    )
    expect(speakerName(doc, doc.quotes[doc.quotes.length - 1])).toBe('Patricia Almonte')
  })
})

describe('a body’s branch in a place, after its short name in brackets', () => {
  it('is the source, and the body speaks ("The American Civil Liberties Union (ACLU) of Missouri")', () => {
    const doc = parse(
      'Ruling\n\nThe American Civil Liberties Union (ACLU) of Missouri called the ruling "a victory for every voter."\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toEqual([
      ['The American Civil Liberties Union (ACLU) of Missouri', 'American Civil Liberties Union'],
    ])
    // (A person of the branch speaks as the person.)
    const person = parse(
      'Ruling\n\nTom Okafor of the American Civil Liberties Union (ACLU) of Missouri said the ruling was "a victory."\n',
    )
    expect(person.quotes.map((quote) => speakerName(person, quote))).toEqual(['Tom Okafor'])
  })
})

describe('a final attribution set off before a phrase of its own', () => {
  it('leaves the attribution and the phrase out of what was said (", officials said, with ...")', () => {
    const doc = parse(
      'Talks\n\nThe presidency was expected to release a revised text on Friday, officials said, with a final session unlikely before Saturday.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.source?.text])).toEqual([
      ['The presidency was expected to release a revised text on Friday', 'officials'],
    ])
  })
})

describe('an unnamed juror who reports, then a pronoun', () => {
  it('is a person of their own, not a name inside a quote before ("One juror ... she said")', () => {
    const doc = parse(
      'Verdict\n\nLinda Cartwright said Jess was "my whole world".\n\nOne juror, who declined to be named, told the Chronicle that the evidence had weighed heavily. "It is not something you do if you have nothing to hide," she said.\n',
    )
    const [, report, direct] = doc.quotes
    expect(report?.speaker).not.toBeNull()
    expect(direct?.speaker).toBe(report?.speaker)
    expect(speakerName(doc, direct as Quote)).toBe('juror')
  })
})

describe('a passive of finding or seeing', () => {
  it('reports nothing before a place or a manner ("Her body was found near Kurri Kurri")', () => {
    const doc = parse(
      'Trial\n\nHer body was found near Kurri Kurri. He was seen leaving at dawn. The study found that costs rose.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['costs rose', 'found'],
    ])
  })
})

describe('a pronoun that is the cue’s subject inside a relative clause', () => {
  it('is the source, not the name the clause is about ("Det Sgt Maddox, who she said had")', () => {
    const doc = parse(
      'Verdict\n\nLinda Cartwright spoke outside court. She singled out Det Sgt Kylie Maddox, who she said had "never given up on Jess". The clerk told the Chronicle outside court that it was over.\n',
    )
    const [partial] = doc.quotes
    expect([partial?.source?.text, partial && speakerName(doc, partial)]).toEqual([
      'she',
      'Linda Cartwright',
    ])
    // (Where it was told is no word of the paper's name.)
    expect(doc.entities.find((found) => found.name === 'Chronicle')?.aliases).toEqual([])
  })
})

describe('the courtroom’s lawyers, titled before their names', () => {
  it('are "the prosecutor" the story titled so ("Crown prosecutor Tobias Renshaw")', () => {
    const doc = parse(
      'Trial\n\nCrown prosecutor Tobias Renshaw spoke first. Defence barrister Priya Nandakumar spoke next.\n\n"This was no accident," the Crown prosecutor told the jury.\n',
    )
    expect(doc.entities.map((found) => [found.name, found.titles])).toEqual([
      ['Tobias Renshaw', ['Crown prosecutor']],
      ['Priya Nandakumar', ['Defence barrister']],
    ])
    expect(doc.quotes.map((quote) => speakerName(doc, quote))).toEqual(['Tobias Renshaw'])
  })
})

describe('the courtroom in Commonwealth style', () => {
  it('gives "Her Honour", "the judge" and "the Crown prosecutor, Tobias Renshaw SC," their people', () => {
    const doc = parse(
      'Verdict\n\nJustice Margaret Hale presided. "This was not an accident," the Crown prosecutor, Tobias Renshaw SC, told the jury.\n\n"You have discharged a heavy responsibility," Her Honour said. "It was a cruel crime," the judge added.\n',
    )
    expect(doc.quotes.map((quote) => speakerName(doc, quote))).toEqual([
      'Tobias Renshaw',
      'Margaret Hale',
      'Margaret Hale',
    ])
    // No one named "Crown" or "Honour", and the style's "Her" is no pronoun of another woman.
    expect(doc.entities.map((found) => found.name)).toEqual(['Margaret Hale', 'Tobias Renshaw'])
    const gallery = parse(
      'Verdict\n\nJustice Margaret Hale presided. Linda Cartwright wept. "You did well," Her Honour said.\n',
    )
    expect(gallery.entities.map((found) => found.mentions.map((mention) => mention.text))).toEqual([
      ['Margaret Hale', 'Her Honour'],
      ['Linda Cartwright'],
    ])
  })
})

describe('a final attribution whose source holds a city and its state before "-based"', () => {
  it('keeps the city in the source, out of what was said ("the Round Rock, Texas-based computer maker said")', () => {
    const doc = parse(
      'Earnings\n\nDell cut jobs. Revenue rose 9% to $8.6 billion, the Round Rock, Texas-based computer maker said in a statement.\n',
    )
    expect(attributions(doc)).toEqual([
      [
        'Revenue rose 9% to $8.6 billion',
        'the Round Rock, Texas-based computer maker',
        'said',
        'Dell',
      ],
    ])
  })
})

describe('a second predicate’s partial quote after a subject with a title or a qualifier', () => {
  it('is the subject’s ("Jefferies analyst Sarah Whitcombe said ... and called it \'Q\'")', () => {
    const doc = parse(
      'Earnings\n\nJefferies analyst Sarah Whitcombe said the cuts could lift margins, and called the selloff "an overreaction."\n\nPaolo Montanari smiled. The former Roma coach described the offer as "strange" and suggested that the biggest clubs had "too much power" in the window.\n',
    )
    expect(
      doc.quotes.map((quote) => [quote.text, quote.source?.text, speakerName(doc, quote)]),
    ).toEqual([
      ['the cuts could lift margins', 'Jefferies analyst Sarah Whitcombe', 'Sarah Whitcombe'],
      ['an overreaction', 'Jefferies analyst Sarah Whitcombe', 'Sarah Whitcombe'],
      ['strange', 'The former Roma coach', 'Paolo Montanari'],
      ['too much power', 'The former Roma coach', 'Paolo Montanari'],
    ])
  })
})

describe('the rules of this session, on inputs a review found them misreading', () => {
  it('cuts no body’s own name at "of" ("The lender, Bank of America, said")', () => {
    const doc = parse('Fund\n\nThe lender, Bank of America, said it would appeal the ruling.\n')
    expect(doc.quotes[0]?.source?.text).not.toBe('Bank')
  })

  it('gives no quote to a day that owns a speech ("Since Tuesday’s “...” speech")', () => {
    const doc = parse(
      'Trail\n\nSince Tuesday\'s "we will never surrender" speech, the president has avoided reporters.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text ?? null)).not.toContain("Since Tuesday's")
  })

  it('reads no body described by its age as a person ("the 25-year-old band said")', () => {
    const doc = parse(
      'Anniversary\n\nSinger Tom Brown left the group in 2019.\n\n"We are taking a break," the 25-year-old band said on Instagram.\n',
    )
    expect(speakerName(doc, doc.quotes[doc.quotes.length - 1])).not.toBe('Tom Brown')
  })
})

describe('someone who declines to be named', () => {
  it('reports nothing by declining ("who declined to be named, said")', () => {
    const doc = parse(
      'Talks\n\nAn official at the AI Office, who declined to be named, said the finding was final. A man who refused to be identified said he saw it. She declined to comment on the report.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['the finding was final', 'said'],
      ['he saw it', 'said'],
      ['to comment on the report', 'declined'],
    ])
  })
})

describe('a subject after an opening participle, in lower case', () => {
  it('is the source of a second verb ("Pressed on the deadline, the envoy declined ... but said")', () => {
    const doc = parse(
      'Talks\n\nLisa Harmon, the U.S. envoy, arrived in Cairo on Monday.\n\nPressed on the deadline, the envoy declined to give a timetable but said Washington would "use every tool we have".\n',
    )
    const partial = doc.quotes.find((quote) => quote.kind === 'partial')
    expect([partial?.source?.text, partial && speakerName(doc, partial)]).toEqual([
      'the envoy',
      'Lisa Harmon',
    ])
  })
})

describe('a person named again by an age and a profession', () => {
  it('is not a baby the story gave an age in months ("her 5-month-old daughter, Neema")', () => {
    const doc = parse(
      'Malaria\n\nMary Otieno waited in line with her 5-month-old daughter, Neema, tied to her back. The 29-year-old market trader said she had lost her first son to malaria in 2019.\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toEqual([
      ['The 29-year-old market trader', 'Mary Otieno'],
    ])
  })

  it('is the person the text named just before, by an age and a trade ("the 52-year-old builder said")', () => {
    const doc = parse(
      'Fire\n\nHer neighbour, Tom Barkworth, said he had stayed behind. "I thought I could save it," the 52-year-old builder said.\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toContainEqual(
      ['the 52-year-old builder', 'Tom Barkworth'],
    )
  })

  it('is the person the text named, not someone new ("the 54-year-old engineer said")', () => {
    const doc = parse(
      'Probe\n\nMarco Bellini, the flight director, said the team had found a workaround.\n\nThe 54-year-old engineer said the fix had not affected the instruments.\n',
    )
    expect(attributions(doc).map(([, source, , speaker]) => [source, speaker])).toEqual([
      ['Marco Bellini', 'Marco Bellini'],
      ['The 54-year-old engineer', 'Marco Bellini'],
    ])
  })

  it('is not the defendant for a courtroom’s role, nor the victim for a driver without an age', () => {
    const court = parse(
      'Fraud trial\n\nJohn Smith was charged with fraud on Monday. "The case against my client is weak," the 51-year-old lawyer said.\n',
    )
    expect(court.quotes.map((quote) => speakerName(court, quote))).toEqual([
      'the 51-year-old lawyer',
    ])
    const crash = parse(
      'Crash\n\nJohn Smith, 67, was hit by a car on Main Street. The driver said he did not see him.\n',
    )
    expect(crash.quotes.map((quote) => quote.speaker)).toEqual([null])
  })
})

describe('an act done by a verb that may report', () => {
  it('reports nothing: "conceded defeat", "declined an interview request", "declared their innings"', () => {
    const doc = parse(
      'Notes\n\nCosta conceded defeat late on Sunday. Farrow declined an interview request. India declared their second innings on 310 for six. The governor declared a state of emergency. Farrow declined to comment. He declared that the war was over.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['to comment', 'declined'],
      ['the war was over', 'declared'],
    ])
  })
})

describe('a saying that is denied, and an amount added', () => {
  it('reports nothing after "did not say" or before an amount ("had added just 212 homes")', () => {
    const doc = parse(
      'Deal\n\nThey did not say how many jobs would be lost. The companies wouldn’t say when the deal would close. She did say the plan would work. Springdale had added just 212 homes a year. The firm has added more than 500 jobs. She added 20 people had died.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['the plan would work', 'say'],
      ['20 people had died', 'added'],
    ])
  })
})

describe('what a review of a by-election and a hospital story found misread', () => {
  it('keeps a percent sign at the end of a report cut at a comma ("31.2%, down from")', () => {
    const doc = parse(
      'Result\n\nThe count was overseen by Margaret Ellingham, who confirmed that turnout had been 31.2%, down from 58% two years ago.\n',
    )
    expect(doc.quotes.map((quote) => quote.text)).toEqual(['turnout had been 31.2%'])
  })

  it('reads a counted plural before a comma as a noun, not the cue ("at 26.5 points,")', () => {
    const doc = parse(
      'Result\n\nProf John Curtice, of the University of Strathclyde, said the swing from Labour to Reform, at 26.5 points, was "one of the largest we have seen".\n',
    )
    expect(attributions(doc)).toEqual([
      ['one of the largest we have seen', 'Prof John Curtice', 'said', 'John Curtice'],
    ])
  })

  it('gives the group that opens the sentence as the source ("Families of patients on the wards")', () => {
    const doc = parse(
      'Outbreak\n\nFamilies of patients on the affected wards described confusion over the new rules. Parents of children at the school said they were angry. Staff at Kingsbridge General, which has about 620 beds, said the outbreak was serious.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual([
      'Families of patients on the affected wards',
      'Parents of children at the school',
      'Staff at Kingsbridge General',
    ])
  })
})

describe('a description whose clause gives the name', () => {
  it('is the person so named ("A 71-year-old resident who identified herself only as Margaret")', () => {
    const doc = parse(
      'Council votes\n\nA 71-year-old resident who identified herself only as Margaret said the city had broken promises. "We are still waiting," she said.\n',
    )
    expect(doc.quotes.map((quote) => speakerName(doc, quote))).toEqual(['Margaret', 'Margaret'])
    expect(doc.entities.filter((entity) => entity.kind === 'person')).toHaveLength(1)
  })
})

describe('a request that a name be kept out', () => {
  it('reports nothing, and the verb after it reports ("who asked that his last name not be used, said")', () => {
    const doc = parse(
      'Rents\n\nAndre, 29, who asked that his last name not be used because he is in a dispute with his landlord, said he pays more than half his income in rent. She asked that her name be withheld.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['he pays more than half his income in rent', 'said'],
    ])
  })
})

describe('what a review of the session’s rules found them misreading', () => {
  it('keeps a report whose counted subject has a past verb, and a cue after "one in 4"', () => {
    const doc = parse(
      'Fire\n\nSmith added 40 families lost their homes in the fire. "It is simply too expensive," one in 4 says. A woman who identified herself as Maria Lopez’s sister said the family was devastated.\n',
    )
    expect(attributions(doc)).toEqual([
      ['40 families lost their homes in the fire', 'Smith', 'added', 'Smith'],
      ['It is simply too expensive,', 'one', 'says', null],
      ['the family was devastated', 'A woman', 'said', 'woman'],
    ])
  })
})

describe('a live report’s update label or a correction’s', () => {
  it('is no speaker, nor an organisation that a nominal after it names', () => {
    const doc = parse(
      'Launch\n\nUpdate, 3:18PM ET: The company said the launch would go ahead.\n\nUPDATE: Acme Corp. said it would appeal.\n\nCORRECTION: An earlier version misstated the date of the launch.\n',
    )
    expect(doc.entities.map((entity) => entity.name)).toEqual(['Acme Corp.'])
    expect(attributions(doc)).toEqual([
      ['the launch would go ahead', 'The company', 'said', null],
      ['it would appeal', 'Acme Corp.', 'said', 'Acme Corp.'],
    ])
  })
})

describe('speakers a review of central-bank, court and committee stories found misread', () => {
  it('reads "said no structures had been lost" as a report, not "said no to the plan"', () => {
    const doc = parse(
      'Fire\n\nThe fire burned on.\n\nDale Kowalczyk said no structures had been lost. Residents said no to the plan.\n',
    )
    expect(attributions(doc)).toEqual([
      ['no structures had been lost', 'Dale Kowalczyk', 'said', 'Dale Kowalczyk'],
    ])
  })

  it('gives a pronoun the person a titled nominal named, not the person quoted before it', () => {
    const doc = parse(
      'Rates\n\nThe bank held rates.\n\nPresident Margarethe Vollmer spoke on Thursday.\n\n"Rates are fine," said Rachel Okafor, a strategist at ING.\n\nAsked about the Fed, the president was blunt.\n\n"We do not follow Washington," she said.\n',
    )
    expect(
      speakerName(
        doc,
        doc.quotes.find((q) => q.text.startsWith('We do not')),
      ),
    ).toBe('Margarethe Vollmer')
  })

  it('gives the words to who was hired, introduced or described, not to a name that qualifies them', () => {
    const doc = parse(
      'Trial\n\nThe trial went on.\n\nA forensic accountant hired by Ortega testified last week that he found no evidence of missing funds.\n\nEllie Marsh, head of campaigns at River Action, said the findings were welcome.\n\nThe campaigner, who gave evidence in October, said River Action would write to ministers.\n\n"If I was a donor, I’d want answers," said a prominent Republican National Committee member.\n\nTrump has paid his golf courses more than $260,000.\n\n"That could cause problems," the RNC member said.\n',
    )
    const speakers = doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])
    expect(speakers).toEqual([
      ['A forensic accountant hired by Ortega', 'forensic accountant hired by Ortega'],
      ['Ellie Marsh', 'Ellie Marsh'],
      ['The campaigner', 'Ellie Marsh'],
      [
        'a prominent Republican National Committee member',
        'prominent Republican National Committee member',
      ],
      ['the RNC member', 'prominent Republican National Committee member'],
    ])
  })

  it('reads the seat a member represents as a place, which takes no pronoun', () => {
    const doc = parse(
      'Sewage\n\nThe report was published.\n\nDr Rachel Hollins, who represents Stroud, said the committee had heard evidence.\n\n"That is not an accident," she said.\n',
    )
    expect(speakerName(doc, doc.quotes[1])).toBe('Rachel Hollins')
    expect(doc.entities.find((entity) => entity.name === 'Stroud')?.kind).toBe('place')
  })
})

describe('who "the president", "(DGAC)" and "It" stand for', () => {
  it('is the holder of the title the story names far the most, unless another was named last', () => {
    const story = (between: string): ArticleDocument =>
      parse(
        `Rates\n\nThe bank held rates.\n\nECB President Margarethe Vollmer spoke. Vollmer said rates would hold. Vollmer said prices were easing.\n\nBundesbank President Jens Albrecht argued for a cut.\n\n${between}"Rates are fine," said Rachel Okafor, a strategist at ING.\n\nAsked about the Fed, the president was blunt.\n\n"We do not follow Washington," she said.\n`,
      )
    const last = (doc: ArticleDocument): string | null =>
      speakerName(doc, doc.quotes[doc.quotes.length - 1])
    expect(last(story('Markets rose.\n\nBonds fell.\n\nThe euro slipped.\n\n'))).toBe(
      'Margarethe Vollmer',
    )
    // (Named last, the other holder is the one a nominal may mean: no one is read then.)
    const named = story('Albrecht said a cut was due.\n\n')
    expect(named.entities.find((e) => e.name === 'Margarethe Vollmer')?.mentions).toHaveLength(3)
  })

  it('is the body a nominal names in brackets, and the text the sentence before is about', () => {
    const doc = parse(
      'Strike\n\nThe strike hit services, an AFP journalist saw. The civil aviation authority (DGAC) asked airlines to cut flights.\n\nThe 84-page report singles out Thames Water and United Utilities for criticism. It says enforcement has been "slow, timid and inconsistent".\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toEqual([
      ['The civil aviation authority', 'DGAC'],
      ['It', 'The 84-page report'],
    ])
  })
})

describe('speakers a review of wire, court and hearing stories found misread', () => {
  it('takes up the described source a qualified description repeats, not another of its head', () => {
    const doc = parse(
      'Talks\n\nThe talks went on.\n\nAn Egyptian official said talks were close.\n\nA Hamas official told Reuters the group was "studying it".\n\n"We will not sign," the Hamas official said.\n',
    )
    expect(speakerName(doc, doc.quotes[doc.quotes.length - 1])).toBe('Hamas official')
  })

  it('gives "the solicitor" the advocate named by the side they speak for, and not the pronouns of the quote', () => {
    const doc = parse(
      'Court\n\nThe driver was jailed.\n\nClaire Oduya, prosecuting, said the crash was avoidable.\n\nGareth Pugh, mitigating, said his client was "deeply ashamed".\n\n"He accepts entirely that he could have killed someone," the solicitor said.\n\n"It was reckless," the prosecutor said.\n',
    )
    expect(
      doc.quotes.slice(2).map((quote) => [quote.source?.text, speakerName(doc, quote)]),
    ).toEqual([
      ['the solicitor', 'Gareth Pugh'],
      ['the prosecutor', 'Claire Oduya'],
    ])
    const pugh = doc.entities.find((entity) => entity.name === 'Gareth Pugh')
    expect(pugh?.mentions.map((mention) => mention.text)).toEqual([
      'Gareth Pugh',
      'his',
      'the solicitor',
    ])
  })
})

describe('what a review of sports, budget and earnings stories found misread', () => {
  it('reads players by position and leaders by their titles, and no cue in nouns or "pointed questions"', () => {
    const doc = parse(
      'Game\n\nThe Nuggets won.\n\nNikola Jokic scored 31 points. "It’s basketball," the Serbian center said.\n\nJamal Murray added 20. "We move on," the veteran guard said.\n\nOpposition Leader Sussan Ley attacked the budget. The Senate will begin budget estimates hearings next week. That prompted pointed questions on the call. The report estimates costs will rise.\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toEqual([
      ['the Serbian center', 'Nikola Jokic'],
      ['the veteran guard', 'Jamal Murray'],
      ['Opposition Leader Sussan Ley', 'Sussan Ley'],
      ['The report', 'The report'],
    ])
    expect(doc.entities.find((entity) => entity.name === 'Sussan Ley')?.titles).toEqual([
      'Opposition Leader',
    ])
  })
})

describe('a partial quote inside reported speech', () => {
  it('has the reported clause that holds it as its claim', () => {
    const text =
      'Budget\n\nThe budget was out.\n\nOpposition Leader Sussan Ley said the budget showed the government had "no plan" to fix the nation’s finances.\n\nShe called it "a disgrace".\n'
    const doc = parse(text)
    const [inClaim, alone] = doc.quotes
    expect(inClaim?.text).toBe('no plan')
    expect(inClaim?.claim?.text).toBe(
      'the budget showed the government had "no plan" to fix the nation’s finances',
    )
    const { start, end } = inClaim?.claim?.position ?? {}
    expect(text.slice(start?.offset, end?.offset)).toBe(inClaim?.claim?.text)
    expect(alone?.text).toBe('a disgrace')
    expect(alone?.claim).toBeUndefined()
  })
})

describe('a pronoun after a relative clause set off before a verb of saying', () => {
  it('is the subject of the saying, not the person the clause names', () => {
    const doc = parse(
      'Coach\n\nThe Nuggets lost.\n\nAdelman, who took over as interim coach after the club fired Michael Malone, said he was not worried.\n',
    )
    const adelman = doc.entities.find((entity) => entity.name === 'Adelman')
    expect(adelman?.mentions.map((mention) => mention.text)).toEqual(['Adelman', 'he'])
  })
})

describe('what a review of a UN meeting summary found misread', () => {
  it('reads "The representative of China, explaining her delegation’s abstention, said" as the envoy’s report, and "The Special Representative" as no body', () => {
    const doc = parse(
      'Council\n\nThe council voted.\n\nThe representative of China, explaining her delegation’s abstention, said the text was unbalanced. The representative of France said it was fair. The representative of China added that talks must go on. The Special Representative said the mission would stay.\n',
    )
    expect(doc.quotes.map((quote) => [quote.cue?.text, speakerName(doc, quote)])).toEqual([
      ['said', 'The representative of China'],
      ['said', 'The representative of France'],
      ['added', 'The representative of China'],
      ['said', null],
    ])
    expect(doc.entities.map((entity) => entity.name)).not.toContain('Special')
  })
})

describe('an official of a body the text quotes by office alone', () => {
  it('is someone of their own, not the politician named last: "according to the state returning officer"', () => {
    const doc = parse(
      'Vote\n\nThe count ended.\n\nCDU leader Friedrich Merz spoke on Sunday. The AfD won 32.8 percent, according to the state returning officer.\n',
    )
    expect(speakerName(doc, doc.quotes[0])).toBe('the state returning officer')
  })
})

describe('a call made to someone ("had called Mr Cousins")', () => {
  it('reports nothing, where "called" and an object and its name do', () => {
    const doc = parse(
      'Calls\n\nHer then chief of staff, Nathan Price, had called Mr Cousins. She adopted a white cat called Blossom. Trump called Clinton a liar.\n',
    )
    expect(doc.quotes.map((q) => q.text)).toEqual(['Clinton a liar'])
  })

  it('reports nothing where a name is given to a subject not known before ("A white cat called Blossom slept")', () => {
    const doc = parse(
      'Names\n\nA white cat called Blossom slept on the porch. He called the plan a disgrace.\n',
    )
    expect(doc.quotes.map((q) => q.text)).toEqual(['the plan a disgrace'])
  })
})

describe('a form of "point" that reports with a particle ("pointing out that", "pointed to")', () => {
  it('is a cue with its particle, and the report opens after it', () => {
    const doc = parse(
      'Probe\n\nThe government would "let ICAC do its job", he said, pointing out that the commission had made no findings. Smith pointed out that the board had not met. Jones defended the plan, pointing to its record in the state.\n',
    )
    expect(
      doc.quotes
        .filter((quote) => quote.kind === 'indirect')
        .map((quote) => [quote.cue?.text, quote.text]),
    ).toEqual([
      ['pointing out', 'the commission had made no findings'],
      ['pointed out', 'the board had not met'],
      ['pointing to', 'its record in the state'],
    ])
  })
})

describe('a quantifier between the source and the cue ("both said", "all suggested")', () => {
  it('floats after the source, which it is not part of', () => {
    const doc = parse(
      'Vote\n\nThe member for Kiama, Jo Whitlock, and the member for Wollondilly, Simon Okoro, both said they would vote for the motion. Jeff Merkley (D-Ore.) and Robert Menendez (D-N.J.) all suggested that the claims were grounds for a case. Sanders and Clinton both argued that jobs had been lost.\n',
    )
    expect(attributions(doc).map(([, source, , speaker]) => [source, speaker])).toEqual([
      ['Simon Okoro', 'Simon Okoro'],
      ['Robert Menendez', 'Robert Menendez'],
      ['Sanders and Clinton', 'Clinton'],
    ])
  })

  it('is the source itself where it opens the clause ("Both said", "To varying degrees, all agreed")', () => {
    const doc = parse(
      'Taxes\n\nBoth said they would vote for it. To varying degrees, all agreed that the plan would raise taxes.\n',
    )
    expect(attributions(doc).map(([, source]) => source)).toEqual(['Both', 'all'])
  })
})

describe('a person the text quotes by an ordinary occupation', () => {
  it('is someone of their own when the text never gave that occupation before: "The nurse said"', () => {
    const doc = parse(
      'Inquest\n\nRachel Oduya said the care was poor. Asked why she had not called a doctor, the nurse said she was busy.\n',
    )
    const answer = doc.quotes.find((quote) => quote.text === 'she was busy')
    expect(speakerName(doc, answer)).toBe('the nurse')
    const oduya = doc.entities.find((entity) => entity.name === 'Rachel Oduya')
    expect(oduya?.mentions.map((mention) => mention.text)).not.toContain('the nurse')
  })

  it('is the person named last when the text gave them that occupation: "Rachel Oduya, a nurse at the hospital"', () => {
    const doc = parse(
      'Inquest\n\nRachel Oduya, a nurse at the hospital, said the care was poor. The nurse said the ward was busy.\n',
    )
    expect(speakerName(doc, doc.quotes[1])).toBe('Rachel Oduya')
  })
})

describe('a participle that reports nothing', () => {
  it('is no cue after "as", after "with" and a noun, or between an infinitive and its object', () => {
    const doc = parse(
      'Rates\n\nThe Bank of Japan kept rates unchanged, as expected, and said inflation would ease. Sorensen said the company had begun a second study, with results expected in 2027. The law allows governments to send rejected asylum seekers to return hubs.\n',
    )
    expect(attributions(doc)).toEqual([
      ['inflation would ease', 'The Bank of Japan', 'said', 'Bank of Japan'],
      [
        'the company had begun a second study, with results expected in 2027',
        'Sorensen',
        'said',
        'Sorensen',
      ],
    ])
  })
})

describe('who a pronoun or a description after a quotation stands for', () => {
  it('is the person a role noun titles at the opening of the sentence before ("Congress lawmaker Meera Kashyap")', () => {
    const doc = parse(
      'Vote\n\n"We failed," Choudhary said.\n\n"But it is not over," he added.\n\nCongress lawmaker Meera Kashyap was more blunt. She said the party had been "complacent".\n',
    )
    expect(speakerName(doc, doc.quotes[doc.quotes.length - 1])).toBe('Meera Kashyap')
  })

  it('is not a person named only inside an earlier paragraph’s quotation, nor one given another age', () => {
    const match = parse(
      'Match\n\nNewcastle manager Graham Pike was furious.\n\nPike said: "Sven is standing still. The keeper runs into him."\n\n"We have had three of these," the 52-year-old added.\n',
    )
    expect(speakerName(match, match.quotes[1])).toBe('Graham Pike')
    const inquest = parse(
      'Inquest\n\n"She was funny," Mark Pennington said of his wife, Laura Pennington, 34.\n\nThe 37-year-old said the family wanted answers.\n',
    )
    expect(speakerName(inquest, inquest.quotes[1])).toBe('Mark Pennington')
  })
})

describe('a verdict', () => {
  it('is no report of the jury ("found a man guilty"), where a finding of a clause is', () => {
    const doc = parse(
      'Verdict\n\nA Toronto jury on Friday found a 31-year-old man guilty of first-degree murder. The judge found that the police had lied.\n',
    )
    expect(doc.quotes.map((q) => [q.text, q.cue?.text])).toEqual([['the police had lied', 'found']])
  })
})

describe('a passive in a relative clause before a partial quote', () => {
  it('reports nothing: the attribution that closes the sentence does', () => {
    const doc = parse(
      'Rates\n\nThe Rengo union, whose first results were announced last week, showed "solid momentum" in wages, Ueda said.\n',
    )
    expect(attributions(doc)).toEqual([['solid momentum', 'Ueda', 'said', 'Ueda']])
  })
})

describe('a retort', () => {
  it('reports the clause after "shot back that" as its subject’s', () => {
    const doc = parse(
      'Debate\n\nSenator Dana Whitfield spoke first. Whitfield shot back that Kessler had opposed the bill.\n',
    )
    expect(attributions(doc)).toEqual([
      ['Kessler had opposed the bill', 'Whitfield', 'shot back', 'Dana Whitfield'],
    ])
  })
})

describe('a surname that is a verb’s form', () => {
  it('is part of the source ("Zuhura Said, 45, said")', () => {
    const doc = parse(
      'Outbreak\n\nMarket trader Zuhura Said, 45, said she had seen fewer customers since the first death.\n',
    )
    expect(attributions(doc)).toEqual([
      [
        'she had seen fewer customers since the first death',
        'Market trader Zuhura Said',
        'said',
        'Zuhura Said',
      ],
    ])
  })
})

describe('a quoted sentence broken by its attribution', () => {
  it('goes on as a direct quote after it', () => {
    const doc = parse(
      'Ruling\n\n"Courts have granted it before," Ribeiro said, "and the defense will cite those precedents."\n',
    )
    expect(doc.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['direct', 'Courts have granted it before,'],
      ['direct', 'and the defense will cite those precedents.'],
    ])
  })
})

describe('a second report joined by "as"', () => {
  it('is read apart, with its own source past a short name in brackets', () => {
    const doc = parse(
      'Outbreak\n\nThe ministry said it had confirmed four new cases, as the World Health Organization (WHO) warned that the virus could spread to Burundi.\n',
    )
    expect(attributions(doc)).toEqual([
      ['it had confirmed four new cases', 'The ministry', 'said', 'ministry'],
      [
        'the virus could spread to Burundi',
        'the World Health Organization',
        'warned',
        'World Health Organization',
      ],
    ])
  })
})

describe('a description after a sentence that names a person as an object', () => {
  it('stands for the subject of that sentence ("co-founded the company with Rajiv Menon")', () => {
    const doc = parse(
      'Layoffs\n\nLena Hartmann co-founded the company with Rajiv Menon in 2011. In the memo, the German-born executive said the savings would be reinvested.\n',
    )
    expect(speakerName(doc, doc.quotes[0])).toBe('Lena Hartmann')
    // With no person before the object in its paragraph, the object.
    const alone = parse(
      'Layoffs\n\nThe board met with Rajiv Menon in 2011. The executive said the savings would be reinvested.\n',
    )
    expect(speakerName(alone, alone.quotes[0])).toBe('Rajiv Menon')
  })

  it('stands for the subject, past one that a "that" clause names after its time ("On Thursday, Trump announced that Manafort")', () => {
    const doc = parse(
      'Adviser\n\nDonald Trump has hired Paul Manafort. On Thursday, Trump announced that Manafort would play a role. In a statement, the business mogul said he was "assigning" tasks to Manafort.\n',
    )
    const quote = doc.quotes.find((q) => q.text === 'assigning')
    expect(quote?.source?.text).toBe('the business mogul')
    expect(speakerName(doc, quote)).toBe('Donald Trump')
  })
})

describe('a co-founder', () => {
  it('is a person a description names ("the co-founder wrote")', () => {
    const doc = parse(
      'Layoffs\n\nRajiv Menon wrote on LinkedIn that he supported the decision. "Lena made the call I would have made," the co-founder wrote.\n',
    )
    expect(speakerName(doc, doc.quotes[1])).toBe('Rajiv Menon')
  })
})

describe('a name after the courtesy title that opens its sentence', () => {
  it('stands out for a pronoun after it ("Mr Whitlock paused. … he said")', () => {
    const doc = parse(
      'Inquiry\n\nMichael Doyle asked Mr Whitlock whether he wished to apologise.\n\nMr Whitlock paused.\n\n"I am deeply sorry," he said.\n',
    )
    expect(
      speakerName(
        doc,
        doc.quotes.find((q) => q.kind === 'direct'),
      ),
    ).toBe('Whitlock')
  })
})

describe('a saying denied after a quotation', () => {
  it('does not take the quotation from its speaker ("X did not respond", "didn\'t say")', () => {
    const doc = parse(
      'Protest\n\n"Workers cannot survive this," union leader Joe Ajayi said. "A worker now spends half of his salary getting to work." President Bola Tinubu did not respond.\n\n"We will appeal," Ajayi said. "This is not over." The ministry didn\'t respond to a request for comment.\n',
    )
    expect(attributions({ ...doc, quotes: direct(doc) })).toEqual([
      ['Workers cannot survive this,', 'union leader Joe Ajayi', 'said', 'Joe Ajayi'],
      [
        'A worker now spends half of his salary getting to work.',
        'union leader Joe Ajayi',
        'said',
        'Joe Ajayi',
      ],
      ['We will appeal,', 'Ajayi', 'said', 'Joe Ajayi'],
      ['This is not over.', 'Ajayi', 'said', 'Joe Ajayi'],
    ])
  })
})

describe('a sentence after a quotation that reports on its own', () => {
  it('is its own report, not the quotation\'s attribution ("He said the province had released")', () => {
    const doc = parse(
      'Floods\n\n"I will not pretend that we have done enough," Bhutto said. "The scale of this is beyond us." He said the province had released 8 billion rupees for relief.\n\n"Did you know?" Todd asked the candidate.\n',
    )
    expect(attributions(doc)).toEqual([
      ['I will not pretend that we have done enough,', 'Bhutto', 'said', 'Bhutto'],
      ['The scale of this is beyond us.', 'Bhutto', 'said', 'Bhutto'],
      ['the province had released 8 billion rupees for relief', 'He', 'said', 'Bhutto'],
      ['Did you know?', 'Todd', 'asked', 'Todd'],
    ])
  })
})

describe('a gerund of a setting', () => {
  it('is no cue ("Under questioning from counsel, Mr Hanlon agreed")', () => {
    const doc = parse(
      'Inquiry\n\nUnder questioning from counsel, Mr Hanlon agreed that the team had relied on a prediction that was "at least six hours old" when it decided.\n',
    )
    expect(attributions(doc)).toEqual([['at least six hours old', 'Mr Hanlon', 'agreed', 'Hanlon']])
  })
})

describe('a refusal', () => {
  it('of a court’s or an office’s act reports nothing ("declined to hear the case")', () => {
    const doc = parse(
      'Ruling\n\nThe Missouri Supreme Court declined to hear the case in August. Kuroda declined to comment.\n',
    )
    expect(attributions(doc)).toEqual([['to comment', 'Kuroda', 'declined', 'Kuroda']])
  })

  it('ends before a report joined by "but" with a subject of a noun and its qualifiers', () => {
    const doc = parse(
      'Recall\n\nKuroda declined to name the supplier, but two people familiar with the matter said it was Tanigawa Seiko.\n',
    )
    expect(attributions(doc).map(([text, source, cue]) => [text, source, cue])).toEqual([
      ['to name the supplier', 'Kuroda', 'declined'],
      ['it was Tanigawa Seiko', 'two people familiar with the matter', 'said'],
    ])
  })
})

describe('a second report joined by "but" after an adverb alone', () => {
  it('goes on from the first report’s source ("but initially believed")', () => {
    const doc = parse(
      'Recall\n\nTakeshi Morimoto spoke. He said engineers first identified the problem in February but initially believed it was limited to a single production lot.\n',
    )
    expect(attributions(doc).map(([text, source]) => [text, source])).toEqual([
      ['engineers first identified the problem in February', 'He'],
      ['it was limited to a single production lot', 'He'],
    ])
  })
})

describe('a pronoun after a sentence whose subject a relative clause follows', () => {
  it('stands for the subject, not the last name of the clause ("who advised Stephen Harper, said")', () => {
    const doc = parse(
      'Cuts\n\nStephen Mackenzie, a professor at the University of Toronto who advised former prime minister Stephen Harper, said the cuts were small.\n\n"It is an accounting exercise," he said.\n',
    )
    expect(speakerName(doc, direct(doc)[0])).toBe('Stephen Mackenzie')
  })
})

describe('a second report joined by "and" or "while" whose subject has a description set off', () => {
  it('is split at the conjunction ("and Brian Deese, the White House climate adviser, said")', () => {
    const doc = parse(
      'Climate\n\nThe White House contends it is still on track to meet those targets, and Brian Deese, the White House climate change adviser, said he and his staff were preparing plans.\n',
    )
    expect(attributions(doc).map(([text, source, cue]) => [text, source, cue])).toEqual([
      ['it is still on track to meet those targets', 'The White House', 'contends'],
      ['he and his staff were preparing plans', 'Brian Deese', 'said'],
    ])
  })
})

describe('a subject after an opening phrase of two parts', () => {
  it('stands out for a pronoun after it ("Speaking earlier, before the result was known, Farage")', () => {
    const doc = parse(
      'Count\n\nDean Ashworth, a 52-year-old former councillor, took 14,212 votes.\n\nSpeaking earlier in the evening, before the result was known, Farage had predicted a win. "We are going to do this," he told supporters at a pub.\n',
    )
    expect(speakerName(doc, direct(doc)[0])).toBe('Farage')
  })
})

describe('a person placed by "from" who speaks', () => {
  it('is the source with where they are from, not the place ("a Labour MP from a neighbouring seat said")', () => {
    const doc = parse(
      'Count\n\nPriya Nandakumar insisted that by-elections were "always difficult". But a Labour MP from a neighbouring seat said colleagues were "frankly terrified". A resident from the town said the water was rising.\n',
    )
    expect(attributions(doc).map(([text, source, , speaker]) => [text, source, speaker])).toEqual([
      ['always difficult', 'Priya Nandakumar', 'Priya Nandakumar'],
      [
        'frankly terrified',
        'a Labour MP from a neighbouring seat',
        'Labour MP from a neighbouring seat',
      ],
      ['the water was rising', 'A resident from the town', 'resident from the town'],
    ])
  })
})

describe('the words a sign bears', () => {
  it("are the sign’s, not the speaker’s of the sentence (\"placards reading 'Q1' and 'Q2'\")", () => {
    const doc = parse(
      'Protest\n\n"Workers cannot survive this," union leader Joe Ajayi told a crowd in Abuja, where protesters carried placards reading "End Hunger Now" and "Remember the masses".\n',
    )
    expect(attributions(doc)).toEqual([
      ['Workers cannot survive this,', 'union leader Joe Ajayi', 'told', 'Joe Ajayi'],
      ['End Hunger Now', 'placards', 'reading', null],
      ['Remember the masses', 'placards', 'reading', null],
    ])
  })
})

describe('a final "according to" after a relative clause', () => {
  it('leaves the report the sentence opens with to its subject ("The presidency said that A, which cost $10 billion, according to the ministry")', () => {
    const doc = parse(
      'Subsidy\n\nThe presidency said on Wednesday evening that there was no going back on the removal of the subsidy, which cost the government about $10 billion in 2022 alone, according to the finance ministry.\n',
    )
    expect(attributions(doc).map(([, source, cue]) => [source, cue])).toEqual([
      ['The presidency', 'said'],
    ])
  })
})

describe('a final "according to" a document after a named report', () => {
  it('leaves the report to the name that opens the sentence ("Morita said A, according to a statement")', () => {
    const text = (source: string): string =>
      `Recall\n\nKeiko Morita, a ministry director, spoke on Tuesday. Morita said the ministry had asked four other manufacturers to check their products, according to ${source}.\n`
    expect(
      attributions(parse(text('a statement posted on its website'))).map(([, source, cue]) => [
        source,
        cue,
      ]),
    ).toContainEqual(['Morita', 'said'])
    // (Not a body's or a name's: "according to Reuters" tells who reports the report.)
    expect(
      attributions(parse(text('Reuters'))).map(([, source, cue]) => [source, cue]),
    ).toContainEqual(['Reuters', 'according to'])
  })

  it('leaves it to a nominal that opens the sentence, after data a name holds ("according to LSEG data")', () => {
    expect(
      attributions(
        parse(
          'Results\n\nHalvorsen Data Corp reported on Thursday. The company said revenue rose 4% to $2.31 billion, below the $2.38 billion analysts had expected, according to LSEG data.\n',
        ),
      ),
    ).toEqual([
      [
        'revenue rose 4% to $2.31 billion, below the $2.38 billion analysts had expected',
        'The company',
        'said',
        'Halvorsen Data Corp',
      ],
    ])
  })
})

describe('an "according to" source described, then named', () => {
  it('holds the name set off after the description ("according to its chief executive, Rolf Habben Jansen,")', () => {
    const doc = parse(
      "Collision\n\nThe two missing men were deckhands, according to the vessel's manager, Valletta-based Meridian Bulk Management. According to its chief executive, Rolf Habben Jansen, the crew was safe.\n",
    )
    expect(attributions(doc)).toEqual([
      [
        'The two missing men were deckhands',
        "the vessel's manager, Valletta-based Meridian Bulk Management",
        'according to',
        'Meridian Bulk Management',
      ],
      [
        'the crew was safe',
        'its chief executive, Rolf Habben Jansen',
        'According to',
        'Rolf Habben Jansen',
      ],
    ])
    // (Not a document's description before the clause's own subject.)
    const summary = parse(
      'Inquiry\n\nAccording to an FBI summary of its investigation, Cheryl Mills, a top aide, sent the employee an email.\n',
    )
    expect(attributions(summary).map(([text]) => text)).toEqual([
      'Cheryl Mills, a top aide, sent the employee an email',
    ])
  })
})

describe('a body of a state that the story describes, not names', () => {
  /** Each quote's source and its speaker's kind and name. */
  const speakers = (doc: ArticleDocument) =>
    doc.quotes.map((quote) => {
      const entity = doc.entities.find((each) => each.id === quote.speaker)
      return [quote.source?.text, entity ? `${entity.kind} ${entity.name}` : null]
    })

  it('speaks as one organisation under each description ("Mexico\'s foreign ministry said ... the ministry said")', () => {
    const doc = parse(
      'Extradition\n\nMexico\'s foreign ministry said the request would be handled under Mexican law.\n\n"We will not be rushed," the ministry said.\n',
    )
    expect(speakers(doc)).toEqual([
      ["Mexico's foreign ministry", "organization Mexico's foreign ministry"],
      ['the ministry', "organization Mexico's foreign ministry"],
    ])
    const ministry = doc.entities.find((entity) => entity.name === "Mexico's foreign ministry")
    expect(ministry?.mentions.map((mention) => [mention.kind, mention.text])).toEqual([
      ['nominal', "Mexico's foreign ministry"],
      ['nominal', 'the ministry'],
    ])
  })

  it('is named by its fullest description, and a later "the bank" is it ("The central bank said ... Brazil\'s central bank")', () => {
    const doc = parse(
      'Rates\n\nThe central bank said inflation was easing.\n\n"Prices are stable," the bank said in a statement. Brazil\'s central bank meets again in March.\n',
    )
    expect(speakers(doc)).toEqual([
      ['The central bank', "organization Brazil's central bank"],
      ['the bank', "organization Brazil's central bank"],
    ])
  })

  it('is a body of its own for other field words or another place ("the foreign ministry", "the finance ministry", "the Russian defence ministry")', () => {
    const doc = parse(
      'Talks\n\nThe foreign ministry said the talks were over. The finance ministry said the budget would hold. The Russian defence ministry said its forces had advanced. "The operation continues," the defence ministry said.\n',
    )
    expect(speakers(doc)).toEqual([
      ['The foreign ministry', 'organization foreign ministry'],
      ['The finance ministry', 'organization finance ministry'],
      ['The Russian defence ministry', 'organization Russian defence ministry'],
      ['the defence ministry', 'organization Russian defence ministry'],
    ])
  })

  it('is the body the story named, when one fits ("the Ministry of Foreign Affairs ... the foreign ministry said")', () => {
    const doc = parse(
      'Talks\n\nThe Ministry of Foreign Affairs summoned the ambassador on Monday. "This is unacceptable," the foreign ministry said.\n',
    )
    expect(speakers(doc)).toEqual([
      ['the foreign ministry', 'organization Ministry of Foreign Affairs'],
    ])
  })

  it('is what "it" stands for after its description, before it has spoken as a source ("Brazil\'s central bank held rates. \'Q,\' it said")', () => {
    const doc = parse(
      'Rates\n\nBrazil\'s central bank held its rate at 15% on Wednesday. "Inflation remains too high," it said in a statement.\n\n"We will not be rushed," the central bank said.\n',
    )
    expect(speakers(doc)).toEqual([
      ['it', "organization Brazil's central bank"],
      ['the central bank', "organization Brazil's central bank"],
    ])
  })

  it('is the body of that place the document names later ("Chile\'s central bank ... the Banco Central de Chile")', () => {
    for (const [text, name] of [
      [
        "Chile's central bank signalled on Tuesday that the easing cycle was close to an end. The board of the Banco Central de Chile (BCCh) voted 4-1 for the cut.",
        'Banco Central de Chile',
      ],
      [
        "Nigeria's central bank signalled on Tuesday that the easing cycle was close to an end. The board of the Central Bank of Nigeria (CBN) voted 4-1 for the cut.",
        'Central Bank of Nigeria',
      ],
    ] as const) {
      const doc = parse(`Rates\n\n${text}\n`)
      expect(speakers(doc)).toEqual([
        [text.slice(0, text.indexOf(' signalled')), `organization ${name}`],
      ])
      expect(doc.entities.filter((entity) => entity.kind === 'organization')).toHaveLength(1)
    }
  })

  it('is named by the one portfolio the text\'s ministers hold, when only its head describes it ("Interior Minister ... the ministry said")', () => {
    const doc = parse(
      'Vote\n\nInterior Minister Abdi Hassan warned politicians. In a statement released late Sunday, the ministry said offenders would be prosecuted.\n',
    )
    expect(speakers(doc)).toEqual([['the ministry', 'organization interior ministry']])
    const prime = parse(
      'Vote\n\nPrime Minister Abdi Hassan warned politicians. In a statement released late Sunday, the ministry said offenders would be prosecuted.\n',
    )
    expect(speakers(prime)).toEqual([['the ministry', 'organization ministry']])
  })

  it('is no one for a group of it, and no description inside a compound ("officials at the finance ministry", "government-run")', () => {
    const doc = parse(
      'Budget\n\nOfficials at the finance ministry said the deficit would shrink. The government-run press agency said the presidency had approved it.\n',
    )
    expect(speakers(doc).map(([source, speaker]) => [source, speaker])).toEqual([
      ['Officials at the finance ministry', null],
      ['The government-run press agency', null],
    ])
    expect(doc.entities.some((entity) => /government/u.test(entity.name))).toBe(false)
  })
})

describe('a warning that is a noun', () => {
  it('is no cue ("the second warning in four months", "ignored warning signs"); "by first saying" still is', () => {
    const doc = parse(
      'Cars\n\nAccording to Citigroup analyst Rupert Lowe-Hadley, the second warning in four months "raises questions about the credibility of the plan." Bush responded by first saying "some good things" about Trump.\n',
    )
    expect(attributions(doc).map(([text, source, cue]) => [text, source, cue])).toEqual([
      [
        'raises questions about the credibility of the plan',
        'Citigroup analyst Rupert Lowe-Hadley',
        'According to',
      ],
      ['some good things', 'Bush', 'saying'],
    ])
    const signs = parse(
      'Report\n\nStaff repeatedly ignored warning signs, and managers "closed ranks" when parents raised concerns.\n',
    )
    expect(signs.quotes.map((quote) => quote.cue?.text ?? null)).not.toContain('warning')
  })
})

describe('a former office as the source', () => {
  it('is the person the text is about when no one named holds the office ("The 58-year-old former justice minister said")', () => {
    const doc = parse(
      'Vote\n\nGrace Achieng spoke on Monday. The 58-year-old former justice minister said her coalition would go to court.\n',
    )
    expect(attributions(doc)).toEqual([
      [
        'her coalition would go to court',
        'The 58-year-old former justice minister',
        'said',
        'Grace Achieng',
      ],
    ])
    // (The office held now is someone the text has not named.)
    const now = parse(
      'Vote\n\nGrace Achieng spoke on Monday. The justice minister said the coalition would go to court.\n',
    )
    expect(attributions(now).map(([, , , speaker]) => speaker)).toEqual([null])
  })
})

describe('sources a review of a coal mine ruling and an election found misread', () => {
  it('reads a court whose name joins two words over "and", one a first name, whole', () => {
    const doc = parse(
      'Ruling\n\nJustice Helen Marsh of the Land and Environment Court said the mine would add to emissions. The NSW Land and Environment Court has ruled before.\n',
    )
    expect(attributions(doc)).toEqual([
      [
        'the mine would add to emissions',
        'Helen Marsh of the Land and Environment Court',
        'said',
        'Helen Marsh',
      ],
    ])
    expect(doc.entities.filter((e) => e.kind === 'organization').map((e) => e.name)).toEqual([
      'Land and Environment Court',
      'NSW Land and Environment Court',
    ])
  })

  it('reads past a short aside in brackets to the verb that reports the clause', () => {
    const doc = parse(
      'Ruling\n\nJustice Helen Marsh said the project by Ridgeline Coal Holdings (RCH) would add "substantially" to emissions.\n',
    )
    expect(attributions(doc)).toEqual([
      ['substantially', 'Justice Helen Marsh', 'said', 'Helen Marsh'],
    ])
  })

  it('gives "who" after a person and the body they are of to the person', () => {
    const doc = parse(
      'Ruling\n\nThe court heard from Professor Anika Ramesh of the University of New South Wales, who estimated that the coal would release 310 million tonnes of carbon dioxide.\n',
    )
    expect(attributions(doc)).toEqual([
      [
        'the coal would release 310 million tonnes of carbon dioxide',
        'Professor Anika Ramesh',
        'estimated',
        'Anika Ramesh',
      ],
    ])
  })

  it('keeps a body the possessive before its head tells apart from the one whose name ends in it', () => {
    const doc = parse(
      'Mine\n\nRidgeline Coal Holdings said it was disappointed. The residents’ association said it would hold a meeting. The National Rifle Association opposed the plan, and the association said it would sue. The teachers’ union said it would strike.\n',
    )
    expect(attributions(doc).map(([, source, , speaker]) => [source, speaker])).toEqual([
      ['Ridgeline Coal Holdings', 'Ridgeline Coal Holdings'],
      ['The residents’ association', null],
      ['The National Rifle Association', 'National Rifle Association'],
      ['the association', 'National Rifle Association'],
      ['The teachers’ union', null],
    ])
  })
})

describe('speakers a review of an antitrust trial and a sacked manager found misread', () => {
  it('gives "the club" a club, not the league its games are in', () => {
    const doc = parse(
      'Wolves sack Renzi after seventh straight defeat\n\nItalian leaves Molineux with club bottom of the Premier League\n\nWolverhampton Wanderers have sacked manager Paolo Renzi.\n\nIn a statement, the club said: "Wolves would like to thank Paolo and his staff."\n',
    )
    expect(speakerName(doc, doc.quotes[0])).toBe('Wolverhampton Wanderers')
  })

  it('reads no source in a participle and its object after a quote ("pushing back against")', () => {
    const doc = parse(
      'Trial\n\nThe chief executive of Meridian Technologies Inc told a federal judge on Tuesday that the company faced "fierce, daily competition," pushing back against U.S. Justice Department claims that it monopolised software distribution.\n',
    )
    expect(attributions(doc)[0]?.slice(1, 3)).toEqual([
      'The chief executive of Meridian Technologies Inc',
      'told',
    ])
  })

  it('gives a quote in the clause a second verb’s "that" opens to that verb’s subject', () => {
    const doc = parse(
      'Senators\n\nSenator Robert Hale of Utah said the case was "long overdue," while Senator Thomas Greer, a Texas Republican, warned that breaking up Meridian would "hand the future of technology to Beijing."\n',
    )
    expect(direct(doc).map((quote) => [quote.cue?.text, speakerName(doc, quote)])).toEqual([
      ['said', 'Robert Hale'],
      ['warned', 'Thomas Greer'],
    ])
  })

  it('reads no report in goals conceded, but one in what a person concedes', () => {
    const doc = parse(
      'Wolves\n\nThe club have won one of their 11 league matches and have conceded 26 goals. They conceded a late penalty on Saturday. The chairman conceded that the season was lost.\n',
    )
    expect(doc.quotes.map((quote) => quote.text)).toEqual(['the season was lost'])
  })

  it('gives a partial quote after "According to X," the clause it stands in for its claim', () => {
    const doc = parse(
      'Rates\n\nAccording to Juan Pablo Restrepo, an economist at BBVA Research in Bogota, the split vote showed the board was "deeply divided" and a second hike was far from certain.\n',
    )
    expect(doc.quotes.map((quote) => [quote.kind, quote.claim?.text])).toEqual([
      [
        'partial',
        'the split vote showed the board was "deeply divided" and a second hike was far from certain',
      ],
    ])
  })

  it('leaves a month before a pronoun out of the source ("In June she called"), not a name', () => {
    const doc = parse(
      'Rates\n\nIn June she called for cuts of "at least 100 basis points" before the end of 2025. June Smith said it was "a mess".\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual(['she', 'June Smith'])
  })

  it('keeps where a group is in its source ("Consumer groups in both countries")', () => {
    const doc = parse(
      'Recall\n\nConsumer groups in both countries said the company had waited too long.\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, quote.speaker])).toEqual([
      ['Consumer groups in both countries', null],
    ])
  })

  it('gives "the mediator" the person the text named last', () => {
    const doc = parse(
      'Strike\n\nVince Lapointe, a labour lawyer appointed as mediator in December, released a report on Feb. 6.\n\n"Both parties need to take a step back," the mediator said.\n',
    )
    expect(speakerName(doc, direct(doc)[0])).toBe('Vince Lapointe')
  })

  it('gives a reply to the person the question before addresses, not to the asker', () => {
    const doc = parse(
      'Trial\n\nLeonard Whitcomb testified on Tuesday.\n\n"Those were your words, Mr. Whitcomb?" Okafor asked.\n\n"They were my words, and I regret the tone," the 58-year-old replied.\n',
    )
    expect(direct(doc).map((quote) => speakerName(doc, quote))).toEqual([
      'Okafor',
      'Leonard Whitcomb',
    ])
  })

  it('gives "the chief officer" the person titled "chief officer of" a body, no one unnamed', () => {
    const doc = parse(
      'Inquiry\n\nMr Gavin Petrakis, the chief officer of Country Fire Victoria, gave evidence. The chief officer told the commission that the system had crashed twice.\n',
    )
    expect(speakerName(doc, doc.quotes[0])).toBe('Gavin Petrakis')
    expect(doc.entities.filter((entity) => entity.kind === 'person')).toHaveLength(1)
  })

  it("takes a quote's cue from its own clause after a semicolon, not the clause before", () => {
    const doc = parse(
      "Haryana result\n\nCongress concedes defeat, AAP fails to open account; Hooda blames 'misuse of machinery'\n\nBy Ashok Kumar\n\nThe BJP won on Saturday. Bhupinder Singh Hooda spoke.\n",
    )
    const quote = doc.quotes.find((q) => q.text === 'misuse of machinery')
    expect([quote?.cue?.text, quote?.source?.text, speakerName(doc, quote)]).toEqual([
      'blames',
      'Hooda',
      'Bhupinder Singh Hooda',
    ])
  })

  it('ends a report before a clause of the writer\'s that ", as" opens, not before an aside', () => {
    const reports = (text: string) =>
      parse(`Inquiry\n\n${text}\n`)
        .quotes.filter((q) => q.kind === 'indirect')
        .map((q) => q.text)
    expect(
      reports(
        "The fire chief has conceded that intelligence never reached residents, as the premier defends her government's record.",
      ),
    ).toEqual(['intelligence never reached residents'])
    expect(reports('He said prices rose, as a result of the war.')).toEqual([
      'prices rose, as a result of the war',
    ])
    expect(
      reports('Staffers described how Trump, as a presidential candidate, zipped their lips.'),
    ).toEqual(['how Trump, as a presidential candidate, zipped their lips'])
  })

  it('gives the turns of an exchange after a reply to the asker and the replier by turns', () => {
    const doc = parse(
      'Inquiry\n\n"So the map sat in an inbox?" Ms Okafor asked.\n\n"It sat in a shared folder, yes," Mr Petrakis replied.\n\n"For how long?"\n\n"Until about 8.50pm, from my reading of the logs."\n\n"And nobody opened it?"\n',
    )
    expect(direct(doc).map((quote) => [quote.text, speakerName(doc, quote)])).toEqual([
      ['So the map sat in an inbox?', 'Okafor'],
      ['It sat in a shared folder, yes,', 'Petrakis'],
      ['For how long?', 'Okafor'],
      ['Until about 8.50pm, from my reading of the logs.', 'Petrakis'],
      ['And nobody opened it?', 'Okafor'],
    ])
  })

  it("gives a pronoun's reply to a question the person the asker pressed before it", () => {
    const doc = parse(
      'Inquiry\n\nCounsel assisting the commission, Ms Renata Okafor SC, pressed Mr Gavin Petrakis on the timeline. "So the map sat in an inbox?" Ms Okafor asked.\n\n"It sat in a shared folder, yes," he replied.\n\n"For how long?"\n',
    )
    expect(direct(doc).map((quote) => speakerName(doc, quote))).toEqual([
      'Renata Okafor',
      'Gavin Petrakis',
      'Renata Okafor',
    ])
  })

  it('gives "he" no person whose form of address says "she" ("Ms Okafor asked ... he replied")', () => {
    const reply = parse(
      'Inquiry\n\nCounsel assisting the inquiry, Ms Renata Okafor SC, pressed Mr Gavin Petrakis. "So the map sat in an inbox?" Ms Okafor asked. "It sat in a shared folder, yes," he replied.\n',
    )
    expect(direct(reply).map((quote) => speakerName(reply, quote))).toEqual([
      'Renata Okafor',
      'Gavin Petrakis',
    ])
    // (No person "Counsel": the role's word that opens the sentence.)
    expect(reply.entities.map((entity) => entity.name)).not.toContain('Counsel')
    const asked = parse(
      'Inquiry\n\n"So the map sat in an inbox?" Ms Okafor asked. "It sat in a shared folder, yes," he replied.\n',
    )
    expect(speakerName(asked, direct(asked)[1])).toBeNull()
    const said = parse(
      'Inquiry\n\nMs Margaret Lindqvist said the commission would "follow the evidence".\n\nHe said that the service had since spent $4.2 million upgrading the system.\n',
    )
    const report = said.quotes.find((quote) => quote.text.startsWith('the service'))
    expect(report?.source?.text).toBe('He')
    expect(speakerName(said, report)).toBeNull()
  })

  it('gives a description the subject of the sentence before, not the object of its participle', () => {
    const doc = parse(
      'Tribute\n\n"They pay their money, they have the right to be angry," Renzi said.\n\nCaptain Tom Harland posted a message on Instagram thanking Renzi. "Gaffer, thank you for everything," the defender wrote.\n',
    )
    const quote = direct(doc).find((q) => q.text.startsWith('Gaffer'))
    expect(speakerName(doc, quote)).toBe('Tom Harland')
  })

  it('reads the quotes of a standfirst, its role given the one person the story titles so', () => {
    const doc = parse(
      'Rates rise in Colombia\n\nBoard surprises markets; finance minister says the decision "hurts growth"\n\nBy Jane Doe\n\nBOGOTA, Oct 30 (Reuters) - The central bank raised rates on Thursday. Finance Minister Lucia Barragan criticised the move.\n',
    )
    expect(doc.meta.standfirst).toContain('finance minister says')
    const quote = doc.quotes.find((q) => q.text === 'hurts growth')
    expect([quote?.kind, quote?.cue?.text, quote?.source?.text]).toEqual([
      'partial',
      'says',
      'finance minister',
    ])
    expect(speakerName(doc, quote)).toBe('Lucia Barragan')
    // A clause after a semicolon reports as a headline does, and "say" of a plural speaker.
    const groups = parse(
      'Kanade recalls power banks\n\nRegulators open inquiries; consumer groups say the company moved too slowly\n\nBy Kenji Mori\n\nTOKYO, Feb. 12 - Kanade shares fell on Thursday.\n',
    )
    expect(groups.quotes.map((q) => [q.text, q.cue?.text, q.source?.text])).toEqual([
      ['the company moved too slowly', 'say', 'consumer groups'],
    ])
    // A standfirst's report ends with its sentence.
    const sentences = parse(
      'Orbis unveils glasses\n\nThe company says its new assistant will ship on every device. Critics say that is exactly the problem.\n\nBy Jane Doe\n\nOrbis Technologies unveiled its glasses on Tuesday.\n',
    )
    expect(sentences.quotes.map((q) => [q.text, q.source?.text])).toEqual([
      ['its new assistant will ship on every device', 'The company'],
      ['that is exactly the problem', 'Critics'],
    ])
    // One that reports as a paragraph does, past its first words.
    const told = parse(
      'Doyle faces vote\n\nPremier Catherine Doyle will fight for her political life on Thursday after a former health minister told the watchdog he was pressured to approve a contract.\n\nBy Lachlan Pearce\n\nSYDNEY: Ms Doyle will face the vote on Thursday.\n',
    )
    expect(told.meta.standfirst).toContain('former health minister')
    expect(told.quotes.map((q) => [q.text, q.cue?.text, q.source?.text])).toEqual([
      ['he was pressured to approve a contract', 'told', 'a former health minister'],
    ])
  })

  it('carries no speaker from a headline to the standfirst below it', () => {
    const doc = parse(
      "Ryan calls Trump line 'racist,' but backs him;\nCriticism within party drives candidate to say remarks 'misconstrued.'\n\nSpeaker Paul D. Ryan on Tuesday called the remarks racist.\n",
    )
    const quote = doc.quotes.find((q) => q.text.startsWith('misconstrued'))
    expect(quote).toBeDefined()
    expect([quote?.cue?.text, quote?.source?.text, quote?.speaker]).toEqual([
      undefined,
      undefined,
      null,
    ])
  })

  it('reads no report in goods a maker recalls ("recalled 1.2 million power banks")', () => {
    const reports = (text: string) => parse(`Recall\n\n${text}\n`).quotes.map((q) => q.text)
    expect(reports('Kanade recalled 1.2 million power banks on Thursday.')).toEqual([])
    expect(reports('The carmaker recalls about 40,000 of its older vehicles in Japan.')).toEqual([])
    expect(reports('She recalled that the plant had been shut for weeks.')).toEqual([
      'the plant had been shut for weeks',
    ])
  })

  it("keeps a ministry of another portfolio apart from the one named ('the Gaza health ministry')", () => {
    const doc = parse(
      'Talks\n\nFamilies protested outside the Defence Ministry in Tel Aviv on Saturday. The Gaza health ministry said 34 people had been killed. The defense ministry said it would not comment.\n',
    )
    expect(attributions(doc).map(([, source, , speaker]) => [source, speaker])).toEqual([
      ['The Gaza health ministry', 'Gaza health ministry'],
      ['The defense ministry', 'Defence Ministry'],
    ])
  })

  it('gives a role set off before a description and a name the person named ("X\'s coach, the former player Y, said")', () => {
    const doc = parse(
      "Final\n\nVarga's coach, the former Swedish player Mikael Lindqvist, said the difference on Sunday had been patience. His coach, the former Australian doubles player Ruth Callahan, said she had no doubt.\n",
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toEqual([
      ["Varga's coach", 'Mikael Lindqvist'],
      ['His coach', 'Ruth Callahan'],
    ])
    expect(doc.entities.map((entity) => entity.name)).not.toContain('His coach')
  })

  it('reads a court\'s holding after "ruled that", and nothing after "ruled" without it', () => {
    const doc = parse(
      'Ruling\n\nThe U.S. Supreme Court on Friday ruled that the commission cannot impose fines. A judge ruled against the company in May. The referee ruled the goal offside.\n',
    )
    expect(attributions(doc)).toEqual([
      [
        'the commission cannot impose fines',
        'The U.S. Supreme Court',
        'ruled',
        'U.S. Supreme Court',
      ],
    ])
  })

  it("gives a company's works council or union its own body, not the company", () => {
    const doc = parse(
      "Cuts\n\nHelmbrecht Lithotech SE said it would cut 1,100 jobs. Helmbrecht's works council said it had learned of the closure on Wednesday. Its union said it would strike.\n",
    )
    expect(attributions(doc).map(([, source, , speaker]) => [source, speaker])).toEqual([
      ['Helmbrecht Lithotech SE', 'Helmbrecht Lithotech SE'],
      ["Helmbrecht's works council", "Helmbrecht's works council"],
      ['Its union', 'Its union'],
    ])
  })

  it("gives a person's family no speaker: a group of theirs, not the person", () => {
    const doc = parse(
      "Avalanche\n\nDawa Gyalzen Sherpa, 34, died on Tuesday. Dawa Gyalzen's family said he had been saving. Tom Harrington also died. His family said he loved the mountains. Harrington's lawyer said the agency was at fault.\n",
    )
    expect(attributions(doc).map(([, source, , speaker]) => [source, speaker])).toEqual([
      ["Dawa Gyalzen's family", null],
      ['His family', null],
      ["Harrington's lawyer", "Harrington's lawyer"],
    ])
  })

  it('takes no analyst\'s employer for "the company" a later sentence names', () => {
    const doc = parse(
      'Results\n\nHelmbrecht Lithotech SE cut its forecast. Deutsche Bank analyst Claudia Reinholt called the cut "larger than feared". Jonas Almqvist said the company\'s exposure to packaging would support a recovery.\n',
    )
    const company = doc.entities.find((entity) => entity.aliases.includes('company'))
    expect(company?.name).toBe('Helmbrecht Lithotech SE')
  })

  it('gives a participle after "with" and a noun phrase that phrase for its source', () => {
    const doc = parse(
      'Fraud\n\nA Harrogate man who posed as a roofer has been jailed, with a judge describing his crimes as "cold, calculated and cruel". The company collapsed, with analysts calling the deal "a disaster".\n',
    )
    expect(doc.quotes.map((quote) => [quote.cue?.text, quote.source?.text])).toEqual([
      ['describing', 'a judge'],
      ['calling', 'analysts'],
    ])
  })

  it('gives "quoted X as saying" to X, not to the text that quotes them', () => {
    const doc = parse(
      'Cholera\n\n"Cholera is a disease of poverty," the statement quoted UNICEF\'s regional director, Marguerite Duval, as saying. "Children are paying the heaviest price."\n\nThe agency quoted its chief, Ana Reyes, as saying: "We need more money."\n',
    )
    expect(attributions(doc).map(([, source, cue, speaker]) => [source, cue, speaker])).toEqual([
      ["UNICEF's regional director, Marguerite Duval", 'saying', 'Marguerite Duval'],
      ["UNICEF's regional director, Marguerite Duval", 'saying', 'Marguerite Duval'],
      ['its chief, Ana Reyes', 'saying', 'Ana Reyes'],
    ])
  })

  it('reads counsel\'s side set off after the name as no cue ("Philip Ambrose, defending, said")', () => {
    const doc = parse(
      'Court\n\nPhilip Ambrose, defending, said his client had a long-standing gambling addiction and had "sunk lower than he ever thought possible". Nadia Qureshi, prosecuting, said the defendant had taken "every penny".\n',
    )
    expect(attributions(doc).map(([, source, cue]) => [source, cue])).toEqual([
      ['Philip Ambrose', 'said'],
      ['Nadia Qureshi', 'said'],
    ])
  })

  it('gives no speaker to whom a passive "told" tells ("the court was told")', () => {
    const doc = parse(
      'Court\n\nDarren Hargreaves pleaded guilty at Leeds Crown Court.\n\nA confiscation hearing is expected to take place in September, the court was told.\n',
    )
    expect(attributions(doc).map(([, source, cue, speaker]) => [source, cue, speaker])).toEqual([
      ['the court', 'told', null],
    ])
  })

  it('gives a passive "told" its agent\'s report ("was told by Dr Hamish Okonkwo that")', () => {
    const doc = parse(
      'Inquiry\n\nThe commission was told by a senior meteorologist at the Bureau of Meteorology, Dr Hamish Okonkwo, that the bureau had issued a catastrophic rating.\n',
    )
    expect(attributions(doc)).toEqual([
      [
        'the bureau had issued a catastrophic rating',
        'a senior meteorologist at the Bureau of Meteorology, Dr Hamish Okonkwo',
        'told',
        'Hamish Okonkwo',
      ],
    ])
  })

  it('gives a partial quote cued by "cautioned" or "declared" the clause it stands in', () => {
    const doc = parse(
      'Vaccines\n\nRafael Oyelaran spoke on Wednesday. But he cautioned that the stockpile was "running close to empty" after a record year, and that the strategy would have to continue.\n',
    )
    expect(doc.quotes.map((quote) => [quote.cue?.text, quote.claim?.text])).toEqual([
      [
        'cautioned',
        'the stockpile was "running close to empty" after a record year, and that the strategy would have to continue',
      ],
    ])
  })
})

describe('a quotation paragraph after one that says someone spoke in a text', () => {
  it('is theirs: "apologized in a letter to customers.", "said in a statement on Thursday."', () => {
    const letter = parse(
      'Acme apologizes for breach\n\nAcme’s chief executive, Ethan Marlow, apologized in a letter to customers on Thursday.\n\n"We let you down, and I am sorry.\n\n"We will pay for two years of credit monitoring."\n',
    )
    expect(letter.quotes.map((quote) => [quote.cue?.text, speakerName(letter, quote)])).toEqual([
      ['apologized', 'Ethan Marlow'],
    ])
    const statement = parse(
      'Acme says sorry\n\nThe chief executive, Ethan Marlow, spoke in a statement on Thursday.\n\nThe company’s shares fell.\n\n"We let you down, and we will make it right for every customer."\n',
    )
    // (Not across a paragraph that says nothing of the text.)
    expect(statement.quotes.map((quote) => speakerName(statement, quote))).toEqual([null])
  })
})

describe('a source that ends in a name’s full stop or a short name in brackets', () => {
  it('keeps the stop and the closing bracket ("Acme Inc.", "the Election Commission of India (ECI)")', () => {
    const doc = parse(
      'Results\n\nAcme Inc. said Thursday that hackers stole customer data. The BJP had won 97 of the 224 seats by 4 p.m., according to figures published by the Election Commission of India (ECI), well short of a majority. "We are sorry," said Acme Inc.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text).sort()).toEqual([
      'Acme Inc.',
      'Acme Inc.',
      'figures published by the Election Commission of India (ECI)',
    ])
  })
})

describe('a pronoun that opens a sentence after one whose subject it cannot be', () => {
  it('is the one person of that sentence whose first name fits it ("asked Kessler ... He said")', () => {
    const asked = parse(
      'Court\n\nOhio Solicitor General Daniel Kessler argued first. Justice Clarence Thomas asked a question. Justice Amy Coney Barrett asked Kessler whether Ohio would "be content with half a statute." He said the state would "take what the court gives us."\n',
    )
    expect(
      speakerName(
        asked,
        asked.quotes.find((q) => q.source?.text === 'He'),
      ),
    ).toBe('Daniel Kessler')
    const represented = parse(
      'Court\n\nJustice Brett Kavanaugh asked a question. The government was represented by Solicitor General Howard Lin. He urged the justices to send the cases back, saying the record "does not tell the court how these age checks work."\n',
    )
    expect(
      speakerName(
        represented,
        represented.quotes.find((q) => q.source?.text === 'He'),
      ),
    ).toBe('Howard Lin')
    // (Not where a pronoun of that sentence carries the person it goes on about.)
    const carried = parse(
      'Rally\n\nDonald Trump spoke first. Then he turned to Marco Rubio. He said Rubio was "a lightweight."\n',
    )
    expect(
      speakerName(
        carried,
        carried.quotes.find((q) => q.source?.text === 'He'),
      ),
    ).toBe('Donald Trump')
  })

  it('reads the gender of a Vietnamese name from its middle name ("Nguyen Thi Hoa")', () => {
    const doc = parse(
      'Storm\n\nHoang Thi Lan, the agency’s deputy head, said schools would close on Thursday. Nguyen Thi Hoa, a fish seller in Sa Huynh, had already moved her family to a school. "We are not waiting for the police," she said.\n',
    )
    expect(
      speakerName(
        doc,
        doc.quotes.find((q) => q.source?.text === 'she'),
      ),
    ).toBe('Nguyen Thi Hoa')
  })
})

describe('a plural of an attitude that a verb before it takes as its object', () => {
  it('reports nothing with what it is about after it ("voiced doubts about laws that require")', () => {
    const doc = parse(
      'Court\n\nU.S. Supreme Court justices on Wednesday voiced doubts about laws in Ohio and Utah that require social media companies to verify users’ ages. He doubts that the law will survive.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['the law will survive', 'doubts'],
    ])
  })

  it('reads the verb and its attitude as the cue, the subject as the source ("Officials raised fears that")', () => {
    const doc = parse(
      'Dam\n\nOfficials raised fears that the dam would fail. The union voiced doubts the plan would work. The protesters ignored the rules, raising fears the violence will spread.\n',
    )
    expect(
      doc.quotes.map((quote) => [quote.text, quote.cue?.text, quote.source?.text ?? null]),
    ).toEqual([
      ['the dam would fail', 'raised fears', 'Officials'],
      ['the plan would work', 'voiced doubts', 'The union'],
      [expect.stringContaining('will spread'), 'raising fears', null],
    ])
  })
})

describe('a body set in the place of its seat', () => {
  it('speaks as the body ("The Federal Constitutional Court in Karlsruhe ruled"), not of several bodies', () => {
    const doc = parse(
      'Budget\n\nThe Federal Constitutional Court in Karlsruhe ruled that the government had broken the constitution. Voters are unhappy, according to the Roper Center for Public Opinion Research at Cornell University in New York.\n',
    )
    const speakers = doc.quotes.map((quote) => speakerName(doc, quote))
    expect(speakers[0]).toBe('Federal Constitutional Court')
    // (Of several bodies, the last is no seat's: not "Cornell University".)
    expect(speakers[1]).not.toBe('Cornell University')
  })
})

describe('a work’s title in marks', () => {
  it('is no quote after "essay collection", nor in Title Case before its year in brackets', () => {
    const doc = parse(
      'Obituary\n\nIn 1994, after the government banned his essay collection "Letters to a Sleeping Country", Okafor left for the United States. He followed it with "A Season of Brass" (1976) and "The Governor\'s Parrot" (1983), a comedy.\n',
    )
    expect(doc.quotes).toEqual([])
  })
})

describe('a crowd’s cry quoted after "chants of"', () => {
  it('has no source among the words before it, nor a speaker', () => {
    const doc = parse(
      "Football\n\nGareth Doyle was sacked on Monday.\n\nThe 47-year-old Welshman was dismissed after a 3-0 defeat by Stoke City was greeted with boos and chants of 'Doyle out' from the Ashton End.\n",
    )
    const chant = doc.quotes.find((quote) => quote.text === 'Doyle out')
    expect(chant?.source).toBeNull()
    expect(chant?.speaker).toBeNull()
  })
})

describe('a report whose attribution is set off inside it before a participle', () => {
  it('ends before the attribution ("..., early counting showed, leaving ..."), not before a gerund subject', () => {
    const doc = parse(
      'Count\n\nThe ruling party was set to lose its majority on Saturday, early counting showed, leaving a small party holding the balance of power. That transition was seamless, he said, replacing her would be much harder.\n',
    )
    expect(doc.quotes.map((quote) => quote.text)).toEqual([
      'The ruling party was set to lose its majority on Saturday',
      'That transition was seamless, he said, replacing her would be much harder',
    ])
  })
})

describe('a company described by where it is based', () => {
  it('speaks as the company the entity stage read it as, not one named later with its head ("The Stuttgart-based group")', () => {
    const doc = parse(
      'Rheinwerk cuts margin goal\n\nSTUTTGART, Germany, July 24 (Reuters) - Rheinwerk Automobil AG cut its forecast on Thursday.\n\nThe Stuttgart-based group now expects a margin of 5% for 2025.\n\nRheinwerk’s joint venture with FAW Group contributed just 92 million euros.\n',
      { referenceDate: '2025-07-24' },
    )
    const quote = doc.quotes.find((q) => q.source?.text === 'The Stuttgart-based group')
    expect(speakerName(doc, quote)).toBe('Rheinwerk Automobil AG')
  })
})

describe('a trade and a question set off by when and where it was asked', () => {
  it('reads "the retired steelworker" as the person just named, as an age would be', () => {
    const doc = parse(
      'Council\n\nGordon Ferreira told councillors the change would hurt his street. "Nobody asked us," the retired steelworker said.\n',
    )
    const quote = doc.quotes.find((q) => q.source?.text === 'the retired steelworker')
    expect(speakerName(doc, quote)).toBe('Gordon Ferreira')
  })

  it('reads the question past when and where it was asked ("Asked in a 2014 interview how she hoped")', () => {
    const doc = parse(
      'Obituary\n\nAsked in a 2014 interview how she hoped to be remembered, Bello-Tukur laughed.\n',
    )
    expect(doc.quotes.map((q) => [q.text, q.cue?.text])).toEqual([
      ['how she hoped to be remembered', 'Asked'],
    ])
  })
})

describe('the mentions the quote stage settles', () => {
  const inlineMentions = (doc: ArticleDocument): string[] => {
    const found: string[] = []
    const walk = (node: { type: string; value?: string; children?: unknown[] }): void => {
      if (node.type === 'mention') found.push(node.value ?? '')
      for (const child of node.children ?? []) walk(child as typeof node)
    }
    for (const block of doc.children) walk(block as { type: string; children?: unknown[] })
    return found
  }

  it('shows a nominal source that the speaker takes as an inline mention too', () => {
    const doc = parse(
      'Council\n\nGordon Ferreira told councillors the change would hurt his street. "Nobody asked us," the retired steelworker said.\n',
    )
    const ferreira = doc.entities.find((entity) => entity.name === 'Gordon Ferreira')
    expect(ferreira?.mentions.map((mention) => mention.text)).toContain('the retired steelworker')
    expect(inlineMentions(doc)).toContain('the retired steelworker')
  })

  it('takes a third-person pronoun in a speaker’s own words out of the speaker’s mentions', () => {
    const doc = parse(
      'Test\n\nIndia captain Aditya Rao said the win was deserved.\n\nThe 31-year-old also praised his fast bowlers.\n\nAsked about Bhatia, Rao smiled. "He’s been waiting for a game like this. We’ve asked him to bowl long spells in the nets."\n',
    )
    const rao = doc.entities.find((entity) => entity.name === 'Aditya Rao')
    expect(rao?.mentions.map((mention) => mention.text)).not.toContain('He')
    expect(rao?.mentions.map((mention) => mention.text)).not.toContain('him')
    expect(inlineMentions(doc)).not.toContain('He')
  })
})

describe('a relative named after an opening phrase', () => {
  it('stands out for the pronoun that speaks next ("Outside court, Lachlan’s mother, Kerrie Moody, held")', () => {
    const doc = parse(
      'Verdict\n\n"Mr Cowell, you will be taken into custody," Judge Margaret Kilroy told the court.\n\nOutside court, Lachlan’s mother, Kerrie Moody, held a photograph of her son.\n\n"We have waited twenty months," she said.\n',
    )
    const quote = doc.quotes.find((q) => q.source?.text === 'she')
    expect(speakerName(doc, quote)).toBe('Kerrie Moody')
  })
})

describe('titles of films named by a feature or an award', () => {
  it('keeps "The Salt Farmers", "Low Tide" and "Parasite" out of the quotes', () => {
    const doc = parse(
      'Cannes\n\nHer debut feature, "The Salt Farmers", screened at the Busan International Film Festival in 2013.\n\nThe director, whose feature "Low Tide" won a prize, explained why she refuses to move.\n\nAccording to the Korean Film Council, Park is the fourth South Korean director to win a major prize at Cannes, following Bong Joon-ho’s Palme d’Or for "Parasite" in 2019.\n',
    )
    expect(doc.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['indirect', 'why she refuses to move'],
      [
        'indirect',
        'Park is the fourth South Korean director to win a major prize at Cannes, following Bong Joon-ho’s Palme d’Or for "Parasite" in 2019',
      ],
    ])
  })
})

describe('gestures and things shown', () => {
  it('reads no report in "showed Anand a straight red card" nor in "pointing at a blackened hillside"', () => {
    const doc = parse(
      'Match\n\nReferee Simon Cole showed Anand a straight red card for a sliding challenge. "We lost everything," the 58-year-old said, pointing at a blackened hillside. He said the fire was out, pointing out that the wind had dropped. Polls showed the race tightening.\n',
    )
    expect(doc.quotes.map((q) => [q.kind, q.text, q.cue?.text])).toEqual([
      ['direct', 'We lost everything,', 'said'],
      ['indirect', 'the fire was out', 'said'],
      ['indirect', 'the wind had dropped', 'pointing out'],
      ['indirect', 'the race tightening', 'showed'],
    ])
  })
})

describe('a description of the quoted words after them', () => {
  it('is no attribution (\'"structural relief," a term that usually refers to\')', () => {
    const doc = parse(
      'Ruling\n\nDaniel Whitcomb told reporters that the department would consider "all options, including structural relief," a term that usually refers to forcing a company to sell.\n',
    )
    const quote = doc.quotes.find((q) => q.kind === 'partial')
    expect([quote?.cue?.text, quote?.source?.text]).toEqual(['told', 'Daniel Whitcomb'])
  })
})

describe('a lede’s someone', () => {
  it('is the one person the story titles so ("A federal judge ruled", then "U.S. District Judge Margaret Ellison")', () => {
    const doc = parse(
      'Judge rules against Larkspur\n\nWASHINGTON — A federal judge ruled on Tuesday that Larkspur Inc. illegally maintained a monopoly over payments.\n\nU.S. District Judge Margaret Ellison wrote that the company had abused its power. A spokesman for the company said it would appeal.\n',
    )
    const ruled = doc.quotes.find((q) => q.cue?.text === 'ruled')
    expect(speakerName(doc, ruled)).toBe('Margaret Ellison')
    // (Not a spokesman of a later paragraph: someone of their own.)
    const appeal = doc.quotes.find((q) => q.text === 'it would appeal')
    expect(speakerName(doc, appeal)).not.toBe('Margaret Ellison')
  })
})

describe('a description set off before a name and the body the person is of', () => {
  it('speaks as the name ("The producer, Kang Min-seo of the Seoul-based company Blue Harbour Pictures, said")', () => {
    const doc = parse(
      'Cannes\n\nThe producer, Kang Min-seo of the Seoul-based company Blue Harbour Pictures, said later by phone that the film had taken almost six years to finance.\n',
    )
    expect(speakerName(doc, doc.quotes[0])).toBe('Kang Min-seo')
  })
})

describe('a source named with where it is ("X of the Karolinska Institute in Stockholm said")', () => {
  it('is the name with the place, not the place alone', () => {
    const doc = parse(
      'Trial\n\nProfessor David Lindqvist of the Karolinska Institute in Stockholm, who co-led the study, described the finding as "manageable but real." Jan Hatzius at Goldman Sachs said growth would slow.\n',
    )
    expect(attributions(doc)).toEqual([
      [
        'manageable but real',
        'Professor David Lindqvist of the Karolinska Institute in Stockholm',
        'described',
        'David Lindqvist',
      ],
      ['growth would slow', 'Jan Hatzius at Goldman Sachs', 'said', 'Jan Hatzius'],
    ])
  })
})

describe('a subject after "On Monday" with no comma ("On Monday he did so again, telling")', () => {
  it('is the source of the participle that reports', () => {
    const doc = parse(
      'Talks\n\nCo-leader Alice Weidel said the party had "written history". Friedrich Merz has ruled out any cooperation with the party. On Monday he did so again, telling a news conference there would be "no talks, no toleration" involving the AfD.\n',
    )
    expect(attributions(doc)).toEqual([
      ['written history', 'Co-leader Alice Weidel', 'said', 'Alice Weidel'],
      ['no talks, no toleration', 'he', 'telling', 'Friedrich Merz'],
    ])
  })
})

describe('the source of a final "according to" that ends in a time', () => {
  it('ends before the time ("published by the Federal Returning Officer early on Monday")', () => {
    const doc = parse(
      'Vote\n\nThe CDU took 28.5 percent of the vote, according to provisional results published by the Federal Returning Officer early on Monday. Crime rose, according to a poll conducted in March. Crime fell, according to data from last year.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual([
      'provisional results published by the Federal Returning Officer',
      'a poll conducted',
      'data from last year',
    ])
  })
})

describe('a role set off before a name that has its own description ("coach, former world number 11 Davide Sartori,")', () => {
  it('is the named person’s, who speaks', () => {
    const doc = parse(
      'Final\n\nMatteo Ferrante won on Sunday. Ferrante’s coach, former world number 11 Davide Sartori, said the summer had been hard. Another evacuee, 34-year-old Luis Carranza, said he drove north through thick smoke.\n',
    )
    expect(attributions(doc).map(([, , cue, speaker]) => [cue, speaker])).toEqual([
      ['said', 'Davide Sartori'],
      ['said', 'Luis Carranza'],
    ])
    expect(doc.entities.find((entity) => entity.name === 'Davide Sartori')?.titles).toEqual([
      'Ferrante’s coach',
    ])
  })

  it('is the named person’s past an age and a place set off after the name, and the next "He" stands for them', () => {
    const doc = parse(
      'Landing\n\nGregory Lind said the agency was "working closely" with the NTSB.\n\nAnother passenger, retired schoolteacher Harold Feeney, 71, of Council Bluffs, said the captain told them they had "lost an engine." He said passengers waited four hours.\n',
    )
    expect(attributions(doc).slice(1)).toEqual([
      ['lost an engine', 'retired schoolteacher Harold Feeney', 'said', 'Harold Feeney'],
      ['passengers waited four hours', 'He', 'said', 'Harold Feeney'],
    ])
    expect(doc.entities.map((entity) => entity.name)).not.toContain('passenger')
  })

  it('is not a clause that ends before a name ("Bush, Florida’s former governor, also attacked Donald Trump,")', () => {
    const doc = parse(
      'Debate\n\nBush, Florida’s former governor, also attacked billionaire Donald Trump, with whom he clashed. Allergan, the far smaller company, will end up buying Pfizer, with the combined company in Ireland.\n',
    )
    const titles = doc.entities.find((entity) => entity.name === 'Donald Trump')?.titles
    expect(titles).toEqual([])
    const pfizer = doc.entities.find((entity) => entity.name === 'Pfizer')
    expect(pfizer?.mentions.map((mention) => mention.text)).toEqual(['Pfizer'])
  })
})

describe('a participle of manner that ends the sentence of a cue ("said, laughing.")', () => {
  it('is no cue of the quote after it, which goes on with the cue before', () => {
    const doc = parse(
      'Final\n\n"My mother told me to enjoy it," Ferrante said, laughing. "I did not enjoy the first three sets."\n',
    )
    expect(doc.quotes.map((quote) => [quote.cue?.text, quote.source?.text])).toEqual([
      ['said', 'Ferrante'],
      ['said', 'Ferrante'],
    ])
  })
})

describe('a final noun and a relative clause whose subject is a pronoun ("half the 1.5% it projected")', () => {
  it('is no source and no cue of the sentence', () => {
    const doc = parse(
      'Rates\n\nIt now expects the economy to expand by just 0.75% this year, half the 1.5% it projected in November. The plan will fail, he and his wife said.\n',
    )
    expect(doc.quotes.map((quote) => [quote.cue?.text, quote.source?.text])).toEqual([
      ['expects', 'It'],
      ['said', 'he and his wife'],
    ])
  })
})

describe('a role set off before a name that a form of address opens ("chief executive, Dr Marcus Feldt,")', () => {
  it('is the named person’s, who speaks', () => {
    const doc = parse(
      'Trial\n\n"We are clearly disappointed," Halvern’s chief executive, Dr Marcus Feldt, told analysts.\n',
    )
    expect(attributions(doc).map(([, , cue, speaker]) => [cue, speaker])).toEqual([
      ['told', 'Marcus Feldt'],
    ])
  })
})

describe('a sentence that opens after a clock’s "a.m." ("began at 7:30 a.m. Organisers said")', () => {
  it('is a sentence of its own, whose source is its own subject; a day or a zone goes on the clock', () => {
    const doc = parse(
      'Race\n\nThe race began at 7:30 a.m. Organisers said 39,812 had finished. Polls opened at 7 a.m. Monday and officials said turnout was high.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual(['Organisers', 'officials'])
  })
})

describe('a second verb after "but" whose subject is a role set off before a name', () => {
  it('is the named person’s ("Their leader, Margaret Dunmore, conceded ... but insisted")', () => {
    const doc = parse(
      'Vote\n\nTheir leader, Margaret Dunmore, conceded it had been "a disappointing night" but insisted that by-elections were "a chance to let off steam".\n',
    )
    expect(attributions(doc).map(([, source, cue, speaker]) => [cue, source, speaker])).toEqual([
      ['conceded', 'Margaret Dunmore', 'Margaret Dunmore'],
      ['insisted', 'Margaret Dunmore', 'Margaret Dunmore'],
    ])
  })
})

describe('an unnamed source that a relative clause set off by commas describes', () => {
  it('is the source ("A person close to the talks, who asked not to be named, said")', () => {
    const doc = parse(
      'Attack\n\nA person close to the talks, who asked not to be named, said the attack was planned. Officials familiar with the matter, who were not authorized to speak publicly, said the group had been watched for months.\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, quote.cue?.text])).toEqual([
      ['A person', 'said'],
      ['Officials', 'said'],
    ])
  })
})

describe('a nationality’s adjective after "the" before a verb that reports ("The Italian said")', () => {
  it('is a nominal of the person, not a person named "Italian"; "the American demand" stays a name', () => {
    const doc = parse(
      'Final\n\nMatteo Ferrante won on Sunday. The Italian said he was proud. Officials said the American demand was new.\n',
    )
    expect(doc.entities.map((entity) => entity.name)).toEqual(['Matteo Ferrante', 'American'])
    expect(doc.quotes[0]?.speaker).toBe(doc.entities[0]?.id)
  })
})

describe('a pronoun after a clause joined by ", and" or ", but"', () => {
  it('is the subject of the joined clause, nearer it, not the sentence’s first subject', () => {
    const doc = parse(
      'Marathon\n\nAmos Cheruiyot finished second. Cheruiyot was happy, and Brian Costa was third, a result that he called "the race of my life."\n',
    )
    expect(
      speakerName(
        doc,
        doc.quotes.find((q) => q.source?.text === 'he'),
      ),
    ).toBe('Brian Costa')
    // (Not a name in the possessive after "and", no subject: "and Brian Costa’s family".)
    const object = parse(
      'Marathon\n\nAmos Cheruiyot thanked his coach, and Brian Costa’s family, for a race that he called "the race of my life."\n',
    )
    expect(
      speakerName(
        object,
        object.quotes.find((q) => q.source?.text === 'he'),
      ),
    ).toBe('Amos Cheruiyot')
  })
})

describe('a source named with where they work, or set off before a clause the verb reports', () => {
  it('keeps "at" and the place after a person’s noun ("A nurse at the hospital said")', () => {
    const doc = parse(
      'Strike\n\nA nurse at the hospital said the ward was full. A minister at the time said the war was over.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual([
      'A nurse at the hospital',
      'A minister',
    ])
  })

  it('reads "said the government would" as the verb and its clause, not an inverted source', () => {
    const doc = parse(
      'Strike\n\nThe mines minister, Kizito Pakabomba, said the government would meet the unions. Prices will rise, said the spokesman.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.source?.text])).toEqual([
      ['the government would meet the unions', 'Kizito Pakabomba'],
      ['Prices will rise', 'the spokesman'],
    ])
  })
})

describe('a passive whose subject the words are about, and a meeting called to order', () => {
  it('gives "was branded" no source, so the attribution after the quote holds', () => {
    const doc = parse('Hack\n\nGuccifer 2.0 was branded "in homage to" Lazar, Song wrote.\n')
    expect(doc.quotes.map((quote) => [quote.cue?.text, quote.source?.text])).toEqual([
      ['wrote', 'Song'],
    ])
  })

  it('reads no report in "called its meeting to order" (but "called his snap election a mistake")', () => {
    const doc = parse(
      'Board\n\nBy the time the Millbrook Area School Board called its meeting to order, parents were standing along the back wall. The prime minister called his snap election a mistake.\n',
    )
    expect(doc.quotes.map((quote) => quote.text)).toEqual(['his snap election a mistake'])
  })
})

describe('a verb of a clause before the sentence’s own verb of saying', () => {
  it('is no cue ("who asked not to be named because she feared retaliation said")', () => {
    const doc = parse(
      'Board\n\nA teacher at the high school who asked not to be named because she feared retaliation said the mood had soured. Rick Scott blasted Congress and said the state had paid.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text, quote.source?.text])).toEqual([
      ['the mood had soured', 'said', 'A teacher at the high school'],
      ['Congress', 'blasted', 'Rick Scott'],
      ['the state had paid', 'said', 'Rick Scott'],
    ])
  })
})

describe('a title that the noun of a work set off after it describes', () => {
  it('is a title, no one’s words ("“Gender Queer,” Maia Kobabe’s graphic memoir, was pulled")', () => {
    const doc = parse(
      'Books\n\n"Gender Queer," a graphic memoir, was pulled after a parent complained. "Gender Queer," Maia Kobabe’s graphic memoir, was pulled.\n',
    )
    expect(doc.quotes).toEqual([])
  })
})

describe('a second verb of saying that shares the subject after "According to X,"', () => {
  it('is the subject’s, not "According"’s', () => {
    const doc = parse(
      "Sacked\n\nAccording to one senior figure at the club, Ferreira told the squad he 'had no regrets' and urged them to 'stick together'.\n",
    )
    expect(attributions(doc)).toEqual([
      ['had no regrets', 'Ferreira', 'told', 'Ferreira'],
      ['stick together', 'Ferreira', 'urged', 'Ferreira'],
    ])
  })
})

describe('a verb of writing or proposing whose object is a law’s or a budget’s text', () => {
  it('reports nothing ("wrote the amendment", "proposed a budget"), unlike "proposed a ceasefire"', () => {
    const doc = parse(
      'Budget\n\nCouncilwoman Lisa Tran, who wrote the amendment, said the money would fund new teams. Mayor Daniel Whitfield had proposed a budget with a 3% increase. Tran wrote the amendment. The envoy proposed a ceasefire.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text])).toEqual([
      ['the money would fund new teams', 'said'],
      ['a ceasefire', 'proposed'],
    ])
  })
})

describe('a person named by age and a people’s adjective that is all of the people after "the"', () => {
  it('is the person the story is about ("The 47-year-old Portuguese told the squad")', () => {
    const doc = parse(
      "Sacked\n\nMarco Ferreira left on Sunday. The 47-year-old Portuguese told the squad he 'had no regrets'. The image of a 5-year-old Syrian boy spread.\n",
    )
    expect(attributions(doc)).toEqual([
      ['had no regrets', 'The 47-year-old Portuguese', 'told', 'Marco Ferreira'],
    ])
    expect(doc.entities.map((entity) => entity.name)).toEqual(['Marco Ferreira', 'Syrian'])
  })
})

describe('the stop or comma American style sets inside a partial quotation’s closing mark', () => {
  it('is the writer’s, not the quoted words’; a question’s mark, an abbreviation’s stop are kept', () => {
    const text =
      'Vote\n\nHale accused supporters of "governing by applause." He called the plan "a disgrace," and left. Aides called the country "weak in the U.S." Reese said it was "a mess!"\n'
    const doc = parse(text)
    expect(doc.quotes.map((quote) => quote.text)).toEqual([
      'governing by applause',
      'a disgrace',
      'weak in the U.S.',
      'a mess!',
    ])
    for (const quote of doc.quotes)
      expect(text.slice(quote.position.start.offset, quote.position.end.offset)).toBe(quote.text)
  })
})

describe('a sentence whose semicolon joins two clauses', () => {
  it('reports each clause on its own, the first up to the semicolon', () => {
    const doc = parse(
      'Fine\n\nBrussels says the search giant kept favouring its own services; the company says it will appeal.\n\nA poll said 41 percent believe the claim; 29 percent said they were unsure.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.source?.text])).toEqual([
      ['the search giant kept favouring its own services', 'Brussels'],
      ['it will appeal', 'the company'],
      ['41 percent believe the claim', 'A poll'],
      ['they were unsure', '29 percent'],
    ])
  })
})

describe('a verb of stance joined after a report, of the same subject', () => {
  it('reports its own object ("said A and urged the police to act")', () => {
    const doc = parse(
      'Protests\n\nHoughton said the shootings were an attack and urged the police to suspend the commanders.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.cue?.text, quote.source?.text])).toEqual([
      ['the shootings were an attack', 'said', 'Houghton'],
      ['the police to suspend the commanders', 'urged', 'Houghton'],
    ])
  })
})

describe('a name and the others that speak with it', () => {
  it('is all the source ("The United States and 12 other Western countries said")', () => {
    const doc = parse(
      'Protests\n\nThe United States and 12 other Western countries said on Tuesday that they were "especially shocked" by the scenes.\n',
    )
    expect(doc.quotes.map((quote) => quote.source?.text)).toEqual([
      'The United States and 12 other Western countries',
    ])
  })
})

describe('a final attribution with what it was said in, its noun after modifiers', () => {
  it('reports the clause before it ("..., the Mumbai-based company said in an exchange filing")', () => {
    const doc = parse(
      'Results\n\nNet profit rose to 14,820 crore rupees, the Mumbai-based company said in an exchange filing.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.source?.text])).toEqual([
      ['Net profit rose to 14,820 crore rupees', 'the Mumbai-based company'],
    ])
  })
})

describe('a dateline whose place in capitals a region in title case follows', () => {
  it('is no source of a participle’s quote ("PRESTON, Lancashire - A coroner has ruled ..., saying")', () => {
    const doc = parse(
      "Inquest\n\nPRESTON, Lancashire - A coroner has ruled that neglect contributed to the death of a woman, saying that staff had 'missed repeated opportunities' to escalate her care.\n",
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.source?.text])).toEqual([
      ['neglect contributed to the death of a woman', 'A coroner'],
      ['missed repeated opportunities', 'A coroner'],
    ])
  })
})

describe('a partial quote after a clause of contrast with its own verb of saying', () => {
  it('is the words of the clause\'s subject, not of the speaker before ("..., while a spokesman for the party said ... \\"Q\\"")', () => {
    const doc = parse(
      'Vote\n\nMathilde Renaud said the government was "governing against the people", while a spokesman for the National Rally said the party would vote against the bill "from the first article to the last".\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.source?.text])).toEqual([
      ['governing against the people', 'Mathilde Renaud'],
      ['from the first article to the last', 'a spokesman for the National Rally'],
    ])
  })
})

describe('a portfolio of two in the title of the subject a participle reports for', () => {
  it('keeps the whole title and name as the source ("Employment and Labour Minister Kagiso Molefe ..., saying")', () => {
    const doc = parse(
      'Strike\n\nEmployment and Labour Minister Kagiso Molefe urged the unions to wait, saying a strike "would only hurt the workers".\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toEqual([
      ['Employment and Labour Minister Kagiso Molefe', 'Kagiso Molefe'],
    ])
  })
})

describe('"the museum" after a spokesperson for a museum opened the sentence before', () => {
  it('is the museum the spokesperson spoke for, not the one named first', () => {
    const doc = parse(
      'Bronzes\n\nThe Ashworth Museum in Manchester returned 31 objects. A spokesperson for the British Museum said it was committed to a partnership. The museum has previously offered to lend some of the bronzes to Nigeria.\n',
    )
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toContainEqual(
      ['The museum', 'British Museum'],
    )
  })
})

describe('a report closed by a described speaker who told an inquiry, a court or the like', () => {
  it('reports the clause before ("..., a union leader told a government inquiry on Tuesday")', () => {
    const doc = parse(
      'Mine\n\nManagers ignored at least three written warnings before the collapse, a union leader told a government inquiry on Tuesday. Michigan was only doing what 40 states already do, he told the court in his filing.\n',
    )
    expect(doc.quotes.map((quote) => [quote.text, quote.source?.text])).toEqual([
      ['Managers ignored at least three written warnings before the collapse', 'a union leader'],
      ['Michigan was only doing what 40 states already do', 'he'],
    ])
  })
})

describe('a reported clause that holds only the words of another speaker it tells of', () => {
  it('is a report of its own, beside the partial quote of the other ("but that management had described the readings as \\"Q\\"")', () => {
    const doc = parse(
      'Mine\n\nNdlovu said that the union had raised the matter in early January, but that management had described the readings as "within normal parameters". Molefe said the government "respects the right to strike" but would not withdraw the bill.\n',
    )
    expect(doc.quotes.map((quote) => [quote.kind, quote.source?.text])).toEqual([
      ['indirect', 'Ndlovu'],
      ['partial', 'management'],
      ['partial', 'Molefe'],
    ])
  })
})

describe('the space French style sets inside guillemets', () => {
  it('is no part of the quoted words, a no-break space neither', () => {
    const doc = parse(
      'Strike\n\nThe minister replied: « Nothing is ruled out. » Protesters chanted «\u00a065 ans, c’est non !\u00a0» as they marched.\n',
    )
    expect(doc.quotes.map((quote) => quote.text)).toEqual([
      'Nothing is ruled out.',
      '65 ans, c’est non !',
    ])
  })
})

describe('a crowd\'s chant after "as" in a speaker\'s sentence', () => {
  it("is the crowd's, and the speaker's quote before it the speaker's (\"as students around her chanted « Q »\")", () => {
    const doc = parse(
      'March\n\nEmma Caron, 20, said young people were "not going to let this go", as students around her chanted « On lâche rien ! »\n',
    )
    expect(
      doc.quotes.map((quote) => [
        quote.text,
        quote.cue?.text,
        quote.source?.text,
        speakerName(doc, quote),
      ]),
    ).toEqual([
      ['not going to let this go', 'said', 'Emma Caron', 'Emma Caron'],
      ['On lâche rien !', 'chanted', 'students around her', null],
    ])
  })
})

describe('a poll or a text and where it was published, as a source', () => {
  it('speaks as its maker, not as the paper that printed it ("an Ifop poll published in the Journal du Dimanche")', () => {
    const doc = parse(
      'Poll\n\nAccording to an Ifop poll published in the Journal du Dimanche on Sunday, 68 percent of French people oppose the reform.\n',
    )
    expect(doc.quotes.map((quote) => speakerName(doc, quote))).toEqual(['Ifop'])
  })
})

describe('"chair" as a role', () => {
  it('is a title before a name, and "the chair" its holder ("TTC chair Priya Balasubramanian ... the chair said")', () => {
    const doc = parse(
      'Strike\n\nTTC chair Priya Balasubramanian said the board would meet. "Our priority is riders," the chair said. She sat in a chair.\n',
    )
    const priya = doc.entities.find((entity) => entity.name === 'Priya Balasubramanian')
    expect(priya?.titles).toEqual(['TTC chair'])
    expect(doc.quotes.map((quote) => quote.speaker)).toEqual([priya?.id, priya?.id])
    expect(doc.entities).toHaveLength(1)
  })
})

describe("a hearing's transcript", () => {
  it('reads a turn that asks a question as a turn, no crosshead; "questioned Sipho Ndlovu" reports nothing', () => {
    const doc = parse(
      'Mine inquiry\n\nRetired judge Ayanda Khumalo questioned Sipho Ndlovu on Tuesday.\n\nKHUMALO: Mr Ndlovu, did anyone from the company respond in writing?\n\nNDLOVU: No, chair. Nothing in writing.\n\n“RIGS: Mechanized Combat League” ($50)\n\nGiant mechs and sports.\n',
    )
    expect(doc.children.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
    ])
    expect(doc.quotes.map((quote) => [quote.source?.text, speakerName(doc, quote)])).toEqual([
      ['KHUMALO', 'Ayanda Khumalo'],
      ['NDLOVU', 'Sipho Ndlovu'],
    ])
  })
})

describe('what the writer says a speaker left unsaid, after a report', () => {
  it('ends the report (", though he declined to say when", ", although he gave no date")', () => {
    const doc = parse(
      'Bronzes\n\nThe prince added that the palace hoped the objects would be displayed in Benin City, though he declined to say when. The prince said the objects would return, although he gave no date. She said the economy would grow, although inflation would stay high.\n',
    )
    expect(doc.quotes.map((quote) => quote.text)).toEqual([
      'the palace hoped the objects would be displayed in Benin City',
      'the objects would return',
      'the economy would grow, although inflation would stay high',
    ])
  })
})

describe('a description that "added" goes on with', () => {
  it('is the speaker of the quote just before, not a leader titled before them', () => {
    const doc = parse(
      'Strike\n\nCGT leader Sophie Garnier spoke in Paris. "We got nothing back," Marc Lefevre said.\n\n"Nothing at all," added the union leader, 57.\n',
    )
    expect(doc.quotes.map((quote) => speakerName(doc, quote))).toEqual([
      'Marc Lefevre',
      'Marc Lefevre',
    ])
    const garnier = doc.entities.find((entity) => entity.name === 'Sophie Garnier')
    expect(garnier?.mentions.map((mention) => mention.text)).toEqual(['Sophie Garnier'])
  })
})
