/**
 * The resident set size of a process, from /proc on Linux (ps elsewhere),
 * in megabytes.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const KB_PER_MB = 1024

/** RSS of process `pid` in MB. */
export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /VmRSS:\s+(\d+)\s+kB/u.exec(status)?.[1]
    if (kb) return Number(kb) / KB_PER_MB
  } catch {
    // not Linux: ask ps
  }
  return (
    Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) /
    KB_PER_MB
  )
}
