/**
 * Dates as the site shows them. Always in UTC, so the server's rendering and
 * the browser's hydration agree whatever either clock's time zone.
 */

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/**
 * An ISO date or date-time as a day: "20 April 2023".
 *
 * @example
 * formatDate('2023-04-20') // '20 April 2023'
 */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date)
}

/**
 * An ISO date-time to the minute, in UTC: "28 Nov 2025, 02:25 UTC".
 *
 * @example
 * formatDateTime('2025-11-28T02:25:00Z') // '28 Nov 2025, 02:25 UTC'
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : `${DATE_TIME.format(date)} UTC`
}
