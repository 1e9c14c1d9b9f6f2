/**
 * Words that end the names of organisations ("Labor Department", "Getty
 * Images", "Brennan Center", "Des Moines Register") and so say what a name
 * is whatever the tagger made of it: the generic heads of bodies, companies,
 * unions, schools and publications in the AP and Reuters style guides'
 * lists of organisation names; lower-cased. Heads that also end place names
 * ("City", "County", "Square", "Street") are not here.
 */

/** Heads of public bodies that take a complement too: "Department of State", "Council on ...". */
export const BODY_HEAD_WORDS: readonly string[] = [
  'department',
  'agency',
  'administration',
  'bureau',
  'commission',
  'committee',
  'council',
  'board',
  'authority',
  'ministry',
  // "the Multnomah County Circuit Court", "the Supreme Court", "the Royal Courts of Justice".
  'court',
  'courts',
]

/** Heads of institutions that keep collections: "the British Museum", "the Tate Gallery", "the British Library". */
export const COLLECTION_HEADS: readonly string[] = ['museum', 'gallery', 'library']

/** Heads of associations and institutions that take a complement too: "University of Iowa". */
const INSTITUTIONS = [
  'organization',
  'organisation',
  'association',
  'federation',
  'confederation',
  'society',
  'institute',
  'institution',
  'foundation',
  // Charities and NHS bodies: "the Wellcome Trust", "North Midlands Hospitals NHS Foundation Trust".
  'trust',
  'trusts',
  'coalition',
  'alliance',
  'workers',
  'employees',
  'university',
  'college',
  'school',
  'academy',
  // Schools named by the grades they teach, after a person's name: "Lincoln Elementary".
  'elementary',
  ...COLLECTION_HEADS,
]

/**
 * Plural heads of companies' names, never a surname: "United Airlines", "Sky
 * Sports" (after a first name too: "Sky" is one).
 */
export const COMPANY_PLURALS: readonly string[] = [
  'holdings',
  'partners',
  'airlines',
  'airways',
  'motors',
  'industries',
  'technologies',
  'pharmaceuticals',
  'laboratories',
  'enterprises',
  'studios',
  // Record labels and film studios: "Columbia Records", "Paramount Pictures".
  ...['records', 'recordings', 'pictures'],
  'communications',
  ...['platforms', 'systems', 'devices', 'networks', 'brands', 'semiconductors', 'therapeutics'],
  ...['electronics', 'dynamics', 'instruments', 'materials', 'chemicals', 'biosciences'],
  ...['foods', 'beverages', 'logistics', 'resources', 'minerals', 'petroleum'],
  // Broadcasters of sport: "Sky Sports", "Fox Sports".
  'sports',
  // Utilities, singular but no surname either: "Duke Energy", "General Electric"; and care:
  // "Change Healthcare".
  ...['energy', 'electric', 'healthcare'],
  // Miners, shippers and carriers: "Tenke Fungurume Mining", "Evergreen Shipping", "Orange Telecom";
  // miners by their metal, which is no surname: "Mogale Platinum", "Lundin Copper".
  ...['mining', 'shipping', 'telecom', 'platinum', 'copper', 'metals', 'mines'],
  // Builders: "Halvorsen Constructions", "Balfour Beatty Construction".
  ...['construction', 'constructions', 'builders', 'engineering'],
]

/** The domain of companies' web names: "Amazon.com". */
export const WEB_DOMAIN = '.com'

