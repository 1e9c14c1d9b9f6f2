/**
 * chrono's unneeded parts are left out of its configurations in the bundle
 * (scripts/drop-chrono-parts.ts): the statements and elements that construct
 * them go, its table of time zones' names and its debug logging, and nothing
 * else.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { dropChronoPartsPlugin } from '../scripts/drop-chrono-parts.js'
import { UNNEEDED_CHRONO_PARTS } from '../src/times/unneeded-chrono.js'

type Transform = (code: string, id: string) => { code: string } | null
type BuildEnd = (error?: Error) => void

/** The plugin's hooks, called as rolldown calls them. */
function hooks(): { transform: Transform; buildEnd: BuildEnd } {
  const plugin = dropChronoPartsPlugin() as unknown as { transform: Transform; buildEnd: BuildEnd }
  return { transform: plugin.transform.bind(plugin), buildEnd: plugin.buildEnd.bind(plugin) }
}

/** chrono's ES module `path` (under dist/esm) as installed. */
function chronoModule(path: string): { code: string; id: string } {
  const entry = createRequire(import.meta.url).resolve('chrono-node')
  const id = `${entry.slice(0, entry.lastIndexOf('/chrono-node/'))}/chrono-node/dist/esm/${path}`
  return { code: readFileSync(id, 'utf8'), id }
}

describe('dropChronoPartsPlugin', () => {
  it('drops the statements and array elements that construct an unneeded part', () => {
    const { transform } = hooks()
    const code = [
      'function make(strictMode) {',
      '    const option = { parsers: [new SlashDateFormatParser(strictMode), new ENTimeExpressionParser(strictMode), new ENWeekdayParser()] };',
      '    option.parsers.push(new ENCasualTimeParser());',
      '    option.parsers.push(new ENCasualDateParser());',
      '    return option;',
      '}',
    ].join('\n')
    const out = transform(code, '/x/node_modules/chrono-node/dist/esm/locales/en/configuration.js')
    expect(out?.code).toBe(
      [
        'function make(strictMode) {',
        '    const option = { parsers: [new SlashDateFormatParser(strictMode), new ENWeekdayParser()] };',
        '',
        '    option.parsers.push(new ENCasualDateParser());',
        '    return option;',
        '}',
      ].join('\n'),
    )
    // Not outside chrono.
    expect(transform(code, '/x/src/times/stage.js')).toBeNull()
  })

  it('drops every part and unused parser from the installed chrono, and fails a build where one is missing', () => {
    const { transform, buildEnd } = hooks()
    for (const path of ['locales/en/configuration.js', 'configurations.js']) {
      const { code, id } = chronoModule(path)
      const out = transform(code, id)?.code ?? code
      for (const part of UNNEEDED_CHRONO_PARTS) expect(out).not.toContain(`new ${part}(`)
    }
    // The English entry keeps its casual parser alone.
    const entry = chronoModule('locales/en/index.js')
    const out = transform(entry.code, entry.id)?.code ?? ''
    expect(out).toContain('export const casual = new Chrono(')
    expect(out).not.toMatch(/export const (?:strict|GB) =/u)
    // The table of time zones' names is emptied.
    const zones = chronoModule('timezone.js')
    const table = transform(zones.code, zones.id)?.code ?? ''
    expect(table).toContain('export const TIMEZONE_ABBR_MAP = {};')
    expect(table).not.toContain('ACDT')
    // What chrono logs when its debug option is set goes; the option's own method stays.
    const chrono = chronoModule('chrono.js')
    const run = transform(chrono.code, chrono.id)?.code ?? ''
    expect(chrono.code).toContain('context.debug(() =>')
    expect(run).not.toContain('context.debug(() =>')
    expect(run).toContain('this.option.debug(block)')
    expect(() => buildEnd()).not.toThrow()
    expect(() => hooks().buildEnd()).toThrow(/no construction of ENTimeExpressionParser/u)
  })
})
