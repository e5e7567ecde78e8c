package org.palisade.packages;

import static org.palisade.platform.Refusals.term;

import java.util.Locale;
import java.util.stream.Collectors;
import org.palisade.packages.PackageRefusal.IllegalMove;
import org.palisade.packages.PackageRefusal.ItemNotApproved;
import org.palisade.packages.PackageRefusal.ItemsClosed;
import org.palisade.packages.PackageRefusal.NameMissing;
import org.palisade.packages.PackageRefusal.OwnerMissing;
import org.palisade.packages.PackageRefusal.PartlyCovered;
import org.palisade.packages.PackageRefusal.QuantityLeft;
import org.palisade.packages.PackageRefusal.TargetMissing;
import org.palisade.packages.PackageRefusal.UnknownItem;
import org.palisade.platform.RefusalWords;

/** The words of {@link PackageRefusal}: the API's English, and the arguments of each type's bundle key. */
public final class PackageRefusalWords implements RefusalWords<PackageRefusal> {

    @Override
    public Class<PackageRefusal> type() {
        return PackageRefusal.class;
    }

    @Override
    public String english(PackageRefusal refusal) {
        if (refusal instanceof IllegalMove r) {
            String allowed = r.allowed().isEmpty() ? "no further action is allowed"
                    : "only " + r.allowed().stream().map(PackageStatus::action).collect(Collectors.joining(" or "))
                            + (r.allowed().size() == 1 ? " is" : " are") + " allowed";
            return "package " + r.number() + " is " + r.status().label() + "; " + allowed;
        } else if (refusal instanceof PartlyCovered r) {
            return "package " + r.number() + " is only " + r.percent() + "% covered by committed contributions ("
                    + r.committed() + " of " + r.target() + "); it can be funded at 100%";
        } else if (refusal instanceof ItemsClosed r) {
            return "package " + r.number() + " is " + r.status().label()
                    + "; items can be added only while it is proposed or open";
        } else if (refusal instanceof UnknownItem r) {
            return "unknown requirement item " + r.item();
        } else if (refusal instanceof ItemNotApproved r) {
            return "'" + r.description() + "' belongs to list version " + r.listNumber() + ", which is "
                    + r.listStatus().name().toLowerCase() + "; packages take items of the approved list";
        } else if (refusal instanceof QuantityLeft r) {
            return "only " + r.left() + " " + r.unit() + " of '" + r.description() + "' are left (requested "
                    + r.requested() + ")";
        } else if (refusal instanceof NameMissing) {
            return "name is required (at most 200 characters)";
        } else if (refusal instanceof TargetMissing) {
            return "target value is required";
        } else if (refusal instanceof OwnerMissing) {
            return "owner (the organisation assembling the package) is required";
        }
        throw new IllegalArgumentException("not worded: " + refusal);
    }

    @Override
    public Object[] arguments(PackageRefusal refusal, Locale locale) {
        if (refusal instanceof IllegalMove r) {
            // the status and each allowed action in the reader's words; the last argument chooses the sentence
            Object[] args = {String.valueOf(r.number()), term("package.status." + r.status().name()), "", "",
                    r.allowed().size()};
            for (int i = 0; i < Math.min(2, r.allowed().size()); i++) {
                args[2 + i] = term("package.action." + r.allowed().get(i).action());
            }
            return args;
        } else if (refusal instanceof PartlyCovered r) {
            return new Object[] {String.valueOf(r.number()), r.percent()};
        } else if (refusal instanceof ItemsClosed r) {
            return new Object[] {String.valueOf(r.number()), term("package.status." + r.status().name())};
        } else if (refusal instanceof ItemNotApproved r) {
            return new Object[] {r.description(), String.valueOf(r.listNumber()),
                    term("list.status." + r.listStatus().name())};
        } else if (refusal instanceof QuantityLeft r) {
            return new Object[] {r.left(), r.unit(), r.description(), r.requested()};
        }
        return new Object[0];
    }
}
