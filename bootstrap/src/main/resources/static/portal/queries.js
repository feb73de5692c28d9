// The GraphQL documents the portal sends: one per view, as the API is meant to be used.

import { WEBHOOK_ENDPOINTS } from './webhooks.js';
import { ADVISORY_HOURS } from './advisory.js';

const CONTRACT = 'id accessId contractId benefitKind status startsOn endsOn unlimited incidentsTotal incidentsRemaining';
const LINKED = 'id contractId partnerName benefitKind status startsOn endsOn unlimited incidentsTotal incidentsRemaining linkedToViewerAt';
const INCIDENT = `id title severity status productVersion raisedAt firstResponseDueAt firstRespondedAt slaBreached
  resolvedAt resolutionCause resolutionNote cspCustomerTenantId product { name } contract { contractId benefitKind }`;
const INCIDENTS = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${INCIDENT} } }`;
const USER_ERRORS = 'userErrors { code message field }';

/** The whole page for the signed-in caller: the nested benefits, linked plans, own incidents, catalog. */
export const PAGE = `query PortalPage($first: Int!) {
  viewer {
    account { login kind roles associations }
    partner {
      id name mpnId emptyBenefitsMessage
      ${WEBHOOK_ENDPOINTS}
      memberships {
        id offer competencyArea startsOn endsOn active ${ADVISORY_HOURS}
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
    wayForward { kind covers message }
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

/** An admin's view of one contract: who linked it, what happened to it, and when its incidents were raised (the chart). */
export const CONTRACT_CONTROLS = `query PortalContract($id: ID!, $historyAfter: String, $incidentsAfter: String) {
  node(id: $id) {
    ... on SupportContract {
      id startsOn endsOn
      linkedAccounts { account { id login kind } linkedAt }
      history(first: 10, after: $historyAfter) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { kind at actor { login } account { login } }
      }
      incidents(first: 100, after: $incidentsAfter) { totalCount pageInfo { hasNextPage endCursor } nodes { raisedAt } }
    }
  }
}`;

/** The rest of a contract's incidents for the chart, past the first hundred. */
export const CONTRACT_INCIDENTS = `query PortalContractIncidents($id: ID!, $after: String) {
  node(id: $id) { ... on SupportContract { incidents(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { raisedAt } } } }
}`;

export const UNLINK = `mutation PortalUnlink($supportContractId: ID!, $accountId: ID!) {
  unlinkSupportContract(input: { supportContractId: $supportContractId, accountId: $accountId }) {
    contract { id linkedAccounts { account { id login kind } linkedAt } }
    ${USER_ERRORS}
  }
}`;

export const ROTATE = `mutation PortalRotate($supportContractId: ID!) {
  rotateContractCredentials(input: { supportContractId: $supportContractId }) {
    contract { ${CONTRACT} }
    ${USER_ERRORS}
  }
}`;

/** The caller's incidents for the CSV download, 25 at a time (the field limit counts each page's fields). */
export const EXPORT = `query PortalExport($after: String) {
  viewer { incidents(first: 25, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${INCIDENT} } } }
}`;
