/**
 * Cardinal numbers written in words, lower-cased: a sentence may open with one
 * ("Nineteen others were treated"), where its capital makes no name.
 */
export const NUMBER_WORDS: readonly string[] = [
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen'],
  ...['eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy'],
  ...['eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozens'],
]
