// The evaluation set (shipped cases plus the team's), shared by the Playground and Evaluation.
import { get } from './api.js';

let cached = null;
let pending = null; // the newest request: only its answer becomes the set

/** The set; `force` asks again (a case was added or deleted). A caller gets the newest request
 * in flight, and an answer overtaken by a newer request never replaces the set it brought. */
export function loadCases(force = false) {
  if (force || (!cached && !pending)) {
    const request = get('/v1/admin/eval/cases').then((data) => {
      if (pending === request) [cached, pending] = [data.cases || [], null];
      return data.cases || [];
    }, (error) => {
      if (pending === request) pending = null;
      throw error;
    });
    pending = request;
  }
  return pending ?? Promise.resolve(cached);
}

export const isTeamCase = (c) => (c.source || c.origin || (c.shipped ? 'shipped' : 'team')) === 'team';
