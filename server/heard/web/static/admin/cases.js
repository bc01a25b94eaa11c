// The evaluation set (shipped cases plus the team's), shared by the Playground and Evaluation.
import { get } from './api.js';

let cached = null;

export async function loadCases(force = false) {
  if (!cached || force) {
    const data = await get('/v1/admin/eval/cases');
    cached = data.cases || [];
  }
  return cached;
}

export const isTeamCase = (c) => (c.source || c.origin || (c.shipped ? 'shipped' : 'team')) === 'team';
