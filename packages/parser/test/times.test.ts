/**
 * Time expressions: resolved against the reference date with the granularity
 * the text gives, and no dates made of modal verbs, marches, "now" in a
 * quotation, or numbers.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'

const times = (text: string, referenceDate = '2023-04-20') =>
  parse(`Headline\n\n${text}\n`, { referenceDate }).times.map((t) => [t.text, t.value])
/** Each time's text and the first and last days of its range. */
const ranges = (text: string, referenceDate: string) =>
  parse(`Headline\n\n${text}\n`, { referenceDate }).times.map((t) => [
    t.text,
    t.data?.['start'],
    t.data?.['end'],
  ])

describe('time expressions', () => {
  it.each([
    ['The talks began on Thursday.', [['on Thursday', '2023-04-20']]],
    ['The summit takes place in July.', [['in July', '2023-07']]],
    ['Prices rose last year.', [['last year', '2022']]],
    ['Prices rose over the past year.', [['over the past year', null]]],
    ['The deal was signed on March 3, 2021.', [['on March 3, 2021', '2021-03-03']]],
    ['The deal was signed in 2019.', [['in 2019', '2019']]],
    ['Sales have fallen every year since 2019', [['since 2019', '2019']]],
    ['By mid-2024 the plant will be finished.', [['mid-2024', '2024']]],
    // Without the comma or bracket chrono's patterns take after a weekday or a month.
    ['The Fed raised rates Wednesday, its 10th increase.', [['Wednesday', '2023-04-19']]],
    ['Yellen, speaking on Thursday, said so.', [['on Thursday', '2023-04-20']]],
    ['It opens in June, not before.', [['in June', '2023-06']]],
    // A month its word says is past or to come, from the reference's month (April 2023).
    ['Rates have held since last July.', [['last July', '2022-07']]],
    ['It happened last April.', [['last April', '2022-04']]],
    ['She will visit next March.', [['next March', '2024-03']]],
    ['The vote is this November.', [['this November', '2023-11']]],
    // A verb's particle is no lead-in before chrono's own preposition; a part of the day is.
    ['The deal fell through on Monday night.', [['on Monday night', '2023-04-17']]],
    ['It happened late on Wednesday.', [['late on Wednesday', '2023-04-19']]],
    // Nor before a time that takes no preposition ("sworn in this week"), nor before a time in
    // the possessive, whose noun the preposition governs.
    ['Duffy, who was sworn in this month, spoke.', [['this month', '2023-04']]],
    ["Turnout rose in this year's race.", [['this year', '2023']]],
    ['They lost in Wednesday’s election.', [['Wednesday', '2023-04-19']]],
    // Not after a closing single quotation mark, nor a word that places the time in its day. (The
    // quotation bounds its clause, as double marks do: the speaker's own Friday, which no verb of
    // it dates, is to come, not "told"'s.)
    ["He told me 'the deal is off until Friday' and left.", [['until Friday', '2023-04-21']]],
    ["The attack came late Wednesday's night.", [['late Wednesday', '2023-04-19']]],
  ])('resolves %j', (text, expected) => {
    expect(times(text)).toEqual(expected)
  })

  it.each([
    ['It rained last summer.', 'last summer', { start: '2022-06', end: '2022-08' }],
    ['It will open next spring.', 'next spring', { start: '2024-03', end: '2024-05' }],
    ['It was cold this winter.', 'this winter', { start: '2022-12', end: '2023-02' }],
    ['They meet this fall.', 'this fall', { start: '2023-09', end: '2023-11' }],
  ])('gives a season its first and last months: %j', (text, written, months) => {
    const [time] = parse(`Headline\n\n${text}\n`, { referenceDate: '2023-04-20' }).times
    expect(time).toMatchObject({
      text: written,
      value: null,
      data: { granularity: 'season', ...months },
    })
  })

  it.each([
    ['He served from 2010 to 2014.', 'from 2010 to 2014'],
    ['He served between 2010 and 2014.', 'between 2010 and 2014'],
    ['He served from 2010-2014.', 'from 2010-2014'],
  ])('reads a range of years as one range: %j', (text, written) => {
    const [time] = parse(`Headline\n\n${text}\n`).times
    expect(time).toMatchObject({
      text: written,
      value: null,
      data: { granularity: 'range', start: '2010', end: '2014' },
    })
  })

  it.each([
    // Sunday 7 August 2022: the weekday alone is the next one or the last one by the clause.
    ['The House is expected to vote on Friday.', '2022-08-12'],
    ['The vote will take place on Friday.', '2022-08-12'],
    ['Officials met on Friday and agreed to a deal.', '2022-08-05'],
    ['The company said on Friday that it will raise prices.', '2022-08-05'],
    // A saying set off after the time frames the sentence: the clause's own verb dates it, and
    // the saying only when nothing else does.
    ['The minister will travel to Paris on Friday, officials said.', '2022-08-12'],
    ['He is expected to return on Friday, his agent said.', '2022-08-12'],
    ['Turnout rose after the rally on Friday, she said.', '2022-08-05'],
    ['The team won on Friday, she said.', '2022-08-05'],
    ['Speaking on Friday, she said, "We are ready."', '2022-08-05'],
  ])('reads a weekday alone by the tense of its clause: %j', (text, date) => {
    expect(times(text, '2022-08-07')).toEqual([['on Friday', date]])
  })

  it.each([
    // Wednesday 8 March 2023.
    ['Results are expected Friday.', 'Friday', '2023-03-10'],
    ['The United Nations Security Council meets on Friday.', 'on Friday', '2023-03-10'],
    ['The package is to be unveiled on Friday.', 'on Friday', '2023-03-10'],
    ['"We will be ready by Friday," she said.', 'by Friday', '2023-03-10'],
    ['It was not clear whether the plant would reopen in May.', 'in May', '2023-05'],
    // What was, with words that also mark what is to come elsewhere.
    ['Protesters set fire to cars on Monday.', 'on Monday', '2023-03-06'],
    ['As expected, the central bank held rates on Monday.', 'on Monday', '2023-03-06'],
    ['He told reporters on Monday that he would not resign.', 'on Monday', '2023-03-06'],
    ['The summit was to be held Monday.', 'Monday', '2023-03-06'],
    // A common irregular past ("died"), and no past after "be" ("will be held").
    ['Margaret Ellison died on Sunday at her home.', 'on Sunday', '2023-03-05'],
    ['The vote will be held on Friday.', 'on Friday', '2023-03-10'],
    // (An adverb between: "to be independently reviewed".)
    ['She asked for the figures to be independently reviewed in May.', 'in May', '2023-05'],
    ['The bridge was formally opened in May.', 'in May', '2022-05'],
    // A weekday's deadline in a clause of no tense, or after "stay" and an adjective, is to come.
    ['The spring meetings run through Friday.', 'through Friday', '2023-03-10'],
    ['Schools will stay closed through Friday.', 'through Friday', '2023-03-10'],
    ['The talks ran through Monday.', 'through Monday', '2023-03-06'],
    // (An adjective in "-ed" after a preposition: "to affected residents".)
    ['The money will go to affected residents on Friday.', 'on Friday', '2023-03-10'],
    // An adjective in "-ed" after a determiner is no past of the clause.
    ['The party will meet its newly elected lawmakers on Monday.', 'on Monday', '2023-03-13'],
    ['The probe will end its extended mission in September.', 'in September', '2023-09'],
    // (A verb in "-ed" after a noun in "-ly" is the clause's: "a rally ended".)
    ['In Lisbon, a rally ended on Saturday.', 'on Saturday', '2023-03-04'],
    ['In Ohio, their family gathered on Saturday.', 'on Saturday', '2023-03-04'],
    // "added" is a saying, whose "would" is a future; so is a "would" a "that" leads to, however
    // far the saying.
    [
      'The premier added that cabinet would discuss the ruling on Monday.',
      'on Monday',
      '2023-03-13',
    ],
    [
      'The premier added that the government remained committed to its targets and that cabinet would discuss the ruling on Monday.',
      'on Monday',
      '2023-03-13',
    ],
    // A present of arriving right before the day, and a forecast's "expected until", are to come.
    ['Forecasters warn of heat before relief arrives on Monday.', 'on Monday', '2023-03-13'],
    ['Relief was not expected until Monday.', 'until Monday', '2023-03-13'],
    ['He was in Paris until Monday.', 'until Monday', '2023-03-06'],
    // A deadline a past directive set is to come, whatever its day.
    [
      'The ministry said it had instructed the firm to report on the defect by March 27.',
      'by March 27',
      '2023-03-27',
    ],
  ])('reads the tense of %j', (text, written, date) => {
    expect(times(text, '2023-03-08')).toEqual([[written, date]])
  })

  it('reads a quarter of a year with its months, not a game’s quarter', () => {
    const doc = parse(
      'Results\n\nThird-quarter revenue climbed 16%. Profit rose in the first quarter of 2024. Golden State trailed early in the third quarter.\n',
      { referenceDate: '2025-10-29' },
    )
    expect(doc.times.map((time) => [time.text, time.value, time.data])).toEqual([
      ['Third-quarter', null, { granularity: 'quarter', start: '2025-07', end: '2025-09' }],
      [
        'in the first quarter of 2024',
        null,
        { granularity: 'quarter', start: '2024-01', end: '2024-03' },
      ],
    ])
    // A quarter that has not begun is last year's: "fourth-quarter results" told in February.
    const february = parse('Results\n\nThe company reported fourth-quarter results.\n', {
      referenceDate: '2025-02-11',
    })
    expect(february.times[0]?.data).toEqual({
      granularity: 'quarter',
      start: '2024-10',
      end: '2024-12',
    })
  })

  it('reads a quarter to come in a clause of what is to come, and a half of a year with its months', () => {
    const doc = parse(
      'Rates\n\nShe expects the next cut in the third quarter. Growth slowed in the fourth quarter. Inflation will reach the target in the first half of 2027. Output fell in the second half of last year.\n',
      { referenceDate: '2026-01-27' },
    )
    expect(doc.times.map((time) => [time.text, time.value, time.data])).toEqual([
      ['in the third quarter', null, { granularity: 'quarter', start: '2026-07', end: '2026-09' }],
      ['in the fourth quarter', null, { granularity: 'quarter', start: '2025-10', end: '2025-12' }],
      [
        'in the first half of 2027',
        null,
        { granularity: 'half', start: '2027-01', end: '2027-06' },
      ],
      [
        'in the second half of last year',
        null,
        { granularity: 'half', start: '2025-07', end: '2025-12' },
      ],
    ])
    // "at least until the September meeting": a deadline to come, though the clause be present.
    expect(
      times(
        '"The rate stays at 4.25% at least until the September meeting," she said.',
        '2026-01-27',
      ),
    ).toEqual([['September', '2026-09']])
  })

  it('dates a month or a day without its year in a sentence a year opens in that year', () => {
    expect(
      times(
        'In 2019, the fires started in July and ended on Sept. 3. The law passed in 2019 takes effect in July.',
        '2025-08-07',
      ),
    ).toEqual([
      ['In 2019', '2019'],
      ['in July', '2019-07'],
      ['on Sept. 3', '2019-09-03'],
      ['in 2019', '2019'],
      ['in July', '2025-07'],
    ])
  })

  it('reads a quarter as a year’s after a figure or a business’s measure in its sentence', () => {
    const doc = parse(
      'Results\n\nDeliveries in China fell 27% in the third quarter. The economy grew in the second quarter. Smith scored 12 of his 30 points in the fourth quarter.\n',
      { referenceDate: '2025-10-23' },
    )
    expect(doc.times.map((time) => [time.text, time.data])).toEqual([
      ['in the third quarter', { granularity: 'quarter', start: '2025-07', end: '2025-09' }],
      ['in the second quarter', { granularity: 'quarter', start: '2025-04', end: '2025-06' }],
    ])
  })

  it('reads a part of the year or the month the article is in as that year or month', () => {
    expect(
      times(
        'A decision is expected by the end of the year. Payments resume by the end of the month. Prices have risen since the start of the year.',
        '2025-10-29',
      ),
    ).toEqual([
      ['by the end of the year', '2025'],
      ['by the end of the month', '2025-10'],
      ['since the start of the year', '2025'],
    ])
  })

  it('reads a day or a month with the year said after it as one time of that year', () => {
    expect(
      times(
        'The attack happened on 14 October last year. Sales fell in February last year. Talks resume in June next year.',
        '2025-09-08',
      ),
    ).toEqual([
      ['on 14 October last year', '2024-10-14'],
      ['in February last year', '2024-02'],
      ['in June next year', '2026-06'],
    ])
    // With "of" or a comma between, and a range of days, whose days keep their years apart.
    expect(
      times(
        'In January of last year there was an agreement. It rained on May 3, last year. Talks resume in June of next year.',
        '2026-03-02',
      ),
    ).toEqual([
      ['In January of last year', '2025-01'],
      ['on May 3, last year', '2025-05-03'],
      ['in June of next year', '2027-06'],
    ])
    expect(
      ranges(
        'The truce ran from Jan. 19 to March 18 of last year. It snowed from Dec. 20 to Jan. 4 last year.',
        '2026-03-02',
      ),
    ).toEqual([
      ['from Jan. 19 to March 18 of last year', '2025-01-19', '2025-03-18'],
      ['from Dec. 20 to Jan. 4 last year', '2025-12-20', '2026-01-04'],
    ])
  })

  it('reads a holiday of a fixed day after a word that makes it a time, not one that names a thing', () => {
    expect(
      times(
        'She has been counting down since Christmas. The deal must close before Christmas. She bought a Christmas tree in time for Christmas shopping. They met on Christmas Eve.',
        '2025-08-01',
      ),
    ).toEqual([
      ['since Christmas', '2024-12-25'],
      ['Christmas', '2025-12-25'],
      ['on Christmas Eve', '2024-12-24'],
    ])
  })

  it('places a holiday in the year nearest the reference, then moves it by the tense ("wrote before Christmas", told in March)', () => {
    expect(
      times(
        'The union wrote to them before Christmas. Troops will be home by Christmas. They met on Christmas Eve.',
        '2026-03-10',
      ),
    ).toEqual([
      ['Christmas', '2025-12-25'],
      ['by Christmas', '2026-12-25'],
      ['on Christmas Eve', '2025-12-24'],
    ])
  })

  it('keeps a day a few weeks ahead in the reference year whatever the verb ("called for a strike on March 26")', () => {
    expect(
      times(
        'Carrère called for a strike on March 26. The company reported losses on June 2.',
        '2026-03-19',
      ),
    ).toEqual([
      ['on March 26', '2026-03-26'],
      ['on June 2', '2025-06-02'],
    ])
  })

  it('reads no date in the name of a programme after a possessive ("the BBC\'s Today programme")', () => {
    expect(
      times(
        "She spoke on the BBC's Today programme. He told NBC\u2019s Today show. Today she flies.",
        '2025-08-01',
      ),
    ).toEqual([['Today', '2025-08-01']])
  })

  it('reads no date in a span counted from an event the text names ("the weeks before the attack")', () => {
    expect(
      times(
        'He had posted threats in the weeks before the attack. He left two days after the vote.',
        '2025-11-24',
      ),
    ).toEqual([])
    // Counted from the article's day, with no event after it, it stays a date.
    expect(times('He had arrived two days before.', '2025-11-24')).toEqual([
      ['two days before', '2025-11-22'],
    ])
  })

  it('counts "three years later" from the time the text gave before, and says which', () => {
    const found = parse(
      'Headline\n\nShe graduated in 1956 and from law school three years later. The firm was fined on Monday, Nov. 16, 2026. Two days later, it appealed.\n',
      { referenceDate: '2026-11-28' },
    ).times
    expect(found.map((time) => [time.text, time.value, time.data?.['anchor']])).toEqual([
      ['in 1956', '1956', undefined],
      ['three years later', '1959', 't1'],
      ['on Monday, Nov. 16, 2026', '2026-11-16', undefined],
      ['Two days later', '2026-11-18', 't3'],
    ])
    // With no time fine enough before it, no value: not a date counted from the article's.
    expect(times('In 2019 it failed. Two days later, it appealed.', '2026-11-28')).toEqual([
      ['In 2019', '2019'],
      ['Two days later', null],
    ])
  })

  it('reads a past weekday before a Wednesday as last week’s ("said on Friday")', () => {
    expect(times('The company said on Friday that sales fell.', '2022-08-10')).toEqual([
      ['on Friday', '2022-08-05'],
    ])
  })

  it('reads the day a hearing is put off to as one to come, and a deadline a condition sets', () => {
    const ref = '2024-11-21'
    expect(
      times(
        'The judge adjourned the matter to February 7 for sentencing. The hearing was postponed until Monday. He was remanded in custody until March 2.',
        ref,
      ),
    ).toEqual([
      ['February 7', '2025-02-07'],
      ['until Monday', '2024-11-25'],
      ['until March 2', '2025-03-02'],
    ])
    // (Not a hearing put off before, since held.)
    expect(
      times('The case had been adjourned to October 3, when the jury was sworn in.', ref),
    ).toEqual([['October 3', '2024-10-03']])
    expect(
      ranges('The hit looked manageable if a deal was reached by the autumn.', '2025-07-24'),
    ).toEqual([['by the autumn', '2025-09', '2025-11']])
  })

  it('reads the figure a change is measured from as past, and "as planned" as no tense', () => {
    const ref = '2025-11-05'
    expect(
      times(
        'A packet sold for 245 shillings last week, up from 128 shillings in March. The number rose to 2.8 million, up from 1.9 million in April.',
        ref,
      ),
    ).toEqual([
      ['last week', null],
      ['in March', '2025-03'],
      ['in April', '2025-04'],
    ])
    expect(
      times('Kubota said the company would report its results as planned on Nov. 12.', ref),
    ).toEqual([['on Nov. 12', '2025-11-12']])
  })

  it('reads clock times, dated by the day of their sentence next to them', () => {
    const clocks = (text: string) =>
      parse(`Headline\n\n${text}\n`, { referenceDate: '2026-02-12' })
        .times.filter((time) => time.data?.['granularity'] === 'time')
        .map((time) => [time.text, time.value, time.data?.['time'], time.data?.['zone']])
    expect(
      clocks(
        'The ships collided at 4:40 a.m. (0340 GMT) on Wednesday. The review is on Friday at 8am. Residents must leave before 3pm. Talks ended shortly after midnight.',
      ),
    ).toEqual([
      ['at 4:40 a.m.', '2026-02-11', '04:40', undefined],
      ['0340 GMT', '2026-02-11', '03:40', 'GMT'],
      ['at 8am', '2026-02-13', '08:00', undefined],
      ['before 3pm', null, '15:00', undefined],
      ['shortly after midnight', null, '00:00', undefined],
    ])
    // (Not a name's word, nor minutes after a colon and a space, nor a number before a noun.)
    expect(
      clocks('The Midnight Crew met. At 11: 06 a.m. it ended. He passed 9 amendments.'),
    ).toEqual([])
  })

  it('takes a zone written after the hour into the clock time, and no name of it', () => {
    const doc = parse(
      'Headline\n\nThe jet left at 6:42 a.m. Central time on Tuesday. Polls close at 8 p.m. Eastern. The show starts at 9 p.m. ET. The boat sank in the Pacific.\n',
      { referenceDate: '2026-02-12' },
    )
    expect(
      doc.times
        .filter((time) => time.data?.['granularity'] === 'time')
        .map((time) => [time.text, time.data?.['zone']]),
    ).toEqual([
      ['at 6:42 a.m. Central time', 'CT'],
      ['at 8 p.m. Eastern', 'ET'],
      ['at 9 p.m. ET', 'ET'],
    ])
    expect(doc.entities.map((entity) => entity.name)).toEqual(['Pacific'])
  })

  it('takes the part of the day written after a day into its text, and names it', () => {
    const days = parse(
      'Headline\n\nBrown said on Thursday morning that the race ended late Sunday night. He works Saturday nights. Friday, morning came.\n',
      { referenceDate: '2024-11-14' },
    ).times.map((time) => [time.text, time.value, time.data?.['part'] ?? null])
    expect(days).toEqual([
      ['on Thursday morning', '2024-11-14', 'morning'],
      ['late Sunday night', '2024-11-10', 'night'],
      ['Friday', '2024-11-08', null],
    ])
  })

  it('dates a clock its sentence gives no day by the day the story tells of, and says so', () => {
    const clocks = (text: string, referenceDate = '2024-10-13') =>
      parse(`Headline\n\n${text}\n`, { referenceDate })
        .times.filter((time) => time.data?.['granularity'] === 'time')
        .map((time) => [time.text, time.value, time.data?.['dayFrom'] ?? null])
    // The day of the last time before it, outside quotations, in an earlier paragraph too.
    expect(
      clocks(
        'Kiprop broke the record on Sunday morning.\n\n"My coach told me yesterday to go," he said.\n\nAt about 9:40 a.m., a man collapsed.',
      ),
    ).toEqual([['about 9:40 a.m.', '2024-10-13', 't1']])
    // None for what is done every week, what is to come, the small hours after an evening, a
    // clock that qualifies a noun, or after a year named in the paragraph.
    expect(
      clocks(
        'The market opened on Friday. Every Friday, from 8 a.m. to noon, it sells fish. It will reopen at 9 a.m. The lights went out at 1:48 a.m. She took the 7 p.m. train.\n\nIn 2019, the shop opened at 10 a.m.',
      ),
    ).toEqual([
      ['from 8 a.m.', null, null],
      ['noon', null, null],
      ['at 9 a.m.', null, null],
      ['at 1:48 a.m.', null, null],
      ['7 p.m.', null, null],
      ['at 10 a.m.', null, null],
    ])
    // A clock that heads an entry of a live report is of the reference date, and so is what
    // follows it.
    expect(
      clocks(
        'The Latest on the race (all times EDT):\n\n2 p.m.:\n\nThe senator spoke on Saturday.\n\n1 p.m.\n\nThe polls closed at 11:30 a.m.',
        '2016-02-20',
      ),
    ).toEqual([
      ['2 p.m.', '2016-02-20', 'reference'],
      ['1 p.m.', '2016-02-20', 'reference'],
      ['at 11:30 a.m.', '2016-02-20', 'reference'],
    ])
  })

  it('reads no month in "march" with chrono\'s comma, and the weekday a thing is set for as to come', () => {
    expect(
      times('The party will begin a statewide march, from Varanasi on Dec 1.', '2025-11-14'),
    ).toEqual([['on Dec 1', '2025-12-01']])
    expect(times('The party called a statewide march for Saturday.', '2025-11-14')).toEqual([
      ['Saturday', '2025-11-15'],
    ])
  })

  it('reads months the telling falls in as those months, whatever the tense', () => {
    expect(
      ranges('It will book most of the charge in the October-December quarter.', '2025-11-05'),
    ).toEqual([['in the October-December quarter', '2025-10-01', '2025-12-31']])
  })

  it('reads the time between whom a saying told and the clause it reports as the saying’s own ("told the court in September that")', () => {
    expect(
      times(
        'Thomas Brandt told the court in September that the fees were fair. He told investors in December that it will reopen.',
        '2026-03-04',
      ),
    ).toEqual([
      ['in September', '2025-09'],
      ['in December', '2025-12'],
    ])
  })

  it('reads the past of a relative clause that holds the time, not the future of the sentence ("who left the field on Sunday, will have")', () => {
    expect(
      times(
        'Sam Latchford, who left the field with a hamstring strain on Sunday, will have a scan on Tuesday. The left-arm spinner will bowl on Thursday.',
        '2026-02-09',
      ),
    ).toEqual([
      ['on Sunday', '2026-02-08'],
      ['on Tuesday', '2026-02-10'],
      ['on Thursday', '2026-02-12'],
    ])
  })

  it('reads a weekday by its own clause, not by one a saying before it reports, nor past a deadline set', () => {
    const ref = '2025-10-09'
    expect(times('The governor told reporters on Monday that she planned to run.', ref)).toEqual([
      ['on Monday', '2025-10-06'],
    ])
    expect(times('The fifth Test starts on Sunday, the coach said.', ref)).toEqual([
      ['on Sunday', '2025-10-12'],
    ])
    expect(times('Officials asked people not to return until at least Friday.', ref)).toEqual([
      ['Friday', '2025-10-10'],
    ])
    // "unlikely before Saturday": what is (un)likely is to come.
    expect(times('Officials said a final session was unlikely before Saturday.', ref)).toEqual([
      ['Saturday', '2025-10-11'],
    ])
    // A relative "that" after the time is no saying's: "ahead of voting Tuesday that is likely to".
    expect(
      times(
        'Sanders campaigned ahead of voting Tuesday that is likely to decide it.',
        '2016-06-06',
      ),
    ).toEqual([['Tuesday', '2016-06-07']])
  })

  it('reads a month without its year as last year’s in a clause of what was', () => {
    expect(times('She had gotten them in February.', '2016-10-02')).toEqual([
      ['in February', '2016-02'],
    ])
    // A verb of saying says nothing of when what it reports happens.
    expect(times('He said his candidate would win in November.', '2016-09-23')).toEqual([
      ['in November', '2016-11'],
    ])
    // A passive's participle is of what was ("was filed"); "was scheduled" is of what is to come.
    expect(times('The lawsuit was filed in February by 22 states.', '2025-12-02')).toEqual([
      ['in February', '2025-02'],
    ])
    expect(times('The hearing was scheduled to start in March.', '2025-12-02')).toEqual([
      ['in March', '2026-03'],
    ])
    // "since" names a month that has come, whatever the verb.
    expect(times('Prices have risen since December.', '2016-06-15')).toEqual([
      ['since December', '2015-12'],
    ])
    // (Not the next March, though what is to come be the clause's verb.)
    expect(
      times('Astronauts who have been on the station since March will return.', '2025-08-01'),
    ).toEqual([['since March', '2025-03']])
  })

  it('reads a month as last year’s after a past that it goes with, not one that dates something else', () => {
    const ref = '2026-11-27'
    // The past close before the month, or after a month that opens the sentence.
    expect(times('Trump visited the kingdom in May.', ref)).toEqual([['in May', '2026-05']])
    expect(times('Fernandez became chief executive in December.', ref)).toEqual([
      ['in December', '2025-12'],
    ])
    expect(times('Trump said in December that he would go.', ref)).toEqual([
      ['in December', '2025-12'],
    ])
    expect(times('In December, the company sold the unit.', ref)).toEqual([
      ['In December', '2025-12'],
    ])
    // "after" and a gerund, and the irregular "ran".
    expect(times('Cuomo ran after losing the primary in December.', ref)).toEqual([
      ['in December', '2025-12'],
    ])
    expect(times('Cuomo ran in December.', ref)).toEqual([['in December', '2025-12']])
    // The past the month goes with, though another past be nearer to it.
    expect(times('Swift, who released her album in December, also premiered a song.', ref)).toEqual(
      [['in December', '2025-12']],
    )
    // A month that names an event, one past what puts it ahead, or after another clause's past.
    expect(times('She campaigned ahead of the state’s December 7 primary.', ref)).toEqual([
      ['December 7', '2026-12-07'],
    ])
    expect(times('Clinton offered to debate in December.', ref)).toEqual([
      ['in December', '2026-12'],
    ])
    expect(times('The vote is in December, and Sanders pledged to stay.', ref)).toEqual([
      ['in December', '2026-12'],
    ])
    // The "of" after a month that no year follows is not the time's.
    expect(times('He was convicted in March of racketeering conspiracy.', ref)).toEqual([
      ['in March', '2026-03'],
    ])
    // A deadline is not dated by the past before it, nor one whose word its text leaves out.
    expect(times('It keeps the government funded until Jan. 30, for now.', ref)).toEqual([
      ['until Jan. 30', '2027-01-30'],
    ])
    expect(
      times(
        'The Senate passed a bill early on Saturday to keep the government funded through mid-March, averting a shutdown.',
        '2024-12-21',
      ),
    ).toEqual([
      ['early on Saturday', '2024-12-21'],
      ['mid-March', '2025-03'],
    ])
    // Nor the date a thing is set for.
    expect(times('Unions have called a ninth day of strikes for March 28.', '2025-03-20')).toEqual([
      ['March 28', '2025-03-28'],
    ])
    // A saying whose object is a thing dates the time as another past does; one that reports a
    // clause does not.
    expect(times('The states announced their withdrawal from the bloc in January.', ref)).toEqual([
      ['in January', '2026-01'],
    ])
    expect(times('The company announced the plant will close in January.', ref)).toEqual([
      ['in January', '2027-01'],
    ])
    // A part of a month or a year is that month's or year's, the part named in the text.
    expect(times('Rates will fall by the end of March.', '2025-03-19')).toEqual([
      ['by the end of March', '2025-03'],
    ])
    // A month wholly past is no time to come: next year's.
    expect(times('The city plans to finish the bridge by the end of March.', '2025-04-10')).toEqual(
      [['by the end of March', '2026-03']],
    )
    expect(
      times('It began at the start of August, and ends in the second half of 2026.', '2025-03-19'),
    ).toEqual([
      ['at the start of August', '2024-08'],
      ['in the second half of 2026', null],
    ])
    // What was to come, seen from the past ("was likely to", "was set to"), dates nothing past.
    expect(
      times(
        'Union sources said a second day of action was likely to be called for Jan. 31.',
        '2023-01-19',
      ),
    ).toEqual([['Jan. 31', '2023-01-31']])
    expect(
      times('The rally, which Trump was set to headline Tuesday, requires a ticket.', '2024-01-15'),
    ).toEqual([['Tuesday', '2024-01-16']])
    // "won’t" is no past of "win"; "well-organized" no past at all.
    expect(times('The votes won’t be counted until December 15.', ref)).toEqual([
      ['until December 15', '2026-12-15'],
    ])
  })

  it('reads a week as the Monday to Sunday it spans, with no day for its value', () => {
    const found = parse(
      'Headline\n\nThe OBR said last week that growth would slow. It will report next week. This week is busy.\n',
      { referenceDate: '2024-11-03' },
    ).times.map((time) => [time.text, time.value, time.data])
    expect(found).toEqual([
      ['last week', null, { granularity: 'week', start: '2024-10-21', end: '2024-10-27' }],
      ['next week', null, { granularity: 'week', start: '2024-11-04', end: '2024-11-10' }],
      ['This week', null, { granularity: 'week', start: '2024-10-28', end: '2024-11-03' }],
    ])
  })

  it('reads "the last week" as the seven days before, a duration, and a month’s week as no range', () => {
    const found = parse(
      'Headline\n\nOver the last week, prices fell. The last week has been hard. It happened during the last week of June.\n',
      { referenceDate: '2024-11-03' },
    ).times.map((time) => [time.text, time.value, time.data])
    expect(found).toEqual([
      ['Over the last week', null, { granularity: 'duration' }],
      ['last week', null, { granularity: 'duration' }],
      ['during the last week', null, { granularity: 'week' }],
    ])
  })

  it('reads two years joined otherwise as two years', () => {
    expect(times('The law passed in 2019 and was repealed in 2021.')).toEqual([
      ['in 2019', '2019'],
      ['in 2021', '2021'],
    ])
  })

  it('reads a year joined to the year before, and a year before its noun', () => {
    expect(times('Boeing jets crashed in 2018 and 2019. She won in 2021, 2022 or 2023.')).toEqual([
      ['in 2018', '2018'],
      ['2019', '2019'],
      ['in 2021', '2021'],
      ['2022', '2022'],
      ['2023', '2023'],
    ])
    expect(times('The 2007 election was disputed, as was its 2013 rerun.')).toEqual([
      ['2007', '2007'],
      ['2013', '2013'],
    ])
    // A round number before a noun counts as often as it dates; a number alone is none; nor is
    // a count before its plural or its unit, or after a year and a comma.
    expect(times('The 2000 workers left. He scored 2019 points.')).toEqual([])
    expect(
      times('The 1995 passengers left. A 2010 kg load fell. The 2020 people at the rally cheered.'),
    ).toEqual([])
    expect(
      times('In 2019, 2020 people died. Its 1995 profits rose in the 2016 primaries.'),
    ).toEqual([
      ['In 2019', '2019'],
      ['1995', '1995'],
      ['2016', '2016'],
    ])
  })

  it('reads no date from the modal "may" or the verb "march"', () => {
    expect(times('Protesters may march to the capital if talks fail.')).toEqual([])
  })

  it('reads no date from a month inside a name ("the Long March 10 rocket")', () => {
    expect(times('China tested its Long March 10 rocket.', '2025-11-13')).toEqual([])
    expect(times('Xi met Trump in Beijing March 10.', '2025-11-13')).toEqual([
      ['March 10', '2025-03-10'],
    ])
    expect(times('The vote was held on Tuesday March 10.', '2026-03-12')).toEqual([
      ['on Tuesday March 10', '2026-03-10'],
    ])
  })

  it('reads no date from a month’s short name after a text’s first word ("Zhang Jun")', () => {
    expect(times('Zhang Jun, the envoy, said talks would go on.', '2024-10-08')).toEqual([])
    expect(
      times('"Through Sept, we were on track," the chief executive said.', '2024-10-08'),
    ).toEqual([['Sept', '2024-09']])
  })

  it('reads no date from a weekday of what is done on such days', () => {
    expect(times('He played house dances on Saturday nights for decades.', '2025-06-10')).toEqual(
      [],
    )
    expect(times('She bakes bread every Sunday morning.', '2025-06-10')).toEqual([])
    expect(times('The council meets every other Monday.', '2025-06-10')).toEqual([])
    expect(times('Counts come out every Tuesday and Friday.', '2025-06-10')).toEqual([])
    expect(
      times('Trains were cancelled every Monday and last Friday the line closed.', '2025-06-10'),
    ).toEqual([['last Friday', '2025-06-06']])
    // An event of this week stays one.
    expect(
      times('Putin told a Monday news conference that talks would go on.', '2025-06-10'),
    ).toEqual([['Monday', '2025-06-09']])
  })

  it('reads no date from "now" or "today" inside a quotation', () => {
    expect(times('"We stand with you today and now," the minister said.')).toEqual([])
  })

  it('reads no date from numbers that are not dates', () => {
    expect(times('About 1,500 people and 30 trucks crossed at 12 points.')).toEqual([])
  })

  it('keeps the value null without a reference date for a relative expression', () => {
    expect(parse('Headline\n\nThe talks began on Thursday.\n').times.map((t) => t.value)).toEqual([
      null,
    ])
    const relative = parse(
      'Headline\n\nPrices rose last year, and two days ago, and from Monday to Friday.\n',
    ).times
    expect(relative.map((t) => [t.text, t.value, t.data])).toEqual([
      ['last year', null, { granularity: 'year' }],
      ['two days ago', null, { granularity: 'day' }],
      ['from Monday to Friday', null, { granularity: 'range' }],
    ])
  })

  it('takes a Date or an ISO date-time as the reference date, and says when it is none', () => {
    const at = (referenceDate: string | Date) =>
      parse('Headline\n\nThe talks began on Thursday.\n', { referenceDate })
    expect(at(new Date('2023-04-20T23:00:00Z')).times[0]?.value).toBe('2023-04-20')
    expect(at('2023-04-20T09:30:00+02:00').times[0]?.value).toBe('2023-04-20')
    for (const wrong of ['2023-02-30', 'last week', new Date(Number.NaN)]) {
      const doc = at(wrong)
      expect(doc.times[0]?.value).toBeNull()
      expect(doc.diagnostics.map((d) => d.ruleId)).toContain('reference-date')
    }
    expect(at('2023-04-20').diagnostics).toEqual([])
    expect(at('').diagnostics).toEqual([])
    const odd = parse('Headline\n\nThe talks began on Thursday.\n', {
      referenceDate: Object.create(null) as string,
    })
    expect(odd.children).toHaveLength(1)
    expect(odd.diagnostics.map((d) => d.ruleId)).toEqual(['reference-date'])
  })

  it('keeps a year written by its last two digits without a reference date', () => {
    const doc = parse('Headline\nUpdated 12/05/23\n\nThe talks began on 12/04/23.\n')
    expect(doc.meta.publishedAt).toBe('2023-12-05')
    expect(doc.times.map((t) => [t.text, t.value])).toEqual([['on 12/04/23', '2023-12-04']])
  })

  it("resolves against the article's own date when no reference is given", () => {
    const doc = parse('Headline\nPublished March 3, 2023\n\nThe talks began on Thursday.\n')
    expect(doc.times.map((t) => t.value)).toEqual(['2023-03-02'])
  })

  it('places a time node inline, pointing at its entry', () => {
    const doc = parse('Headline\n\nThe talks began on Thursday.\n', { referenceDate: '2023-04-20' })
    const paragraph = doc.children[0]
    const node =
      paragraph?.type === 'paragraph'
        ? paragraph.children.find((c) => c.type === 'time')
        : undefined
    expect(node).toMatchObject({
      type: 'time',
      value: 'on Thursday',
      timeId: doc.times[0]?.id,
      resolved: '2023-04-20',
    })
  })
})

