// The support desk's GraphQL documents: one per view.

const USER_ERRORS = 'userErrors { code message field }';

const CONTRACT = 'contract { id contractId benefitKind unlimited incidentsTotal incidentsRemaining partnerName }';

const INCIDENT = `id title description severity status productVersion raisedAt firstResponseDueAt firstRespondedAt slaBreached
    resolvedAt resolutionCause resolutionNote cspCustomerTenantId product { name } ${CONTRACT} raisedBy { login }`;

/** The queue view: who is signed in, and one page of the queue with the filters. */
export const queue = `query SupportQueue($first: Int!, $after: String, $status: [IncidentStatus!], $severity: [Severity!]) {
    viewer { account { login } }
    supportQueue(first: $first, after: $after, status: $status, severity: $severity) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { ${INCIDENT} }
    }
  }`;

export const start = `mutation SupportStart($incidentId: ID!) {
    startIncidentWork(input: { incidentId: $incidentId }) { incident { ${INCIDENT} } ${USER_ERRORS} }
  }`;

export const resolve = `mutation SupportResolve($incidentId: ID!, $cause: ResolutionCause!, $note: String) {
    resolveIncident(input: { incidentId: $incidentId, cause: $cause, note: $note }) {
      incident { ${INCIDENT} }
      contract { id contractId unlimited incidentsTotal incidentsRemaining }
      ${USER_ERRORS}
    }
  }`;
