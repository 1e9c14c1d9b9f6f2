#!/usr/bin/env node
// Where the quote stage misses on PolNeAR: counts gold attributions by what the
// parser made of them (found, wrong source or cue, marked as scare quotes or
// titles, nothing) and prints samples of one category. For development on the
// train split; the scorer (../shared/eval/score.mjs) gives the figures.
//
//   node scripts/polnear-misses.mjs DIR [direct|indirect] [src|cue|spk|none|node:scare]
//
// DIR holds text/ and attributions/ as ../shared/corpus/polnear/train does. Run
// after `npm run build`.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { parse } from '../dist/index.js'
const dir = process.argv[2]
const mode = process.argv[3] ?? 'direct'
const quoteMark = /["\u201C\u201D]|''/
function readAnn(path) {
  const spans = new Map()
  const events = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t')
    if (/^T\d+\t/.test(line)) {
      const [type, ...rest] = cols[1].split(' ')
      const frags = rest
        .join(' ')
        .split(';')
        .map((f) => f.split(' ').map(Number))
      spans.set(cols[0], {
        type,
        start: Math.min(...frags.map((f) => f[0])),
        end: Math.max(...frags.map((f) => f[1])),
        text: cols[2] ?? '',
      })
    } else if (line.startsWith('E')) {
      const r = {}
      for (const p of cols[1].split(' ')) {
        const [a, b] = p.split(':')
        r[a] = b
      }
      events.push(r)
    }
  }
  return events
    .map((r) => ({
      source: spans.get(r.Source),
      cue: spans.get(r.Cue),
      content: spans.get(r.Content),
    }))
    .filter((a) => a.content)
}
const cats = {}
const byStem = new Map()
for (const a of readdirSync(dir + '/attributions').sort()) {
  const stem = a.replace(/_[0-9a-f]{4}\.ann$/, '')
  if (!byStem.has(stem)) byStem.set(stem, a)
}
let shown = 0
let sampled = 0
for (const [stem, ann] of byStem) {
  const tp = dir + '/text/' + stem + '.txt'
  if (!existsSync(tp)) continue
  const text = readFileSync(tp, 'utf8')
  const gold = readAnn(dir + '/attributions/' + ann)
  const doc = parse(text)
  const quotes = doc.quotes.filter((q) =>
    mode === 'direct' ? q.kind !== 'indirect' : q.kind === 'indirect',
  )
  const roles = []
  const walk = (n) => {
    if (n.type === 'quotation') roles.push(n)
    for (const c of n.children ?? []) walk(c)
  }
  doc.children.forEach(walk)
  for (const g of gold) {
    if (quoteMark.test(g.content.text) !== (mode === 'direct')) continue
    const hit = quotes.find((q) => {
      const s = q.position.start.offset,
        e = q.position.end.offset
      const ov = Math.max(0, Math.min(e, g.content.end) - Math.max(s, g.content.start))
      return ov >= 0.5 * (e - s) && ov > 0
    })
    if (hit) {
      const srcOk =
        !g.source ||
        (hit.source &&
          Math.min(hit.source.position.end.offset, g.source.end) >
            Math.max(hit.source.position.start.offset, g.source.start))
      const cueOk =
        !g.cue ||
        (hit.cue &&
          Math.min(hit.cue.position.end.offset, g.cue.end) >
            Math.max(hit.cue.position.start.offset, g.cue.start))
      const k =
        'found' +
        (srcOk ? '' : ' badsource') +
        (cueOk ? '' : ' badcue') +
        (srcOk && cueOk ? '' : hit.cue ? '' : ' (unattributed)')
      cats[k] = (cats[k] ?? 0) + 1
      if (g.source && !/^(he|she|they|it|we|i|you|him|her|them)$/i.test(g.source.text.trim())) {
        const ent = doc.entities.find((e) => e.id === hit.speaker)
        const ok =
          ent &&
          ent.mentions.some(
            (m) =>
              Math.min(m.position.end.offset, g.source.end) >
              Math.max(m.position.start.offset, g.source.start),
          )
        const near = doc.entities.some((e) =>
          e.mentions.some(
            (m) =>
              Math.min(m.position.end.offset, g.source.end) >
              Math.max(m.position.start.offset, g.source.start),
          ),
        )
        const sk = ok
          ? 'spk ok'
          : (ent ? 'spk wrong entity' : 'spk null') +
            (hit.source ? '' : ' (no source)') +
            (near ? ' (mention there)' : '')
        cats[sk] = (cats[sk] ?? 0) + 1
        if (
          !ok &&
          process.argv[4] === 'spk' &&
          (process.argv[5] === undefined || sk.includes(process.argv[5])) &&
          sampled++ % Number(process.env.EVERY ?? 3) === 0 &&
          shown++ < 60
        )
          console.log(
            sk,
            '| GOLD src:',
            g.source.text,
            '| OURS src:',
            hit.source?.text,
            '| ent:',
            ent?.name,
            ent?.kind,
            '| mentions near:',
            doc.entities
              .filter((e) =>
                e.mentions.some(
                  (m) =>
                    Math.min(m.position.end.offset, g.source.end) >
                    Math.max(m.position.start.offset, g.source.start),
                ),
              )
              .map((e) => e.name + '/' + e.kind)
              .join(','),
          )
      }
      if (
        (!srcOk || !cueOk) &&
        process.argv[4] === (srcOk ? 'cue' : 'src') &&
        (process.argv[5] === undefined || k.includes(process.argv[5])) &&
        sampled++ % Number(process.env.EVERY ?? 7) === 0 &&
        shown++ < 40
      )
        console.log(
          k,
          '|',
          text.slice(Math.max(0, g.content.start - 60), g.content.end + 60).replace(/\n/g, ' '),
          '| GOLD src:',
          g.source?.text,
          'cue:',
          g.cue?.text,
          '| OURS src:',
          hit.source?.text,
          'cue:',
          hit.cue?.text,
        )
      continue
    }
    const node = roles.find(
      (n) =>
        n.position &&
        Math.min(n.position.end.offset, g.content.end) >
          Math.max(n.position.start.offset, g.content.start),
    )
    const k = node ? 'node:' + node.role : 'none'
    cats[k] = (cats[k] ?? 0) + 1
    if (process.argv[4] === k && shown++ < 30)
      console.log(k, '|', g.content.text.slice(0, 120).replace(/\n/g, ' '))
  }
}
console.log(cats)