describe('"the last year", "the past month"', () => {
  it('are spans of time before, durations; "last year" alone is the calendar year', () => {
    const times = (text: string) =>
      parse(`Stores\n\n${text}\n`, { referenceDate: '2024-08-29' }).times.map((time) => [
        time.text,
        time.value,
      ])
    expect(times('Reliance had opened 1,840 new stores in the last year.')).toEqual([
      ['in the last year', null],
    ])
    expect(times('Prices rose over the past month.')).toEqual([['over the past month', null]])
    expect(times('Reliance opened 1,840 new stores last year.')).toEqual([['last year', '2023']])
    // So are spans ahead: "the next month", "over the coming year" (not next month's calendar).
    expect(times('He injured his knee and will miss the next month.')).toEqual([
      ['next month', null],
    ])
    expect(times('Prices will rise over the next year. The vote is next month.')).toEqual([
      ['over the next year', null],
      ['next month', '2024-09'],
    ])
  })
})

describe('a day that names the event that fell on it', () => {
  const valuesOf = (text: string) =>
    parse(`Notes\n\n${text}\n`, { referenceDate: '2024-11-17' }).times.map((time) => [
      time.text,
      time.value,
    ])

  it.each([
    ['The Sept. 11 attacks changed everything.', [['Sept. 11', '2001-09-11']]],
    ['The Jan. 6 riot was investigated for months.', [['Jan. 6', '2021-01-06']]],
    ['Since the Oct. 7 attack, Israel has fought in Gaza.', [['Oct. 7', '2023-10-07']]],
  ])('dates %j by its event', (text, times) => {
    expect(valuesOf(text)).toEqual(times)
  })

  it.each([
    [
      'The senator won big on Super Tuesday, and the vote is on Tuesday.',
      [['on Tuesday', '2024-11-19']],
    ],
    ['He served as a commander during the Black Saturday fires in 2009.', [['in 2009', '2009']]],
  ])('dates no day of the week by the weekday of a named day in %j', (text, times) => {
    expect(valuesOf(text)).toEqual(times)
  })

  it.each([
    'She left a Sept. 11 memorial event early on Sunday.',
    'The hearing is set for Sept. 11 in Washington.',
    'He was briefed days after the September 11 attack in Benghazi.',
  ])('leaves %j the nearest such day', (text) => {
    expect(valuesOf(text).every(([, value]) => value !== '2001-09-11')).toBe(true)
  })
})

