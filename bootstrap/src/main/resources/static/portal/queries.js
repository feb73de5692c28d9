// The GraphQL documents the portal sends: one per view, as the API is meant to be used.

const CONTRACT = 'id accessId contractId benefitKind status startsOn endsOn unlimited incidentsTotal incidentsRemaining';
const LINKED = 'id contractId partnerName benefitKind status startsOn endsOn unlimited incidentsTotal incidentsRemaining linkedToViewerAt';
const INCIDENTS = `totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id title severity status productVersion raisedAt product { name } } }`;
const USER_ERRORS = 'userErrors { code message field }';

/** The whole page for the signed-in caller: the nested benefits, linked plans, own incidents, catalog. */
export const PAGE = `query PortalPage($first: Int!) {
  viewer {
    account { login kind roles associations }
    partner {
      name mpnId emptyBenefitsMessage
      memberships {
        id offer competencyArea startsOn endsOn active
        benefits { id kind unlimited incidentAllowance activated contract { ${CONTRACT} } }
      }
    }
    linkedContracts { ${LINKED} }
    incidents(first: $first) { ${INCIDENTS} }
  }
  products { id name kind versions { name supported } }
}`;

export const INCIDENTS_PAGE = `query PortalIncidents($first: Int!, $after: String) {
  viewer { incidents(first: $first, after: $after) { ${INCIDENTS} } }
}`;

export const SUPPORT_PLANS = `query PortalSupportPlans($productId: ID!, $productVersion: String!) {
  supportPlans(productId: $productId, productVersion: $productVersion) {
    available { contract { id contractId partnerName benefitKind } incidentsRemaining startsOn endsOn }
    unavailable { contract { id contractId partnerName benefitKind startsOn endsOn unlimited incidentsRemaining } reason reasons message }
  }
}`;

export const ACTIVATE = `mutation PortalActivate($benefitId: ID!) {
  activateTechnicalBenefit(input: { benefitId: $benefitId }) {
    alreadyActivated
    benefit { id activated contract { ${CONTRACT} } }
    ${USER_ERRORS}
  }
}`;

export const LINK = `mutation PortalLink($accessId: String!, $contractId: String!) {
  linkSupportContract(input: { accessId: $accessId, contractId: $contractId }) {
    outcome message alreadyLinked
    contract { ${LINKED} }
    ${USER_ERRORS}
  }
}`;

export const RAISE = `mutation PortalRaise($input: RaiseIncidentInput!) {
  raiseIncident(input: $input) {
    incident { id title }
    contract { id status incidentsRemaining }
    ${USER_ERRORS}
  }
}`;

export const WITHDRAW = `mutation PortalWithdraw($incidentId: ID!) {
  withdrawIncident(input: { incidentId: $incidentId }) {
    incident { id title status }
    contract { id status incidentsRemaining }
    ${USER_ERRORS}
  }
}`;
