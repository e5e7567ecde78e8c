package org.palisade.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The rule that says when claims about the same record disagree, field by field:
 * <ul>
 * <li>contributors: two claims name different sets (a claim naming none says nothing about them);</li>
 * <li>currency: claims state amounts in different currencies;</li>
 * <li>amount: among claims in one currency, no single figure fits every claim within the tolerance, reading
 * "at least X" as X or more and "up to X" as X or less ("about" is read as the figure: the tolerance is the
 * room it leaves);</li>
 * <li>date: no day fits every claim's date (a month fits any of its days).</li>
 * </ul>
 * A field on which fewer than two claims say anything cannot disagree.
 */
public final class ClaimConflicts {

    /** Claims that disagree on one field. */
    public record Disagreement(ConflictField field, List<UUID> claims) {
        public Disagreement {
            claims = List.copyOf(claims);
        }
    }

    private ClaimConflicts() {
    }

    /**
     * @param tolerance the relative difference between amounts that is not yet a disagreement, e.g. 0.02 (2%)
     */
    public static List<Disagreement> among(List<Claim> claims, BigDecimal tolerance) {
        List<Disagreement> found = new ArrayList<>();
        contributors(claims).ifPresent(found::add);
        currency(claims).ifPresent(found::add);
        amount(claims, tolerance).ifPresent(found::add);
        date(claims).ifPresent(found::add);
        return found;
    }

    static java.util.Optional<Disagreement> contributors(List<Claim> claims) {
        Set<Set<String>> sets = new LinkedHashSet<>();
        List<UUID> naming = new ArrayList<>();
        for (Claim c : claims) {
            if (!c.contributors().isEmpty()) {
                sets.add(new TreeSet<>(c.contributors()));
                naming.add(c.id());
            }
        }
        return sets.size() > 1 ? java.util.Optional.of(new Disagreement(ConflictField.CONTRIBUTORS, naming))
                : java.util.Optional.empty();
    }

    static java.util.Optional<Disagreement> currency(List<Claim> claims) {
        Set<String> currencies = new TreeSet<>();
        List<UUID> stating = new ArrayList<>();
        for (Claim c : claims) {
            if (c.amount() != null) {
                currencies.add(c.amount().currency().code());
                stating.add(c.id());
            }
        }
        return currencies.size() > 1 ? java.util.Optional.of(new Disagreement(ConflictField.CURRENCY, stating))
                : java.util.Optional.empty();
    }

    static java.util.Optional<Disagreement> amount(List<Claim> claims, BigDecimal tolerance) {
        Map<String, List<Claim>> byCurrency = new TreeMap<>();
        for (Claim c : claims) {
            if (c.amount() != null) {
                byCurrency.computeIfAbsent(c.amount().currency().code(), k -> new ArrayList<>()).add(c);
            }
        }
        List<UUID> disagreeing = new ArrayList<>();
        for (List<Claim> same : byCurrency.values()) {
            if (same.size() < 2) {
                continue;
            }
            BigDecimal highestFloor = BigDecimal.ZERO;
            BigDecimal lowestCeiling = null;
            for (Claim c : same) {
                BigDecimal v = c.amount().amount();
                if (c.bound() != ClaimBound.UP_TO) {
                    highestFloor = highestFloor.max(v);
                }
                if (c.bound() != ClaimBound.AT_LEAST) {
                    lowestCeiling = lowestCeiling == null ? v : lowestCeiling.min(v);
                }
            }
            if (lowestCeiling != null
                    && highestFloor.compareTo(lowestCeiling.multiply(BigDecimal.ONE.add(tolerance))) > 0) {
                same.forEach(c -> disagreeing.add(c.id()));
            }
        }
        return disagreeing.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Disagreement(ConflictField.AMOUNT, disagreeing));
    }

    static java.util.Optional<Disagreement> date(List<Claim> claims) {
        LocalDate latestStart = null;
        LocalDate earliestEnd = null;
        List<UUID> dated = new ArrayList<>();
        for (Claim c : claims) {
            if (c.date() == null) {
                continue;
            }
            LocalDate start = c.datePrecision() == DatePrecision.MONTH ? c.date().withDayOfMonth(1) : c.date();
            LocalDate end = c.datePrecision() == DatePrecision.MONTH ? start.plusMonths(1).minusDays(1) : c.date();
            latestStart = latestStart == null || start.isAfter(latestStart) ? start : latestStart;
            earliestEnd = earliestEnd == null || end.isBefore(earliestEnd) ? end : earliestEnd;
            dated.add(c.id());
        }
        return dated.size() > 1 && latestStart.isAfter(earliestEnd)
                ? java.util.Optional.of(new Disagreement(ConflictField.DATE, dated)) : java.util.Optional.empty();
    }

    /** Reads a tolerance as configured: "2%" or "0.02". */
    public static BigDecimal tolerance(String text) {
        String t = text.strip();
        BigDecimal value = t.endsWith("%") ? new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2)
                : new BigDecimal(t);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("palisade.claims.amount-tolerance must be from 0% to below 100% (was "
                    + text + ")");
        }
        return value;
    }
}
