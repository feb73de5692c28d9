package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.Page;
import com.partnerbenefits.domain.shared.SearchText;
import java.util.Optional;

/**
 * The operators' listings, newest first (IDs are time-ordered), each page continuing after the last
 * item of the previous one. Searches match literally: nothing typed is interpreted as a pattern.
 */
public interface PartnerDirectory {

    /** Partners whose name contains the search (ignoring case) or whose MPN ID starts with it. */
    Page<Partner> partners(Optional<SearchText> search, int first, Optional<PartnerId> after);

    /** Every account, partner members and standalone ones, whose login contains the search (ignoring case). */
    Page<Account> accounts(Optional<SearchText> search, int first, Optional<AccountId> after);

    /** The partner's accounts. */
    Page<Account> accountsOf(PartnerId partner, int first, Optional<AccountId> after);
}