describe('"mid-March" and fiscal years', () => {
  it.each([
    ['The law takes effect in mid-March.', [['mid-March', '2025-03']]],
    ['Profit rose in fiscal 2025.', [['fiscal 2025', '2025']]],
    ['The company expects growth in fiscal year 2025.', [['fiscal year 2025', '2025']]],
  ])('reads %j', (text, times) => {
    const found = parse(`Notes\n\n${text}\n`, { referenceDate: '2024-11-17' }).times
    expect(found.map((time) => [time.text, time.value])).toEqual(times)
  })
})

describe('a day that names an event, on inputs a review found misread', () => {
  it.each([
    'A federal judge set a Jan. 6 hearing on the motion to dismiss.',
    'The man was charged in connection with an Oct. 7 assault on a bus driver in Queens.',
    "Russia's Oct. 7 attacks on Ukraine's power grid left millions without heat.",
  ])('keeps %j the nearest such day', (text) => {
    const times = parse(`Notes\n\n${text}\n`, { referenceDate: '2025-11-20' }).times
    expect(times.every((time) => !/^202[13]-/u.test(time.value ?? ''))).toBe(true)
  })
})

describe('a weekday in reported speech of what is to come', () => {
  it('is ahead after "would ... but warned" and "was unlikely to"', () => {
    // Thursday 6 February 2025.
    expect(
      times(
        'Mr Nugent said authorities would review the warning area on Friday morning but warned residents against complacency.',
        '2025-02-06',
      ),
    ).toEqual([['on Friday morning', '2025-02-07']])
    expect(times('VicRoads said it was unlikely to reopen before Sunday.', '2025-02-06')).toEqual([
      ['Sunday', '2025-02-09'],
    ])
  })

  it('is ahead after "would", "could" and a present of the calendar, whatever the clause after', () => {
    // Thursday 20 November 2025: the nearest Monday is past, the nearest Friday ahead.
    const ref = '2025-11-20'
    expect(times('Fitch said the board would certify the result on Monday.', ref)).toEqual([
      ['on Monday', '2025-11-24'],
    ])
    expect(times('Officials said the vote could come as early as Monday.', ref)).toEqual([
      ['Monday', '2025-11-24'],
    ])
    expect(times('A fraud trial opened Thursday. The trial continues on Monday.', ref)).toEqual([
      ['Thursday', '2025-11-20'],
      ['on Monday', '2025-11-24'],
    ])
    // Monday 17 November 2025: a second predicate after "and", a clause after "once".
    expect(
      times(
        'Thornley said the chamber would launch a campaign on Friday and was considering a legal challenge.',
        '2025-11-17',
      ),
    ).toEqual([['on Friday', '2025-11-21']])
    expect(
      times(
        'A spokesman said crews would begin repairs on Thursday once winds eased.',
        '2025-11-17',
      ),
    ).toEqual([['on Thursday', '2025-11-20']])
  })

  it('is ahead after "expected X to", but not after "had expected"', () => {
    // Wednesday 5 November 2025.
    const ref = '2025-11-05'
    expect(
      times(
        "Sato said she expected the company to face pressure at its annual shareholders' meeting in June.",
        ref,
      ),
    ).toEqual([['in June', '2026-06']])
    expect(times('The company had expected sales to rise on Monday.', ref)).toEqual([
      ['on Monday', '2025-11-03'],
    ])
  })

  it('is ahead after "would have" with "have" the verb, but not after "would have" done', () => {
    // Tuesday 7 April 2026.
    const ref = '2026-04-07'
    expect(times('Carrick said Oduya would have a scan on Wednesday.', ref)).toEqual([
      ['on Wednesday', '2026-04-08'],
    ])
    expect(times('The minister said the club would have to pay by Friday.', ref)).toEqual([
      ['by Friday', '2026-04-10'],
    ])
    expect(times('She said he would have won on Sunday.', ref)).toEqual([
      ['on Sunday', '2026-04-05'],
    ])
  })

  it('is not moved by what a review found: a past frame, a fronted time to come, "continues" apart', () => {
    const ref = '2026-01-14'
    for (const [text, value] of [
      ['Forecasters had warned that the storm would hit on Sunday.', '2026-01-11'],
      [
        'Rescuers could finally reach the village on Monday after the road was cleared.',
        '2026-01-12',
      ],
      ['The search for the missing hiker continues after a sighting on Sunday.', '2026-01-11'],
      ['Smith continues to recover from surgery in December, his office said.', '2025-12'],
      ['From April, Ofgem said energy bills will rise by 6 percent.', '2026-04'],
      ['Until June, the council said drivers can park for free.', '2026-06'],
      ['In March, Apple says it will open its first store in the city.', '2026-03'],
      ['The company had grown through April, when sales collapsed.', '2025-04'],
    ] as const)
      expect(times(text, ref).map(([, found]) => found)).toEqual([value])
  })

  it('is past after "would have", and of neither time after a modal denied', () => {
    expect(times('She said she would have voted on Tuesday.', '2025-11-17')).toEqual([
      ['on Tuesday', '2025-11-11'],
    ])
    // (The nearest Saturday, two days back.)
    expect(times('Aides could not be reached for comment Saturday.', '2025-11-17')).toEqual([
      ['Saturday', '2025-11-15'],
    ])
  })

  it('is past when the clause before the time says so, whatever the second predicate', () => {
    expect(
      times(
        'Mr. Sanders did not attack Mrs. Clinton in his remarks on Tuesday night but argued that he would win.',
        '2024-01-15',
      ),
    ).toEqual([['on Tuesday night', '2024-01-09']])
  })
})