/** Capitalised heads of organisation names. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  ...BODY_HEAD_WORDS,
  'directorate',
  'inspectorate',
  'secretariat',
  'parliament',
  'congress',
  'senate',
  'gop',
  'caucus',
  // Parties: "the Democratic Party", "the Communist Party".
  'party',
  ...INSTITUTIONS,
  // Companies.
  'company',
  'corporation',
  'corp.',
  'corp',
  'inc.',
  'inc',
  'incorporated',
  'co.',
  'ltd.',
  'ltd',
  'llc',
  'plc',
  // "Bloomberg L.P.", "Kirkland & Ellis LLP".
  ...['l.p.', 'lp', 'llp', 'l.l.c.'],
  'group',
  ...COMPANY_PLURALS,
  // Consultancies: "AeroDynamic Advisory", "Capital Economics", "Pantheon Macroeconomics".
  ...['advisory', 'advisors', 'advisers', 'associates', 'consulting', 'consultants'],
  ...['capital', 'economics', 'macroeconomics', 'macro', 'analytics', 'strategies'],
  // Brokerages and fund managers: "Anand Rathi Securities", "Fidelity Investments".
  ...['securities', 'investments'],
  // Airlines: "Jeju Air", "Korean Air".
  'air',
  // Railways: "Network Rail", "Indian Railways", "Union Pacific Railroad".
  ...['rail', 'railway', 'railways', 'railroad'],
  // Retailers: "Reliance Retail", "Tata Retail"; housebuilders: "Barratt Homes".
  'retail',
  'homes',
  'entertainment',
  'images',
  'media',
  // Police forces: "West Mercia Police", "the Capitol Police".
  'police',
  // Armed forces: "the Self-Defense Forces", "the Rapid Support Forces".
  'forces',
  // Public services: "the Secret Service", "the Crown Prosecution Service".
  'service',
  // Campaign groups: "Amnesty International", "Human Rights Watch", "The Nature Conservancy".
  'international',
  'watch',
  'conservancy',
  // Publications and pollsters.
  'news',
  'newspaper',
  'newspapers',
  'press',
  'times',
  'post',
  'journal',
  'tribune',
  'herald',
  'register',
  'gazette',
  'magazine',
  'research',
  'polling',
])

/** Last words of racing teams' names: "Red Bull Racing", "Aston Martin Racing". */
export const RACING_TEAM_HEADS: readonly string[] = ['racing', 'motorsport', 'motorsports']
/** First words of teams' names, which the short name leaves out: "Scuderia Ferrari". */
export const TEAM_NAME_OPENERS: readonly string[] = ['scuderia']

/** Words after which an organisation's name goes on with a complement ("Bank of England"). */
export const ORGANIZATION_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'on'])

/**
 * Heads that take a complement inside the name: "Organization for Economic
 * Cooperation", "Bank of America", "Office of Management and Budget".
 */
export const COMPLEMENT_HEADS: ReadonlySet<string> = new Set([
  ...BODY_HEAD_WORDS,
  ...INSTITUTIONS,
  'office',
  'union',
  'league',
  'fund',
  'center',
  'centre',
  // "the Centers for Disease Control and Prevention".
  'centers',
  'centres',
  'bank',
  'church',
  // "the Partnership for New York City", "the Campaign for Tobacco-Free Kids".
  ...['partnership', 'initiative', 'campaign', 'project'],
  // "the Communist Party of China", "the Democratic Party for the People".
  ...['party', 'movement'],
  // "the United Nations Framework Convention on Climate Change", "the U.N. Conference on Trade
  // and Development", "the Intergovernmental Panel on Climate Change".
  ...['convention', 'conference', 'panel', 'tribunal', 'forum', 'programme', 'program'],
  // "the 465-member House of Representatives", "the House of Lords".
  'house',
])

/** Lower-case words after a name that make it a pollster: "a Quinnipiac poll". */
export const POLL_WORDS: ReadonlySet<string> = new Set([
  'poll',
  'polls',
  'polling',
  'pollster',
  'survey',
  'surveys',
])

/**
 * Legal forms that end a company's name, folded, without their dots: "Unilever
 * Plc", "Apple Inc.", "Siemens AG" name the company that "Unilever", "Apple",
 * "Siemens" name.
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  ...['inc', 'incorporated', 'corp', 'co', 'ltd', 'llc', 'plc', 'lp', 'llp'],
  ...['sa', 'ag', 'nv', 'se', 'gmbh', 'spa', 'bv', 'ab', 'asa', 'oyj'],
  // A bank's holding company, which ends its name as "Corp" does: "Keystone Bancorp".
  ...['bancorp', 'bancshares'],
])
/** The legal forms as they are written, with their dot or without: "Inc", "Inc.". */
export const LEGAL_FORM_WORDS: readonly string[] = [...LEGAL_FORMS].flatMap((form) => [
  form,
  `${form}.`,
])

