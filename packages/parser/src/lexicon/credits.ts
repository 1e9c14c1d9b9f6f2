/**
 * Photo credits: labels that open a credit line and the agencies and papers
 * that end one. Written from the credit lines news sites print.
 */

/** Labels that open a credit or caption line, as regular-expression-safe text. */
export const CREDIT_LABELS: readonly string[] = [
  'photo caption',
  'caption',
  'artist',
  'source',
  'photo',
  'photos',
  'all photos',
  'photograph',
  'photography',
  'picture',
  'pictures',
  'image',
  'images',
  'credit',
  'illustration',
  'video',
  'graphic',
  'gallery',
]

/** Names that end a credit line, as regular-expression-safe text. */
export const PHOTO_AGENCIES: readonly string[] = [
  'Getty Images',
  'AFP',
  'Agence France-Presse',
  'Reuters',
  'AP',
  'AP Photo',
  'Associated Press',
  'EPA',
  'EPA-EFE',
  'Shutterstock',
  'Alamy',
  'Bloomberg',
  'The New York Times',
  'The Washington Post',
  'PA',
  'PA Wire',
  'AOL',
  'NurPhoto',
  'Sipa',
  'Corbis',
  'iStock',
  'Pool',
  'Handout',
  'Courtesy',
]

/**
 * State and national wire services named by one word ("Xinhua", "Yonhap"), lower-cased: an
 * outlet set off after a byline's authors, and a news agency that "the agency" may name.
 */
export const WIRE_SERVICES: readonly string[] = [
  ...['yonhap', 'xinhua', 'kyodo', 'tass', 'interfax', 'anadolu', 'bernama', 'antara', 'ansa'],
  'efe',
]

/**
 * News agencies and wire services that publish under their own name (lower-cased): a byline's
 * publisher ("Jane Doe | Reuters") and a well-known organisation wherever the text names it.
 */
export const NEWS_AGENCIES: readonly string[] = [
  'reuters',
  'ap',
  'associated press',
  'afp',
  'cnn',
  'bbc',
  'the associated press',
  'agence france-presse',
  'upi',
  'dpa',
  // Canada's and Britain's agencies: "Nadia Sharif, The Canadian Press".
  'canadian press',
  'the canadian press',
  'pa media',
  // Bloomberg News, which publishes as "Bloomberg" (its founder is named with a first name or "Mr.").
  'bloomberg',
  'bloomberg news',
]

/** Last words of newspapers' names, lower-cased: "Times" of "The Times", "Herald", "Guardian". */
export const PAPER_HEAD_WORDS: readonly string[] = [
  ...['times', 'post', 'herald', 'tribune', 'journal', 'gazette', 'chronicle', 'express'],
  ...['examiner', 'telegraph', 'guardian', 'observer', 'standard', 'mail', 'mirror', 'star'],
  ...['ledger', 'courier', 'inquirer', 'sentinel', 'dispatch', 'globe', 'independent'],
]