describe('a range of days that "between" opens', () => {
  it('is one range, the last day of the same month or written in full', () => {
    expect(ranges('Quaest interviewed 2,004 people between Aug. 13 and 16.', '2026-08-20')).toEqual(
      [['between Aug. 13 and 16', '2026-08-13', '2026-08-16']],
    )
    expect(ranges('The poll ran between Aug. 17 and Aug. 19.', '2026-08-20')).toEqual([
      ['between Aug. 17 and Aug. 19', '2026-08-17', '2026-08-19'],
    ])
  })

  it('puts its first day first, and reads no count after "and" as a day', () => {
    expect(
      ranges('There were 3,210 victims between January 1 and September 26.', '2024-01-15'),
    ).toEqual([['between January 1 and September 26', '2023-01-01', '2023-09-26']])
    expect(ranges('The storm hit between Aug. 13 and 16 people died.', '2026-08-20')).toEqual([
      ['between Aug. 13', undefined, undefined],
    ])
  })

  it('joins two months, to the last day of the second ("between March and June")', () => {
    // "June" alone is no time (a name as often), but it is after "between March and".
    expect(ranges('Prices rose between March and June.', '2025-11-21')).toEqual([
      ['between March and June', '2025-03-01', '2025-06-30'],
    ])
    expect(ranges('Prices will rise between March and September.', '2025-11-21')).toEqual([
      ['between March and September', '2026-03-01', '2026-09-30'],
    ])
    // chrono's "April -" reads the dash as a range's; the time ends at the month.
    expect(
      ranges('1.1 million between January and April -- driven by a form.', '2016-06-03'),
    ).toEqual([['between January and April', '2016-01-01', '2016-04-30']])
  })

  it('reads "May" after a month and "and" or "or" as the month ("between March and May")', () => {
    // (chrono reads "May" as the month only after "in".)
    expect(ranges('Sales fell between March and May.', '2024-09-10')).toEqual([
      ['between March and May', '2024-03-01', '2024-05-31'],
    ])
    expect(times('Sales rose in April or May as demand grew.', '2024-09-10')).toEqual([
      ['in April', '2024-04'],
      ['May', '2024-05'],
    ])
    // (A month already read after "and" is not read twice.)
    expect(times('Sales rose in April and in May.', '2024-09-10')).toEqual([
      ['in April', '2024-04'],
      ['in May', '2024-05'],
    ])
    expect(times('Theresa May and Boris Johnson met.', '2024-09-10')).toEqual([])
  })

  it('puts weekdays in one week, the one its clause tells of', () => {
    // Told on Friday 21 November 2025.
    expect(ranges('We met between Monday and Friday.', '2025-11-21')).toEqual([
      ['between Monday and Friday', '2025-11-17', '2025-11-21'],
    ])
    expect(ranges('We will meet between Monday and Friday.', '2025-11-21')).toEqual([
      ['between Monday and Friday', '2025-11-24', '2025-11-28'],
    ])
  })
})

