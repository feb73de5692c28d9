package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.ContractHistoryStore;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.shared.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every history line of every contract, each recorded once by its key, like the store's history collection. */
public class InMemoryContractHistoryStore implements ContractHistoryStore {

    private final Map<SupportContractId, Map<String, ContractEvent>> lines = new HashMap<>();

    /** Written by the link and contract fakes with the change the line records. */
    synchronized void record(SupportContractId contract, ContractEvent line) {
        lines.computeIfAbsent(contract, key -> new HashMap<>()).putIfAbsent(line.key(), line);
    }

    @Override
    public synchronized Page<ContractEvent> history(SupportContractId contract, int first, Optional<Place> after) {
        List<ContractEvent> all = new ArrayList<>(lines.getOrDefault(contract, Map.of()).values());
        all.sort(Comparator.comparing(ContractEvent::at).thenComparing(ContractEvent::key).reversed());
        List<ContractEvent> rest = after.map(place -> all.stream().filter(line -> line.isOlderThan(place.at(), place.key())).toList())
                .orElse(all);
        return new Page<>(rest.subList(0, Math.min(first, rest.size())), rest.size() > first, all.size());
    }
}
