import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import {
  getAssessment,
  getDilemma,
  getInfluenceNetwork,
  listAssessments,
  listDilemmas,
  previewAssessment,
  reviewDilemma,
  simulateDilemma,
  type AssessmentQuestion,
  type Outcome,
} from './decisions-api.ts';

/** The decisions views' server state, under the organisation's keys: a recorded entry anywhere refreshes the simulations too. */
const key = (organisationId: string, ...rest: readonly unknown[]) => ['organisations', organisationId, 'decisions', ...rest] as const;

export function useDilemmas(organisationId: string) {
  return useQuery({ queryKey: key(organisationId, 'dilemmas'), queryFn: ({ signal }) => listDilemmas(organisationId, signal) });
}

export function useDilemma(organisationId: string, id: string) {
  return useQuery({ queryKey: key(organisationId, 'dilemma', id), queryFn: ({ signal }) => getDilemma(organisationId, id, signal) });
}

export function useSimulation(organisationId: string, id: string, secondOrder: boolean) {
  return useQuery({
    queryKey: key(organisationId, 'dilemma', id, 'simulation', secondOrder),
    queryFn: ({ signal }) => simulateDilemma(organisationId, id, secondOrder, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDilemmaReview(organisationId: string, id: string, enabled: boolean) {
  return useQuery({ queryKey: key(organisationId, 'dilemma', id, 'review'), queryFn: ({ signal }) => reviewDilemma(organisationId, id, signal), enabled });
}

export function useInfluenceNetwork(organisationId: string) {
  return useQuery({ queryKey: key(organisationId, 'influence'), queryFn: ({ signal }) => getInfluenceNetwork(organisationId, signal) });
}

export function useAssessments(organisationId: string) {
  return useQuery({ queryKey: key(organisationId, 'assessments'), queryFn: ({ signal }) => listAssessments(organisationId, signal) });
}

export function useAssessment(organisationId: string, id: string) {
  return useQuery({ queryKey: key(organisationId, 'assessment', id), queryFn: ({ signal }) => getAssessment(organisationId, id, signal) });
}

/**
 * What the evidence advises for the question as it stands; the last advice stays shown while the
 * next one loads. The leap's words do not change the advice, so typing them asks nothing anew.
 */
export function useAssessmentPreview(organisationId: string, question: (AssessmentQuestion & { decision: Outcome | null }) | null) {
  const { leap, ...weighed } = question ?? { leap: '' };
  return useQuery({
    queryKey: key(organisationId, 'assessment-preview', question === null ? null : weighed),
    queryFn: ({ signal }) => previewAssessment(organisationId, { ...question!, leap }, signal),
    enabled: question !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** After a decision or an assessment books entries, every figure of the organisation may have moved. */
export function refreshAfterDecision(queryClient: QueryClient, organisationId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ['organisations', organisationId] });
}

export function refreshDecisions(queryClient: QueryClient, organisationId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: key(organisationId) });
}