describe('a range that chrono reads ("from May to July")', () => {
  it('runs to the last day of its last month', () => {
    expect(ranges('It lasted from January to March 2025.', '2025-11-21')).toEqual([
      ['from January to March 2025', '2025-01-01', '2025-03-31'],
    ])
    expect(ranges('Talks ran from December to February.', '2025-11-21')).toEqual([
      ['from December to February', '2024-12-01', '2025-02-28'],
    ])
  })

  it('is placed by its clause where no year is written, as its first time alone would be', () => {
    expect(ranges('He spoke from May to July.', '2025-11-21')).toEqual([
      ['from May to July', '2025-05-01', '2025-07-31'],
    ])
    expect(ranges('Talks ran from May 3 to July 9.', '2025-11-21')).toEqual([
      ['from May 3 to July 9', '2025-05-03', '2025-07-09'],
    ])
    expect(ranges('Talks will run from May 3 to July 9.', '2025-11-21')).toEqual([
      ['from May 3 to July 9', '2026-05-03', '2026-07-09'],
    ])
  })
})

describe('a month after a past verb some words before it', () => {
  it('is the last of that month, not the next ("joined Chancellor Merz\'s government in May")', () => {
    expect(
      times(
        "Wildberger, a former telecoms executive, joined Chancellor Friedrich Merz's government in May.",
        '2025-11-20',
      ),
    ).toEqual([['in May', '2025-05']])
  })

  it('reads a forecast, a hope or an expectation of someone as of what is to come', () => {
    // Told on Thursday 26 September 2024.
    expect(times('The center expected Delia to be downgraded by Friday.', '2024-09-26')).toEqual([
      ['by Friday', '2024-09-27'],
    ])
    expect(times('The company hoped to restore power by Monday.', '2024-09-26')).toEqual([
      ['by Monday', '2024-09-30'],
    ])
    expect(times('He had hoped to finish by Monday.', '2024-09-26')).toEqual([
      ['by Monday', '2024-09-23'],
    ])
    expect(ranges('Rain is forecast to stall through the weekend.', '2024-09-26')).toEqual([
      ['through the weekend', '2024-09-28', '2024-09-29'],
    ])
  })

  it('reads "cut" and "hit" before their object as past; not after a modal, nor as nouns', () => {
    expect(times('In February, the company cut about 600 roles.', '2024-11-21')).toEqual([
      ['In February', '2024-02'],
    ])
    expect(times('The company will cut 600 jobs in February.', '2024-11-21')).toEqual([
      ['in February', '2025-02'],
    ])
    expect(times('The Fed is expected to announce a rate cut in March.', '2024-11-21')).toEqual([
      ['in March', '2025-03'],
    ])
  })
})

