// Types the site adds to SvelteKit's: what every request carries.
import type { Client } from '@copydesk/api'

declare global {
  namespace App {
    interface Locals {
      /** The API, called in-process: load functions and actions never touch the database. */
      api: Client
    }
  }
}

export {}