/**
 * Lower-case words after a name that make it a company: "a Carrier factory",
 * "Apple shares", "Disney executives".
 */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'factory',
  'factories',
  'plant',
  'plants',
  'shares',
  'stock',
  'shareholders',
  'employees',
  'executive',
  'executives',
  'headquarters',
  'subsidiary',
  'workers',
  'stores',
  'products',
])

/**
 * Words of party membership: "the Florida Republican" is a person, "Wyoming
 * Republicans" the party there.
 */
export const PARTY_MEMBER_WORDS: ReadonlySet<string> = new Set([
  'republican',
  'democrat',
  'democratic',
])

/** Party members in the plural: "democrats", "republicans". */
export const PARTY_MEMBER_PLURALS: readonly string[] = [...PARTY_MEMBER_WORDS].map(
  (word) => `${word}s`,
)

/** Members of a party or a movement in the plural, folded: "democrats", "tories", "greens". */
export const MOVEMENT_PLURALS: ReadonlySet<string> = new Set([
  ...PARTY_MEMBER_PLURALS,
  ...['conservatives', 'tories', 'liberals', 'socialists', 'greens', 'nationalists'],
  ...['unionists', 'progressives', 'independents', 'libertarians', 'communists'],
  ...['loyalists', 'separatists', 'royalists', 'populists', 'moderates', 'centrists'],
])

/**
 * Heads of the names of buildings and grounds that an owner's name opens
 * ("Trump Tower", "Trump Village", "Bulgari Tower"): places, not the person
 * whose name they bear.
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'tower',
  'towers',
  'plaza',
  'hotel',
  'casino',
  'stadium',
  'arena',
  'airport',
  'building',
  'memorial',
  'village',
  'world',
  // "the Elysee Palace", "Windsor Castle", "St Paul's Cathedral".
  ...['palace', 'castle', 'cathedral', 'abbey', 'mosque', 'basilica'],
  // "the Prince of Wales Theatre".
  ...['theatre', 'theater'],
  // Cricket grounds: "the Basin Reserve", "the Kennington Oval", "Hagley Oval".
  ...['reserve', 'oval'],
])

/**
 * Heads of the names of streets and roads, which make a name a place unless
 * it opens with a first name ("Harehills Lane"; "Lois Lane" is a person).
 */
export const STREET_HEADS: ReadonlySet<string> = new Set([
  ...['street', 'road', 'lane', 'avenue', 'boulevard', 'drive', 'terrace', 'crescent'],
  ...['highway', 'parkway', 'expressway', 'motorway', 'turnpike', 'freeway'],
])

/**
 * Aid, rights and relief groups that news names often and whose names are
 * made of common words, which the tagger reads as no name at a sentence's
 * start ("Doctors Without Borders said", "Save the Children said"). Written
 * from the groups the UN's humanitarian coordination lists; lower-cased.
 */
export const WELL_KNOWN_GROUPS: readonly string[] = [
  'doctors without borders',
  'medecins sans frontieres',
  'médecins sans frontières',
  'reporters without borders',
  'engineers without borders',
  'save the children',
  'human rights watch',
  'amnesty international',
  'international rescue committee',
  'norwegian refugee council',
  'mercy corps',
  'world vision',
  'islamic relief',
  'world food programme',
  'world food program',
  'red crescent',
  'international committee of the red cross',
  'committee to protect journalists',
  'friends of the earth',
  'transparency international',
  'international crisis group',
]

