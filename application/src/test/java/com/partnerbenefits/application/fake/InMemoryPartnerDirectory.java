package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.PartnerDirectory;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.Page;
import com.partnerbenefits.domain.shared.SearchText;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The operator's listings over the partner and account fakes: newest first (IDs grow with time), searched as the store does. */
public class InMemoryPartnerDirectory implements PartnerDirectory {

    private final InMemoryPartnerStore partners;
    private final InMemoryAccountStore accounts;

    public InMemoryPartnerDirectory(InMemoryPartnerStore partners, InMemoryAccountStore accounts) {
        this.partners = partners;
        this.accounts = accounts;
    }

    @Override
    public Page<Partner> partners(Optional<SearchText> search, int first, Optional<PartnerId> after) {
        Predicate<Partner> matches = partner -> search.map(SearchText::value).map(text ->
                partner.name().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))
                        || partner.mpnId().value().startsWith(text)).orElse(true);
        return newestFirst(partners.all(), matches, p -> p.id().value(), after.map(PartnerId::value), first);
    }

    @Override
    public Page<Account> accounts(Optional<SearchText> search, int first, Optional<AccountId> after) {
        Predicate<Account> matches = account -> search.map(text -> account.login().value()
                .contains(text.value().toLowerCase(Locale.ROOT))).orElse(true);
        return newestFirst(accounts.all(), matches, a -> a.id().value(), after.map(AccountId::value), first);
    }

    @Override
    public Page<Account> accountsOf(PartnerId partner, int first, Optional<AccountId> after) {
        return newestFirst(accounts.all(), account -> account.belongsTo(partner), a -> a.id().value(),
                after.map(AccountId::value), first);
    }

    private static <T> Page<T> newestFirst(Collection<T> all, Predicate<T> matches, Function<T, String> id,
            Optional<String> after, int first) {
        List<T> matching = all.stream().filter(matches).toList();
        List<T> sorted = matching.stream().sorted(Comparator.comparing(id).reversed())
                .filter(item -> after.map(cursor -> id.apply(item).compareTo(cursor) < 0).orElse(true)).toList();
        return new Page<>(sorted.subList(0, Math.min(first, sorted.size())), sorted.size() > first, matching.size());
    }
}
