// The support desk's GraphQL documents: one per view. Fields other branches add (the incident's partner
// and raiser) are asked for only where the schema has them (see common/schema.js).

const USER_ERRORS = 'userErrors { code message field }';

function contract(extra) {
  return `contract { id contractId benefitKind unlimited incidentsTotal incidentsRemaining ${extra.partnerName ? 'partnerName' : ''} }`;
}

function incident(extra) {
  return `id title description severity status productVersion raisedAt firstResponseDueAt firstRespondedAt slaBreached
    resolvedAt resolutionCause resolutionNote cspCustomerTenantId product { name }
    ${contract(extra)} ${extra.raisedBy ? 'raisedBy { login }' : ''}`;
}

/** The queue view: who is signed in, and one page of the queue with the filters. */
export function queue(extra) {
  return `query SupportQueue($first: Int!, $after: String, $status: [IncidentStatus!], $severity: [Severity!]) {
    viewer { account { login } }
    supportQueue(first: $first, after: $after, status: $status, severity: $severity) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { ${incident(extra)} }
    }
  }`;
}

export function start(extra) {
  return `mutation SupportStart($incidentId: ID!) {
    startIncidentWork(input: { incidentId: $incidentId }) { incident { ${incident(extra)} } ${USER_ERRORS} }
  }`;
}

export function resolve(extra) {
  return `mutation SupportResolve($incidentId: ID!, $cause: ResolutionCause!, $note: String) {
    resolveIncident(input: { incidentId: $incidentId, cause: $cause, note: $note }) {
      incident { ${incident(extra)} }
      contract { id contractId unlimited incidentsTotal incidentsRemaining }
      ${USER_ERRORS}
    }
  }`;
}