describe('a month alone in the possessive', () => {
  it('is the last such month, unless a word before it looks ahead', () => {
    expect(
      times(
        "The court dismissed appeals challenging President Bola Tinubu's victory in February's election.",
        '2023-10-26',
      ),
    ).toEqual([['February', '2023-02']])
    expect(times("Campaigning began ahead of February's election.", '2023-10-26')).toEqual([
      ['February', '2024-02'],
    ])
  })
})

describe('a time something had been due or scheduled for', () => {
  it('is past, where one it is due or scheduled for is to come', () => {
    // Told on Thursday 20 November 2025.
    expect(
      times('Okoro said his wife had been due to have surgery on Wednesday.', '2025-11-20'),
    ).toEqual([['on Wednesday', '2025-11-19']])
    expect(
      times('The vote had been scheduled for Monday but was postponed.', '2025-11-20'),
    ).toEqual([['Monday', '2025-11-17']])
    expect(times('The vote is due on Monday.', '2025-11-20')).toEqual([['on Monday', '2025-11-24']])
  })
})

describe('a past range of weekdays told mid-week', () => {
  it('is the week before, not one that ends after the telling', () => {
    // Told on Wednesday 19 November 2025.
    expect(ranges('We met between Monday and Friday.', '2025-11-19')).toEqual([
      ['between Monday and Friday', '2025-11-10', '2025-11-14'],
    ])
  })
})

describe('a weekday after an abbreviation and its comma', () => {
  it('holds no comma of the sentence ("Kamloops, B.C., on Tuesday")', () => {
    expect(times('Crews fought the fire near Kamloops, B.C., on Tuesday.', '2025-08-13')).toEqual([
      ['on Tuesday', '2025-08-12'],
    ])
  })
})

describe('two days of a month joined by "and"', () => {
  it('are two times of that month: "on 27 and 28 January", "July 8 and 9"', () => {
    expect(times('Nurses will strike on 27 and 28 January.', '2026-01-13')).toEqual([
      ['27', '2026-01-27'],
      ['28 January', '2026-01-28'],
    ])
    expect(times('The committee meets in Orlando July 8 and 9.', '2016-06-29')).toEqual([
      ['July 8', '2016-07-08'],
      ['9', '2016-07-09'],
    ])
    // (Not a share or a number after the date: "January 27 and 28% in March".)
    expect(times('It fell in January 27 and 28% in March.', '2026-01-13').map((t) => t[0])).toEqual(
      ['in January 27', 'in March'],
    )
  })
})

