// The back office's GraphQL documents: one per view (home, an account search, a partner's page, a
// contract's history) and one per change.

const USER_ERRORS = 'userErrors { code message field }';
const PARTNER_ROW = 'id name mpnId timeZone registeredAt';
const ACCOUNT = 'id login kind roles associations createdAt partner { id name }';
const PRODUCT = 'id name kind versions { name supported }';
const CONTRACT = 'id contractId benefitKind status startsOn endsOn unlimited incidentsTotal incidentsRemaining';

export const HOME = `query BackOffice($search: String, $after: String) {
  viewer { account { login } }
  partners(first: 10, after: $after, search: $search) { totalCount pageInfo { hasNextPage endCursor } nodes { ${PARTNER_ROW} } }
  products { ${PRODUCT} }
}`;

export const ACCOUNTS = `query BackOfficeAccounts($search: String, $after: String) {
  accounts(first: 10, after: $after, search: $search) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ACCOUNT} } }
}`;

export const PARTNER = `query BackOfficePartner($id: ID!, $after: String) {
  node(id: $id) {
    ... on Partner {
      ${PARTNER_ROW}
      memberships {
        id offer competencyArea startsOn endsOn active
        benefits { id kind unlimited incidentAllowance activated contract { ${CONTRACT} } }
      }
      accounts(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ACCOUNT} } }
    }
  }
  competencyAreas { name cloud }
}`;

export const HISTORY = `query BackOfficeHistory($id: ID!, $after: String) {
  node(id: $id) {
    ... on SupportContract {
      id contractId activatedBy { login }
      history(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { kind at actor { login } account { login } } }
    }
  }
}`;

export const REGISTER_PARTNER = `mutation BackOfficeRegisterPartner($input: RegisterPartnerInput!) {
  registerPartner(input: $input) { partner { ${PARTNER_ROW} } ${USER_ERRORS} }
}`;

export const REGISTER_ACCOUNT = `mutation BackOfficeRegisterAccount($input: RegisterAccountInput!) {
  registerAccount(input: $input) { account { ${ACCOUNT} } ${USER_ERRORS} }
}`;

export const GRANT_MEMBERSHIP = `mutation BackOfficeGrant($input: GrantMembershipInput!) {
  grantMembership(input: $input) { membership { id offer competencyArea } ${USER_ERRORS} }
}`;

export const REGISTER_PRODUCT = `mutation BackOfficeRegisterProduct($input: RegisterProductInput!) {
  registerProduct(input: $input) { product { ${PRODUCT} } ${USER_ERRORS} }
}`;

export const ADD_VERSION = `mutation BackOfficeAddVersion($input: AddProductVersionInput!) {
  addProductVersion(input: $input) { product { ${PRODUCT} } ${USER_ERRORS} }
}`;

export const UPDATE_ACCOUNT = `mutation BackOfficeUpdateAccount($input: UpdateAccountInput!) {
  updateAccount(input: $input) { account { ${ACCOUNT} } ${USER_ERRORS} }
}`;

export const REMOVE_ACCOUNT = `mutation BackOfficeRemoveAccount($input: RemoveAccountFromPartnerInput!) {
  removeAccountFromPartner(input: $input) { account { ${ACCOUNT} } ${USER_ERRORS} }
}`;

export const RECORD_PAID_PLAN = `mutation BackOfficeRecordPaidPlan($input: RecordPaidSupportPlanInput!) {
  recordPaidSupportPlan(input: $input) { plan { kind } contract { id status incidentsTotal } ${USER_ERRORS} }
}`;
