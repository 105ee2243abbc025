import { describe, expect, it } from 'vitest';
import { ApiError } from './http.ts';
import { linkProblem } from './survey-api.ts';

const problem = (status: number, type: string, errors?: { field: string; message: string }[]) =>
  new ApiError('http', 'x', status, { type: `https://trust-ledger.example/problems/${type}`, title: 't', status, errors });

describe('linkProblem', () => {
  it('reads why a survey link cannot be answered from the problem type', () => {
    expect(linkProblem(problem(404, 'survey-link-unknown'))).toBe('unknown');
    expect(linkProblem(problem(410, 'survey-link-used'))).toBe('used');
    expect(linkProblem(problem(410, 'survey-link-closed'))).toBe('closed');
    expect(linkProblem(problem(409, 'survey-link-not-open-yet'))).toBe('notOpenYet');
  });

  it('takes a token that is not even the shape of one for an unknown link', () => {
    expect(linkProblem(problem(400, 'validation', [{ field: 'token', message: 'too short' }]))).toBe('unknown');
  });

  it('leaves anything else to the general error handling', () => {
    expect(linkProblem(problem(400, 'validation', [{ field: 'answers.received.honesty.1', message: 'required' }]))).toBeNull();
    expect(linkProblem(problem(500, 'internal'))).toBeNull();
    expect(linkProblem(new ApiError('unreachable', 'down'))).toBeNull();
    expect(linkProblem(new Error('other'))).toBeNull();
  });
});