/**
 * Social networks, messaging and streaming services that news names as
 * companies and as the places where words were posted ("wrote on Instagram",
 * "Spotify said"), which the tagger, trained on news of 1996, never saw.
 * Written from general knowledge; lower-cased. Those named in common words
 * ("Signal", "Threads", "Discord", "X") are left out: the word alone says nothing.
 */
export const ONLINE_PLATFORMS: readonly string[] = [
  ...['instagram', 'tiktok', 'linkedin', 'whatsapp', 'telegram', 'snapchat', 'reddit'],
  ...['spotify', 'youtube', 'pinterest', 'twitch', 'bluesky', 'truth social'],
  ...['wechat', 'weibo', 'douyin', 'mastodon', 'substack', 'patreon', 'onlyfans'],
]

/** Parliaments that news names by their own word ("the Bundestag voted"); lower-cased. */
export const PARLIAMENTS: readonly string[] = [
  ...['bundestag', 'bundesrat', 'riksdag', 'storting', 'folketing', 'sejm', 'verkhovna rada'],
  ...['lok sabha', 'rajya sabha', 'dail', 'dáil', 'oireachtas', 'senedd', 'majlis', 'knesset'],
  // Named by the common noun, capitalised, which the tagger passes over at a sentence's start
  // ("Congress said", "Parliament voted").
  ...['congress', 'parliament'],
]

/**
 * Armed groups that news names often, which the tagger, trained on news of
 * 1996, reads as people ("Hamas said", "Boko Haram kidnapped"). Written from
 * the groups that the UN Security Council's sanctions lists and the US State
 * Department's list of foreign terrorist organisations name; lower-cased.
 */
export const ARMED_GROUPS: readonly string[] = [
  ...['hamas', 'hezbollah', 'hizbollah', 'houthis', 'taliban', 'al-qaeda', 'al qaeda', 'isis'],
  ...['isil', 'al-shabaab', 'al-shabab', 'boko haram', 'hayat tahrir al-sham', 'islamic jihad'],
  ...['lashkar-e-taiba', 'jaish-e-mohammed', 'farc', 'pkk', 'm23'],
]

/**
 * Parties abroad named without the word "party", which the tagger reads as
 * people or places ("Fidesz won", "Sinn Fein gained"). Written from the
 * parties of the parliaments of the larger democracies; lower-cased.
 */
export const PARTIES: readonly string[] = [
  ...['likud', 'yesh atid', 'shas', 'fatah', 'komeito', 'fidesz', 'syriza', 'podemos', 'sumar'],
  ...['chega', 'sinn fein', 'sinn féin', 'plaid cymru', 'fine gael', 'fianna fail', 'fianna fáil'],
  ...['kuomintang', 'ennahda', 'die linke', 'la france insoumise', 'forza italia'],
  ...['brothers of italy', "fratelli d'italia", 'five star movement', 'zanu-pf', 'frelimo'],
  ...['umno', 'golkar', 'pheu thai', 'aam aadmi', 'shiv sena', 'awami league'],
  ...['reform uk', 'vox', 'rassemblement national', 'ukip', 'swapo'],
]

/**
 * Companies that news names most, which the lists above lack ("Apple said",
 * "Tesla shares"): the largest by revenue and market value, their best-known
 * units, and the makers of what news covers (cars, chips, planes, medicines,
 * artificial intelligence). Written from general knowledge; lower-cased.
 * Names that are common words alone ("Shell", "Visa", "Target", "Block",
 * "Gap") are left out: the word alone says nothing.
 */