describe('times a review of cricket and committee copy found misread', () => {
  it('dates a weekday by a past tense of its clause, and no span compared with "than"', () => {
    const doc = parse(
      'Test\n\nThe match ended.\n\n"Looking at the surface on Saturday morning, we felt the seamers would do the job," Whitcombe said. Discharges must end by 2030, five years earlier than currently planned.\n',
      { referenceDate: '2026-02-18' },
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([
      ['on Saturday morning', '2026-02-14'],
      ['by 2030', '2030'],
    ])
  })
})

describe('weekdays a review of sports and budget stories found misdated', () => {
  it('dates a weekday a present "is" sets, and one after "will" past a joined adjective, ahead', () => {
    const doc = parse(
      'Budget\n\nGame 4 is Sunday in Denver. The treasurer will announce a detailed and fully costed plan in her speech on Thursday.\n',
      { referenceDate: '2026-05-12' },
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([
      ['Sunday', '2026-05-17'],
      ['on Thursday', '2026-05-14'],
    ])
  })
})

describe('a range of weekdays', () => {
  it('ends after the day that opens it: "from 07:00 on Friday until 07:00 on Wednesday"', () => {
    const doc = parse(
      'Strike\n\nThe walkout will run from 07:00 BST on Friday until 07:00 on Wednesday.\n',
      {
        referenceDate: '2025-09-16',
      },
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([
      ['on Friday', '2025-09-19'],
      ['on Wednesday', '2025-09-24'],
    ])
  })
})

describe('times a review of election, energy and launch copy found misdated', () => {
  it('dates a weekday by the phrase that holds it, and a day a past call asks for ahead', () => {
    // Told on Saturday 15 February 2025.
    expect(
      times(
        'Erdogan, who is expected to visit the region on Wednesday, said the toll would rise.',
        '2025-02-15',
      ),
    ).toEqual([['on Wednesday', '2025-02-19']])
    // Told on Wednesday 4 June 2025; a refusal dates the day as past.
    expect(
      times('The former president called on supporters to gather on Sunday.', '2025-06-04'),
    ).toEqual([['on Sunday', '2025-06-08']])
    expect(times('He refused to comment on Sunday.', '2025-06-04')).toEqual([
      ['on Sunday', '2025-06-01'],
    ])
    // Told on Tuesday 4 March 2025: the past of a condition tells no time.
    expect(
      times(
        'The union said it would shut oil terminals if the strike was not resolved by Friday.',
        '2025-03-04',
      ),
    ).toEqual([['by Friday', '2025-03-07']])
  })

  it('reads a saying right after a time that opens the sentence as past, and no past in "had" of having', () => {
    // Told in January 2024: the nearest March is ahead.
    expect(times('In March, Trump said that abortion should be punished.', '2024-01-15')).toEqual([
      ['In March', '2023-03'],
    ])
    expect(
      times(
        'He said the WFP had enough funding to feed a third of them through January.',
        '2025-11-18',
      ),
    ).toEqual([['through January', '2026-01']])
  })

  it('reads no past in an adjective before a name, a plan that had been made, or a phrase set off', () => {
    expect(times('The mayor faces a crowded Democratic primary in June.', '2025-02-11')).toEqual([
      ['in June', '2025-06'],
    ])
    expect(
      times('OPEC+ is likely to pause planned output increases from April.', '2025-03-04'),
    ).toEqual([['from April', '2025-04']])
    expect(times('The launch had been scheduled for Sept. 24.', '2025-09-18')).toEqual([
      ['Sept. 24', '2025-09-24'],
    ])
    expect(
      times('He said the president had approved a cash transfer, starting in April.', '2025-03-04'),
    ).toEqual([['in April', '2025-04']])
  })
})

describe('"the year before", "the day before"', () => {
  it('counts from the time before it, and with none fine enough, has no value', () => {
    expect(
      times(
        'More than 150,000 workers lost their jobs in 2024, down from about 260,000 the year before.',
        '2025-01-22',
      ),
    ).toEqual([
      ['in 2024', '2024'],
      ['the year before', '2023'],
    ])
    // A month is not fine enough for a day; twice "the day before" is one day.
    expect(
      times('They met in July 2008. The day before, a bulldozer hit a bus stop.', '2015-11-10'),
    ).toEqual([
      ['in July 2008', '2008-07'],
      ['The day before', null],
    ])
    expect(
      times(
        'Stocks fell on Friday from the day before. Bonds rose from the day before.',
        '2016-07-30',
      ).map((time) => time[1]),
    ).toEqual(['2016-07-29', '2016-07-28', '2016-07-28'])
  })
})

describe('"the following year", "the following day"', () => {
  it('counts one unit on from the time before it, as "the year after" does', () => {
    expect(
      times(
        'Trayvon Martin was killed in February 2012, and Zimmerman was acquitted the following year.',
        '2016-05-12',
      ),
    ).toEqual([
      ['in February 2012', '2012-02'],
      ['the following year', '2013'],
    ])
    expect(
      times('On March 2, 2015, the email was revealed. The following day, the panel acted.'),
    ).toEqual([
      ['On March 2, 2015', '2015-03-02'],
      ['The following day', '2015-03-03'],
    ])
    // (With no time before it, no value.)
    expect(times('The following year will be hard.')).toEqual([['The following year', null]])
  })
})

describe('"on Tuesday week"', () => {
  it('is the Tuesday a week after the coming one, as British writing counts', () => {
    expect(
      times(
        'City face Real Madrid on Tuesday week, while Arsenal travel to Leicester next Saturday.',
        '2025-02-09',
      ),
    ).toEqual([
      ['on Tuesday week', '2025-02-18'],
      ['next Saturday', '2025-02-15'],
    ])
    // (A past day and "week after week" is no such day.)
    expect(times('He met her on Tuesday week after week.', '2025-02-09')).toEqual([
      ['on Tuesday', '2025-02-04'],
    ])
  })
})

describe('a year after "for"', () => {
  it('is a time ("its forecast for 2026"), not a count ("for 2000 people")', () => {
    expect(
      times(
        'It cut its forecast for 2026 to 3%. He paid $5 for 2010 shares. Food for 2000 people arrived.',
        '2025-04-22',
      ),
    ).toEqual([['for 2026', '2026']])
  })
})

describe('a span counted back or on ("over the past 12 months", "within three months")', () => {
  it('is a duration, with no value, as "over the past year" is', () => {
    const spans = (text: string) =>
      parse(`Prices\n\n${text}\n`, { referenceDate: '2025-09-17' }).times.map((time) => [
        time.text,
        time.value,
        time.data?.['granularity'],
      ])
    expect(
      spans(
        'Prices rose over the past 12 months. Sales fell in the last three years. Rates will hold for the next few weeks. Growth slowed over the past decade. He will decide within three months. It should pass within a year.',
      ),
    ).toEqual([
      ['over the past 12 months', null, 'duration'],
      ['in the last three years', null, 'duration'],
      ['for the next few weeks', null, 'duration'],
      ['over the past decade', null, 'duration'],
      ['within three months', null, 'duration'],
      ['within a year', null, 'duration'],
    ])
    // Hours, only so: no time of "12 hours a day".
    expect(
      spans(
        'A pause could begin within 72 hours. 34 people were killed in the past 24 hours. She replied within an hour. He worked 12 hours a day.',
      ),
    ).toEqual([
      ['within 72 hours', null, 'duration'],
      ['in the past 24 hours', null, 'duration'],
      ['within an hour', null, 'duration'],
    ])
    // A part of a named time is no span before the time told.
    expect(spans('In the last two days of the summit, talks stalled.')).toEqual([])
  })
})

describe('a decade ("in the 1990s", "since the early 2000s")', () => {
  it('gives its first and last years, with no value; a number with an "s" alone is none', () => {
    expect(
      ranges(
        'The scheme has run since the 1990s. It was popular in the 1980s and through the early 2000s. The mid-1970s were hard. He bought 1990s records, and sold 1995s.',
        '2025-09-17',
      ),
    ).toEqual([
      ['since the 1990s', '1990', '1999'],
      ['in the 1980s', '1980', '1989'],
      ['through the early 2000s', '2000', '2009'],
      ['The mid-1970s', '1970', '1979'],
    ])
    // ("of" is no word of the time: "the jungle raj of the 1990s".)
    expect(
      ranges('He urged voters to remember the jungle raj of the 1990s.', '2025-11-07'),
    ).toEqual([['the 1990s', '1990', '1999']])
  })
})

describe('a year after "into" or "throughout"', () => {
  it('is that year ("well into 2026", "throughout 2014")', () => {
    expect(times('Rates will stay high well into 2026. Sales grew throughout 2014.')).toEqual([
      ['into 2026', '2026'],
      ['throughout 2014', '2014'],
    ])
  })
})

describe('a weekend ("over the weekend", "before the weekend", "last weekend")', () => {
  it('gives its Saturday and Sunday: the last one for what was, the coming one for what is to come', () => {
    // Told on Wednesday 17 September 2025.
    const weekend = (text: string) => ranges(text, '2025-09-17')
    expect(weekend('Fans met over the weekend.')).toEqual([
      ['over the weekend', '2025-09-13', '2025-09-14'],
    ])
    expect(weekend('Unions will strike before the weekend.')).toEqual([
      ['before the weekend', '2025-09-20', '2025-09-21'],
    ])
    expect(weekend('The deal was signed this weekend.')).toEqual([
      ['this weekend', '2025-09-13', '2025-09-14'],
    ])
    expect(weekend('The deal will be signed this weekend.')).toEqual([
      ['this weekend', '2025-09-20', '2025-09-21'],
    ])
    expect(weekend('Riots broke out last weekend. Talks resume next weekend.')).toEqual([
      ['last weekend', '2025-09-13', '2025-09-14'],
      ['next weekend', '2025-09-20', '2025-09-21'],
    ])
    // Told on a Sunday, "the weekend" is the one it is in.
    expect(ranges('Fans met over the weekend.', '2025-09-14')).toEqual([
      ['over the weekend', '2025-09-13', '2025-09-14'],
    ])
    expect(
      parse('Headline\n\nFans met over the weekend.\n', { referenceDate: '2025-09-17' }).times[0]
        ?.value,
    ).toBeNull()
  })
})

describe('times a review of flood, launch and verdict copy found missing', () => {
  it('reads "May" after a word that makes it the month, not a person named May', () => {
    expect(
      times('Cases have risen since May. The vote was held in early May.', '2025-09-17'),
    ).toEqual([
      ['since May', '2025-05'],
      ['in early May', '2025-05'],
    ])
    expect(times('Nothing has changed since May took office.', '2025-09-17')).toEqual([])
    // (Chrono's range of two months stays one.)
    expect(times('Cases rose from March until May.', '2025-09-17')).toEqual([
      ['from March until May', null],
    ])
  })

  it('reads a month that is also a word when "and" joins it to a month ("in July and August")', () => {
    expect(times('Rain fell in July and August.', '2025-09-17')).toEqual([
      ['in July', '2025-07'],
      ['August', '2025-08'],
    ])
  })

  it('reads "this morning" and "last night" as days; "this morning" inside a quotation as the day the story tells of', () => {
    expect(
      times('The minister spoke this morning. Crews worked last night.', '2025-09-17'),
    ).toEqual([
      ['this morning', '2025-09-17'],
      ['last night', '2025-09-16'],
    ])
    // (With no day told before, the speaker's morning is of no day known.)
    expect(times('"I woke up this morning and cried," she said.', '2025-09-17')).toEqual([
      ['this morning', null],
    ])
  })

  it('dates "tonight" a speaker says by the day the story tells of, not "tomorrow"', () => {
    const doc = parse(
      'Race\n\nKiprop won on Sunday.\n\n"I will pray for him tonight. Tomorrow we rest," Kiprop said.\n',
      { referenceDate: '2024-10-14' },
    )
    expect(doc.times.map((time) => [time.text, time.value, time.data?.['dayFrom']])).toEqual([
      ['on Sunday', '2024-10-13', undefined],
      ['tonight', '2024-10-13', 't1'],
    ])
  })
})

describe("a month that a forecast's object names", () => {
  it('is ahead ("expected the next hike in July", "predicted a recovery in April"), not after "had forecast" or "as expected"', () => {
    expect(
      times(
        'Kenji Saito said he expected the next hike in July. He predicted a recovery in April.',
        '2025-12-19',
      ),
    ).toEqual([
      ['in July', '2026-07'],
      ['in April', '2026-04'],
    ])
    expect(
      times('Analysts had forecast a cut in March. Prices rose as expected in May.', '2025-12-19'),
    ).toEqual([
      ['in March', '2025-03'],
      ['in May', '2025-05'],
    ])
  })
})

describe('a month joined to a month with its year', () => {
  it('shares that year ("in July and August 2022"), not the reference year', () => {
    expect(
      times('The inquest, held in July and August 2022, found the death avoidable.', '2025-11-06'),
    ).toEqual([
      ['in July', '2022-07'],
      ['August 2022', '2022-08'],
    ])
    expect(times('Sales rose in July and fell in August.', '2025-11-06')).toEqual([
      ['in July', '2025-07'],
      ['in August', '2025-08'],
    ])
  })
})

describe('months joined by "-to-" ("the July-to-September period")', () => {
  it('are one range over both months, the latest ended unless what is told is to come', () => {
    expect(
      ranges(
        'Orders for the July-to-September period rose. Sales will rise in the October-to-December quarter. The November-through-February season was wet.',
        '2025-10-23',
      ),
    ).toEqual([
      ['for the July-to-September period', '2025-07-01', '2025-09-30'],
      ['in the October-to-December quarter', '2025-10-01', '2025-12-31'],
      ['November-through-February season', '2024-11-01', '2025-02-28'],
    ])
  })
})

describe('a season after a preposition and "the" ("in the fall")', () => {
  it('is the next one for what is to come, the last for what was, or of the year said', () => {
    expect(
      ranges(
        'The glasses will ship in the fall. Sales slumped in the summer. They met in the spring of 2019.',
        '2026-06-09',
      ),
    ).toEqual([
      ['in the fall', '2026-09', '2026-11'],
      ['in the summer', '2025-06', '2025-08'],
      ['in the spring of 2019', '2019-03', '2019-05'],
    ])
    // Not a fall that is no season.
    expect(
      ranges('The fall of Kabul shocked many. Prices dropped in the fall in oil.', '2026-06-09'),
    ).toEqual([])
  })
})

describe('a weekday of what is to come, in a reviewed story', () => {
  it.each([
    // A speaker's own weekday in single marks, which no verb dates.
    [
      "Kerr will take charge on Saturday. 'My only job is Hull on Saturday,' he said.",
      '2025-11-08',
    ],
    // What was expected, said in the past: "expected a reaction on Monday", "was expected ... from".
    [
      'Traders said they expected a reaction on Tuesday once a government was in sight.',
      '2025-11-04',
    ],
    // A semicolon ends the clause of a standfirst's past: "evacuated ...; Vietnam braces".
    [
      'More than 410,000 evacuated as winds cut power; Vietnam braces for landfall on Thursday.',
      '2025-11-06',
    ],
  ])('resolves %j forward', (text, date) => {
    const found = times(text, '2025-11-03')
    expect(found[found.length - 1]).toEqual([expect.stringMatching(/day$/u), date])
  })

  it('reads a range of weekdays that "was expected" as one to come', () => {
    expect(
      ranges(
        'Rain of up to 700 mm was expected from Thursday to Saturday, the centre said.',
        '2025-10-28',
      ),
    ).toContainEqual(['from Thursday to Saturday', '2025-10-30', '2025-11-01'])
  })

  it('takes no weekday of a show’s title in marks for a day ("Saturday Night Live", "Fox News Sunday")', () => {
    expect(
      times(
        'He hosted “Saturday Night Live” and spoke to “Fox News Sunday” on Sunday.',
        '2025-11-03',
      ),
    ).toEqual([['on Sunday', '2025-11-02']])
  })
})

describe('a weekday after a clock’s "p.m." ("scheduled for 6:30 p.m. Monday")', () => {
  it('takes the tense of the clause, past the stop of "p.m."', () => {
    const values = (text: string): (string | null)[] =>
      parse(text, { referenceDate: '2024-11-07' }).times.map((time) => time.value)
    expect(values('Vote\n\nThe session is scheduled for 6:30 p.m. Monday at City Hall.\n')).toEqual(
      ['2024-11-11', '2024-11-11'],
    )
    expect(values('Vote\n\nThe session started at 6:30 p.m. Monday.\n')).toEqual([
      '2024-11-04',
      '2024-11-04',
    ])
  })
})

describe('a year a comparison names', () => {
  it('is read after "compared with" and "compared to" ("rose 38 per cent compared with 2022")', () => {
    const doc = parse(
      'Spills\n\nSpills rose by 38 per cent compared with 2022. Sales fell 3% compared to 2019 levels. Prices rose to 2020 points.\n',
      { referenceDate: '2024-11-20' },
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([
      ['with 2022', '2022'],
      ['to 2019', '2019'],
    ])
  })
})

describe('a clock time dated by the day the story tells of', () => {
  it('passes over the day of a report ("said Tuesday"), a day counted back and a day to come', () => {
    const clock = (text: string) =>
      parse(`Board\n\n${text}\n`, { referenceDate: '2024-10-29' }).times.find(
        (time) => time.data?.['granularity'] === 'time' && time.text.startsWith('around'),
      )?.value
    expect(
      clock(
        'The meeting began at 6:30 p.m. Monday. Ortiz said Tuesday that it was monitoring the situation. The board adjourned around 10 p.m.',
      ),
    ).toBe('2024-10-28')
    expect(
      clock(
        'The meeting began at 6:30 p.m. Monday. The book was pulled two weeks ago. The board adjourned around 10 p.m.',
      ),
    ).toBe('2024-10-28')
    expect(
      clock(
        'The meeting began at 6:30 p.m. Monday. The vote will be held at the Nov. 11 meeting. The board adjourned around 10 p.m.',
      ),
    ).toBe('2024-10-28')
  })
})

describe('a quarter of last year, next year or this year', () => {
  it('is one time, of the year said ("the third quarter of last year")', () => {
    const doc = parse(
      'Cobalt\n\nBonuses were promised in the third quarter of last year. Supply will tighten in the first quarter of next year.\n',
      { referenceDate: '2024-10-17' },
    )
    expect(doc.times.map((time) => [time.text, time.data?.['start'], time.data?.['end']])).toEqual([
      ['in the third quarter of last year', '2023-07', '2023-09'],
      ['in the first quarter of next year', '2025-01', '2025-03'],
    ])
  })
})

describe('a clock time after a span that runs to now', () => {
  it('keeps the story’s day ("its biggest gain since March, before easing by 1400 GMT")', () => {
    const doc = parse(
      'Cobalt\n\nPrices rose on Thursday. Cobalt rose 9.4%, its biggest gain since March, before easing by 1400 GMT. In June, trading was thin at 9 a.m.\n',
      { referenceDate: '2024-10-17' },
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([
      ['on Thursday', '2024-10-17'],
      ['since March', '2024-03'],
      ['by 1400 GMT', '2024-10-17'],
      ['In June', '2024-06'],
      ['at 9 a.m.', null],
    ])
  })
})

describe('a deadline a past request sets, past an aside', () => {
  it('is to come ("asked the Chamber of Mines, the industry lobby group, to submit its proposals by Friday")', () => {
    const doc = parse(
      'Cobalt\n\nThe minister added that he had asked the Chamber of Mines, the industry lobby group, to submit its proposals by Friday.\n',
      { referenceDate: '2024-10-17' },
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([['by Friday', '2024-10-18']])
  })
})

describe('a time after a past call whose infinitive is quoted', () => {
  it('is to come ("called on the owners to \'show some ambition\' in January")', () => {
    const doc = parse(
      "Sacked\n\nThe trust called on the owners to 'show some ambition' in January. Fans urged players to “fight” on Saturday.\n",
      { referenceDate: '2024-11-10' },
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([
      ['in January', '2025-01'],
      ['on Saturday', '2024-11-16'],
    ])
  })
})

describe('a day after a fixture between two sides in the present', () => {
  it('is to come ("They face Newcastle on Saturday"), not a host’s name ("radio host Hugh Hewitt")', () => {
    const doc = parse(
      'Sacked\n\nThey face Newcastle on Saturday. Arsenal host Chelsea on Tuesday. Coulter told radio host Hugh Hewitt on Wednesday that it was a joke. They face charges over a crash on Thursday.\n',
      { referenceDate: '2024-11-10' },
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([
      ['on Saturday', '2024-11-16'],
      ['on Tuesday', '2024-11-12'],
      ['on Wednesday', '2024-11-06'],
      ['on Thursday', '2024-11-07'],
    ])
  })
})

describe('a count of fortnights ago', () => {
  it('is counted back from the reference as weeks are ("a fortnight ago", "two fortnights ago")', () => {
    const doc = parse(
      'Sacked\n\nThe board made the decision a fortnight ago. It first met two fortnights ago. It will decide within a fortnight.\n',
      { referenceDate: '2024-11-10' },
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([
      ['a fortnight ago', '2024-10-27'],
      ['two fortnights ago', '2024-10-13'],
    ])
  })
})

describe('a speaker’s "tonight" in a paragraph that says when the words were said', () => {
  it('is that day ("Brooks said late Tuesday: \'We are not abolishing anything tonight.\'")', () => {
    const doc = parse(
      "Budget\n\nThe council met Monday. Brooks said late Tuesday: 'We are not abolishing anything tonight.'\n",
      { referenceDate: '2024-06-12' },
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([
      ['Monday', '2024-06-10'],
      ['late Tuesday', '2024-06-11'],
      ['tonight', '2024-06-11'],
    ])
  })
})

describe('a deadline given, a span from now, and who a participle after the time says', () => {
  it('reads "had until", "between now and" as to come, and "for those killed" as no past', () => {
    const doc = parse(
      'Fine\n\nRibera said the company had until December 15 to comply. She said it depended on what Google does between now and December. Groups would hold a vigil at Uhuru Park on Friday evening for those killed. They held a vigil on Friday for those killed on Tuesday.\n',
      { referenceDate: '2025-10-16' },
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([
      ['until December 15', '2025-12-15'],
      ['December', '2025-12'],
      ['on Friday evening', '2025-10-17'],
      ['on Friday', '2025-10-10'],
      ['on Tuesday', '2025-10-14'],
    ])
  })
})

describe('a weekday of the week before, after or of the reference’s', () => {
  it('is that day of that ISO week ("until Friday next week", "on Monday last week")', () => {
    const doc = parse(
      'Fine\n\nThe company has until Friday next week to comply. They met on Monday last week. They meet again on Wednesday this week.\n',
      { referenceDate: '2025-10-16' },
    )
    expect(doc.times.map((time) => [time.text, time.value])).toEqual([
      ['until Friday next week', '2025-10-24'],
      ['on Monday last week', '2025-10-06'],
      ['on Wednesday this week', '2025-10-15'],
    ])
  })
})

describe('"within the next" and a unit without a count', () => {
  it('is a span, not the calendar unit ("within the next month")', () => {
    const doc = parse(
      'Inquest\n\nThe coroner will send a report within the next month. Prices will rise next month.\n',
      { referenceDate: '2024-03-21' },
    )
    expect(doc.times.map((time) => [time.text, time.value, time.data?.['granularity']])).toEqual([
      ['within the next month', null, 'duration'],
      ['next month', '2024-04', 'month'],
    ])
  })
})

describe('a range of months that a noun names after it', () => {
  it('takes in the noun ("the October-December quarter")', () => {
    const text = 'Results\n\nMargins should bottom out in the October-December quarter.\n'
    const doc = parse(text, { referenceDate: '2024-10-25' })
    expect(doc.times.map((time) => [time.text, time.data?.['start'], time.data?.['end']])).toEqual([
      ['in the October-December quarter', '2024-10-01', '2024-12-31'],
    ])
    const time = doc.times[0]
    expect(text.slice(time?.position.start.offset, time?.position.end.offset)).toBe(time?.text)
  })
})
