/**
 * Bodies named by the title of their officers: "Eskom chief executive Dan
 * Marokane" says that Eskom, which the tagger may read as a person ("Eskom
 * said"), is an organisation; a person has no chief executive.
 */
import type { NameCluster } from './cluster.js'
import { genderOfFirstName, isKnownSurname } from './lexicon.js'

/**
 * The roles of a body's officers, which end a title after the body's name:
 * "chief executive", "chairman", "managing director"; not "spokesman" or
 * "adviser", which a person has too ("Biden spokesman Andrew Bates").
 */
const OFFICER_ROLE =
  /\s(?:chief\s+executive(?:\s+officer)?|ceo|chairman|chairwoman|managing\s+director|chief\s+(?:financial|operating|technology|investment|commercial)\s+officer|cfo|coo|chief\s+economist|general\s+manager)$/iu

/**
 * Makes an organisation of each cluster typed a person whose one-word name
 * opens a person's title before an officer's role, unless the lists know the
 * word as a person's name ("Goldman chief economist" may be of a person).
 */
export function typeBodiesOfOfficers(clusters: readonly NameCluster[]): void {
  const bodies = new Set<string>()
  for (const cluster of clusters) {
    if (cluster.kind !== 'person') continue
    for (const title of cluster.titles) {
      const role = OFFICER_ROLE.exec(title)
      if (role !== null) bodies.add(title.slice(0, role.index).toLowerCase())
    }
  }
  if (bodies.size === 0) return
  for (const cluster of clusters) {
    const name = cluster.name
    if (
      cluster.kind === 'person' &&
      !name.includes(' ') &&
      bodies.has(name.toLowerCase()) &&
      !isKnownSurname(name) &&
      genderOfFirstName(name) === null
    )
      cluster.kind = 'organization'
  }
}
