// punctuation:no_comma. Commas go; where one separates digit groups ("1,000") the digits close up,
// elsewhere the comma's place becomes the following space, so no word is lost or glued.
import type { Job } from './job.ts';

export function removeCommas(job: Job, body: string): string {
  if (!body.includes(',')) return body;
  job.edits.push('no_comma: removed commas');
  return body
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/,(\s)/g, '$1')
    .replace(/,/g, ' ')
    .replace(/ {2,}/g, ' ');
}
