/**
 * Worker thread entry: runs the jobs the main thread posts, one at a time.
 */
import { parentPort } from 'node:worker_threads'
import { runJob, type JobRequest } from './job.js'

parentPort?.on('message', (request: JobRequest) => {
  void runJob(request).then((result) => parentPort?.postMessage(result))
})