export const MAJOR_COMPANIES: readonly string[] = [
  ...['apple', 'amazon', 'tesla', 'alphabet', 'openai', 'anthropic', 'xai', 'deepmind'],
  ...['alibaba', 'huawei', 'xiaomi', 'byd', 'bytedance', 'baidu', 'temu', 'shein', 'nio'],
  ...['tsmc', 'asml', 'qualcomm', 'broadcom', 'micron', 'palantir', 'snowflake', 'adobe'],
  ...['spacex', 'blue origin', 'airbus', 'embraer', 'rolls-royce', 'lockheed martin'],
  ...['northrop grumman', 'raytheon', 'general dynamics', 'bae systems', 'rheinmetall'],
  ...['moderna', 'biontech', 'eli lilly', 'novo nordisk', 'astrazeneca', 'gsk', 'sanofi'],
  ...['novartis', 'roche', 'merck', 'abbvie', 'bristol myers squibb', 'unitedhealth'],
  ...['blackrock', 'berkshire hathaway', 'morgan stanley', 'citigroup', 'wells fargo'],
  ...['bank of america', 'barclays', 'ubs', 'credit suisse', 'deutsche bank', 'santander'],
  ...['mastercard', 'paypal', 'stripe', 'robinhood', 'coinbase', 'binance', 'ftx'],
  ...['exxonmobil', 'aramco', 'saudi aramco', 'totalenergies', 'equinor', 'gazprom'],
  ...['rosneft', 'petrobras', 'glencore', 'rio tinto', 'bhp', 'anglo american', 'vale'],
  ...['general motors', 'stellantis', 'volvo', 'hyundai', 'kia', 'nissan', 'honda'],
  ...['mercedes-benz', 'porsche', 'ferrari', 'rivian', 'lucid', 'waymo', 'lyft', 'doordash'],
  ...["mcdonald's", "kohl's", "sainsbury's", "moody's", "domino's"],
  ...['coca-cola', 'pepsico', 'walgreens', 'cvs', 'kroger', 'ikea', 'zara'],
  ...['lvmh', 'h&m', 'adidas', 'puma', 'ryanair', 'easyjet', 'lufthansa', 'air france'],
  ...['delta air lines', 'american airlines', 'southwest airlines', 'alaska airlines'],
  ...['warner bros. discovery', 'paramount', 'universal music', 'live nation', 'ticketmaster'],
  ...['epic games', 'electronic arts', 'activision blizzard', 'nintendo', 'ubisoft'],
  ...['t-mobile', 'vodafone', 'bt group', 'deutsche telekom', 'ericsson', 'nokia'],
  // England's water companies, which news names with each other ("Thames Water, Southern Water").
  ...['thames water', 'southern water', 'anglian water', 'yorkshire water', 'severn trent'],
  ...['united utilities', 'south west water', 'wessex water', 'welsh water'],
  // The journals that news cites by name: "published in The Lancet".
  ...['lancet', 'the lancet', 'bmj', 'jama', 'nejm', 'pnas'],
]

/**
 * Public agencies and regulators named in one coined word, which the tagger
 * reads as people ("Eurostat said", "Ofcom fined"), and those that house
 * styles write in lower case after the capital ("Unicef", "Nato"). Written
 * from the agencies of the EU, the UK's regulators and the national
 * statistics offices of the larger economies; lower-cased.
 */
export const COINED_AGENCIES: readonly string[] = [
  ...['eurostat', 'europol', 'frontex', 'eurojust', 'eurocontrol', 'ofcom', 'ofgem', 'ofsted'],
  ...['ofwat', 'ofqual', 'destatis', 'rosstat', 'rosatom', 'roscosmos', 'insee', 'istat'],
  ...['unicef', 'unesco', 'unhcr', 'unaids', 'nato', 'opec', 'asean', 'mercosur'],
  // California's fire agency, whose first word is a first name too.
  'cal fire',
  // Britain's health bodies named after the nation they serve, which the tagger cuts at it.
  ...['nhs england', 'nhs scotland', 'nhs wales', 'public health england'],
]

/**
 * Football clubs that news names often, whose names are no place's ("Bayern
 * Munich", "Manchester City", "Juventus"), which the tagger reads as places
 * or people; clubs named after their city or district alone ("Liverpool",
 * "Barcelona", "Villarreal", "Fenerbahce") are left out, since the name alone
 * says nothing. Written from the clubs of the largest European leagues and
 * the continental competitions; lower-cased.
 */
