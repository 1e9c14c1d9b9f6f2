import { describe, expect, it } from 'vitest'
import { isCrossSiteForm } from './csrf.ts'

const SITE = 'http://127.0.0.1:3000'

function post(headers: Record<string, string>, method = 'POST'): Request {
  return new Request(`${SITE}/?/read`, { method, headers })
}

describe('isCrossSiteForm', () => {
  it('refuses a form posted from another origin', () => {
    const request = post({
      origin: 'https://elsewhere.example',
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect(isCrossSiteForm(request, new URL(request.url))).toBe(true)
  })

  it('refuses a form that names no origin at all', () => {
    const request = post({ 'content-type': 'multipart/form-data; boundary=x' })
    expect(isCrossSiteForm(request, new URL(request.url))).toBe(true)
  })

  it('accepts a form posted from the site itself', () => {
    const request = post({ origin: SITE, 'content-type': 'text/plain;charset=UTF-8' })
    expect(isCrossSiteForm(request, new URL(request.url))).toBe(false)
  })

  it('leaves content types that a form cannot send to the browser’s CORS checks', () => {
    const request = post({
      origin: 'https://elsewhere.example',
      'content-type': 'application/json',
    })
    expect(isCrossSiteForm(request, new URL(request.url))).toBe(false)
  })

  it('lets reads through from anywhere', () => {
    const request = new Request(`${SITE}/`, { headers: { origin: 'https://elsewhere.example' } })
    expect(isCrossSiteForm(request, new URL(request.url))).toBe(false)
  })
})
