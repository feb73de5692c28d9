package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.Page;
import com.partnerbenefits.domain.shared.SearchText;
import java.util.Optional;

/**
 * The operator's desk: every partner and every account, newest first, with a search; and a partner's
 * accounts, also for the partner's Global Admins and MPN Partner Admins. Anyone else: NOT_AUTHORIZED.
 */
public interface OperatorDirectoryQuery {

    /** What this query can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    /** Name (any part, any case) or MPN ID (from its start). */
    Result<Page<Partner>, Reason> partners(Viewer viewer, Optional<SearchText> search, PageRequest<PartnerId> page);

    /** Login (any part, any case). */
    Result<Page<Account>, Reason> accounts(Viewer viewer, Optional<SearchText> search, PageRequest<AccountId> page);

    Result<Page<Account>, Reason> accountsOf(Viewer viewer, PartnerId partner, PageRequest<AccountId> page);
}