export const FOOTBALL_CLUBS: readonly string[] = [
  ...['manchester city', 'manchester united', 'tottenham hotspur', 'aston villa'],
  ...['newcastle united', 'west ham united', 'leicester city', 'crystal palace'],
  ...['nottingham forest', 'wolverhampton wanderers', 'leeds united', 'sheffield united'],
  ...[
    'bayern munich',
    'bayer leverkusen',
    'borussia dortmund',
    'rb leipzig',
    'eintracht frankfurt',
  ],
  ...['real madrid', 'atletico madrid', 'atlético madrid', 'real sociedad', 'athletic bilbao'],
  ...['paris saint-germain', 'olympique lyonnais', 'olympique de marseille', 'juventus'],
  ...['inter milan', 'ac milan', 'as roma', 'ssc napoli', 'afc ajax', 'psv eindhoven'],
  ...['benfica', 'sporting lisbon', 'galatasaray'],
  // Clubs named after no place or person alone (not "Chelsea": Chelsea Clinton, the district).
  ...['arsenal', 'everton'],
  ...['inter miami', 'la galaxy', 'al-nassr', 'al-hilal', 'flamengo', 'boca juniors'],
]

/**
 * Football clubs kept out of the organisations the lists know, as their one
 * word names a place or a person too: clubs named by their city or region in
 * a tongue that English news does not use for the place ("Napoli", not
 * Naples; "Torino", "Sevilla", "Bayern"), and names that are surnames too
 * ("Lazio", "Atalanta"). Teams wherever they stand alone, unless the document
 * names a person in full by that word ("Rick Lazio") or the words around it
 * say a place ("across Lazio", "in Torino, Italy"). Written from the same
 * leagues; lower-cased.
 */
export const CLUBS_BY_CITY: readonly string[] = [
  ...['napoli', 'torino', 'lazio', 'fiorentina', 'sampdoria', 'udinese', 'atalanta'],
  ...['sevilla', 'espanyol', 'osasuna', 'real betis', 'celta vigo', 'bayern', 'schalke'],
  ...['hertha berlin', 'werder bremen', 'hoffenheim', 'feyenoord', 'besiktas'],
]

/**
 * The one-word nicknames English football writing gives clubs in place of
 * their names ("Spurs levelled", "the Gunners"), with the club's name as
 * `FOOTBALL_CLUBS` or the story writes it; a nickname is the club's only where
 * the story names the club. Written from the Premier League's clubs;
 * lower-cased.
 */
export const CLUB_NICKNAMES: readonly (readonly [string, string])[] = [
  ['spurs', 'tottenham hotspur'],
  ['gunners', 'arsenal'],
  ['magpies', 'newcastle united'],
  ['hammers', 'west ham united'],
  ['toffees', 'everton'],
  ['foxes', 'leicester city'],
  ['wolves', 'wolverhampton wanderers'],
  ['villans', 'aston villa'],
  ['cherries', 'bournemouth'],
  ['seagulls', 'brighton'],
  ['bees', 'brentford'],
  ['saints', 'southampton'],
  ['blades', 'sheffield united'],
  ['canaries', 'norwich city'],
  ['hornets', 'watford'],
  ['clarets', 'burnley'],
]

/**
 * The last words of British clubs' names after their town's ("Hull City",
 * "Leeds United"), as no person's name ends; lower-cased.
 */
export const CLUB_NAME_ENDINGS: readonly string[] = [
  ...['city', 'united', 'town', 'athletic', 'albion', 'argyle', 'hotspur', 'orient'],
]

/**
 * US federal agencies whose names join two fields with "and" and end in no
 * head of a body's name, which the tagger reads in parts ("U.S. Immigration"
 * a place, "Customs Enforcement" an organisation). Written from the USA.gov
 * index of federal agencies; lower-cased, with and without "U.S.".
 */
export const JOINED_AGENCIES: readonly string[] = [
  'immigration and customs enforcement',
  'customs and border protection',
  'citizenship and immigration services',
].flatMap((name) => [name, `u.s. ${name}`])
