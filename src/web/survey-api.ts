import type { Questionnaire } from '../api/scan-schemas.ts';
import { ApiError, getJson, request } from './http.ts';

/** The respondent's side of a trust scan: no session, only the link's token. */

export interface SurveyAnswers {
  /** Statement id → 1 (strongly disagree) … 5 (strongly agree). */
  readonly answers: Readonly<Record<string, number>>;
  readonly comment: string | null;
}

const survey = (token: string) => `/surveys/${encodeURIComponent(token)}`;

export function getQuestionnaire(token: string, signal?: AbortSignal): Promise<Questionnaire> {
  return getJson<Questionnaire>(survey(token), signal);
}

export function submitSurvey(token: string, body: SurveyAnswers): Promise<{ thanks: true }> {
  return request(`${survey(token)}/responses`, { method: 'POST', body, needsSession: false });
}

/** Why a link cannot be answered, read from the problem's type; null for any other failure. */
export type LinkProblem = 'unknown' | 'used' | 'closed' | 'notOpenYet';

const LINK_PROBLEMS: Record<string, LinkProblem> = {
  'survey-link-unknown': 'unknown',
  'survey-link-used': 'used',
  'survey-link-closed': 'closed',
  'survey-link-not-open-yet': 'notOpenYet',
};

export function linkProblem(error: unknown): LinkProblem | null {
  if (!(error instanceof ApiError) || error.kind !== 'http') return null;
  const type = error.problem?.type?.split('/').pop() ?? '';
  if (type in LINK_PROBLEMS) return LINK_PROBLEMS[type]!;
  // Not even the shape of a token (too short or too long): no such link.
  return error.status === 400 && error.problem?.errors?.some((e) => e.field.includes('token')) ? 'unknown' : null;
}
