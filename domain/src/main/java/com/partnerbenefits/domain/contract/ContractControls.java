package com.partnerbenefits.domain.contract;

import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;

/**
 * Who controls a support contract once it exists. The partner's Global Admins and MPN Partner Admins
 * (those who may activate) revoke links, rotate the credentials and read the history; a linked account
 * may also revoke its own link.
 */
public final class ContractControls {

    private ContractControls() {
    }

    public static boolean mayManage(Account account, SupportContract contract) {
        return account.mayActivateBenefitsOf(contract.partnerId());
    }

    public static boolean mayUnlink(Account account, SupportContract contract, AccountId linked) {
        return account.id().equals(linked) || mayManage(account, contract);
    }
}
