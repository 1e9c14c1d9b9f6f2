/**
 * Bodies named in Spanish, Portuguese, French or Italian, whose names join
 * their words with particles in lower case that the tagger, trained on
 * English names, cuts at: "Banco de la República" (read "Banco", a person,
 * and "la Republica"), "Banco do Brasil", "Banque de France", "Universidad
 * de Chile", "Ministerio de Economía y Finanzas".
 */
import { withFoundNames } from './conjoined-bodies.js'
import type { TaggedName } from './tagger.js'
import { isCapital } from './organization-names.js'
import type { Tokens } from './tokenize.js'
import type { DocumentView } from './view.js'
import { WordSet } from './words.js'

/** Words that open such a body's name: its kind, in the language it is named in. */
const HEADS = new WordSet([
  ...['banco', 'banque', 'banca', 'caixa', 'caisse', 'ministerio', 'ministério', 'ministère'],
  ...['ministero', 'universidad', 'universidade', 'université', 'università', 'instituto'],
  ...['institut', 'istituto', 'consejo', 'conselho', 'conseil', 'consiglio', 'tribunal'],
  ...['corte', 'cour', 'comisión', 'comissão', 'commission', 'agencia', 'agência', 'agence'],
  ...['fundación', 'fundação', 'fondation', 'fondazione', 'partido', 'parti', 'partito'],
  ...['frente', 'secretaría', 'secretaria', 'procuraduría', 'fiscalía', 'defensoría'],
  ...['superintendencia', 'policía', 'polícia', 'guardia', 'guarda', 'senado', 'cámara'],
  ...['câmara', 'congreso', 'congresso', 'assemblée', 'asamblea', 'assembleia', 'servicio'],
  ...['serviço', 'compañía', 'companhia', 'compagnie', 'compagnia', 'petróleos', 'museo'],
  ...['musée', 'hospital', 'hôpital', 'ospedale', 'colegio', 'escuela', 'école', 'liceo'],
])
/** Particles that join the words of such a name, in lower case. */
const PARTICLES = new WordSet([
  ...['de', 'del', 'la', 'las', 'los', 'el', 'do', 'da', 'dos', 'das', 'des', 'du', 'di'],
  ...['della', 'delle', 'dei', 'degli', 'y', 'e', 'et', "d'", 'l'],
])
/** Most tokens of such a name after its head. */
const MAX_AFTER_HEAD = 8

/**
 * `names` (in reading order) with such bodies' names read whole, without the
 * names they hold: a head in capitals, then at least one particle in lower
 * case and a capitalised word after it, and whatever more particles and
 * capitalised words follow; the name ends on a capitalised word.
 */
export function withRomanceBodies(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const found: TaggedName[] = []
  doc.texts.forEach(({ from, to, caps }, text) => {
    // In capitals the particles are too: nothing tells them.
    if (caps) return
    for (let k = from; k + 2 < to; k++) {
      if (!isCapital(tokens, k) || !HEADS.hasToken(tokens, k)) continue
      const last = lastOfName(tokens, k, to)
      if (last < 0) continue
      found.push({ text, first: k - from, last: last - from, type: 'ORG', sureness: 1 })
      k = last
    }
  })
  return withFoundNames(names, found)
}

/**
 * The last token of the name whose head is token `head`: the last
 * capitalised word of the capitalised words and particles after it, when a
 * particle comes before it, or of the few right after a head of no English
 * word; -1 when none does.
 */
function lastOfName(tokens: Tokens, head: number, to: number): number {
  let last = -1
  let particles = 0
  // The last capitalised word right after the head, before any particle: "Banco Santander".
  let joined = -1
  for (let j = head + 1; j < to && j - head <= MAX_AFTER_HEAD; j++) {
    if (isCapital(tokens, j)) {
      // ("Banco Central de Reserva": capitalised words before the first particle too.)
      if (particles > 0) last = j
      else if (j - head <= MAX_JOINED) joined = j
      continue
    }
    if (!PARTICLES.hasToken(tokens, j)) break
    particles++
  }
  // "Banco Santander", "Caixa Geral": a head of no English word needs no particle.
  return last < 0 && FOREIGN_HEADS.hasToken(tokens, head) ? joined : last
}
/**
 * Heads of {@link HEADS} that are no English words, whose capitalised words after them are
 * their names' without a particle: "Banco Santander", "Instituto Cervantes", "Partido Popular".
 */
const FOREIGN_HEADS = new WordSet([
  ...['banco', 'banque', 'banca', 'caixa', 'caisse', 'instituto', 'istituto', 'universidad'],
  ...['universidade', 'università', 'partido', 'partito', 'fundación', 'fundação', 'fondazione'],
])
/** Most capitalised words a name joins after such a head with no particle. */
const MAX_JOINED = 2
