package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.OperatorDirectoryQuery;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.PartnerDirectory;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.Page;
import com.partnerbenefits.domain.shared.SearchText;
import java.util.Optional;

public class OperatorDirectoryService implements OperatorDirectoryQuery {

    private final AccessPolicy policy;
    private final PartnerDirectory directory;

    public OperatorDirectoryService(AccessPolicy policy, PartnerDirectory directory) {
        this.policy = policy;
        this.directory = directory;
    }

    @Override
    public Result<Page<Partner>, OperatorDirectoryQuery.Reason> partners(Viewer viewer, Optional<SearchText> search, PageRequest<PartnerId> page) {
        if (!policy.mayOperate(viewer)) {
            return Result.refused(OperatorDirectoryQuery.Reason.NOT_AUTHORIZED);
        }
        return Result.succeeded(directory.partners(search, page.first(), page.after()));
    }

    @Override
    public Result<Page<Account>, OperatorDirectoryQuery.Reason> accounts(Viewer viewer, Optional<SearchText> search, PageRequest<AccountId> page) {
        if (!policy.mayOperate(viewer)) {
            return Result.refused(OperatorDirectoryQuery.Reason.NOT_AUTHORIZED);
        }
        return Result.succeeded(directory.accounts(search, page.first(), page.after()));
    }

    /** The partner's admins see who belongs to it, as they see who linked its contracts. */
    @Override
    public Result<Page<Account>, OperatorDirectoryQuery.Reason> accountsOf(Viewer viewer, PartnerId partner, PageRequest<AccountId> page) {
        if (!policy.maySeeAccountsOf(viewer, partner)) {
            return Result.refused(OperatorDirectoryQuery.Reason.NOT_AUTHORIZED);
        }
        return Result.succeeded(directory.accountsOf(partner, page.first(), page.after()));
    }
}
