package org.palisade.organisations;

import static org.palisade.platform.Refusals.term;

import java.util.Locale;
import org.palisade.organisations.OrganisationRefusal.CodeMalformed;
import org.palisade.organisations.OrganisationRefusal.CodeMissing;
import org.palisade.organisations.OrganisationRefusal.DuplicateCode;
import org.palisade.organisations.OrganisationRefusal.KindsMissing;
import org.palisade.organisations.OrganisationRefusal.MembershipOverlap;
import org.palisade.organisations.OrganisationRefusal.NameMissing;
import org.palisade.organisations.OrganisationRefusal.NotIsoCode;
import org.palisade.organisations.OrganisationRefusal.StateMissing;
import org.palisade.organisations.OrganisationRefusal.UnknownCode;
import org.palisade.platform.RefusalWords;

/** The words of {@link OrganisationRefusal}: the API's English, and the arguments of each type's bundle key. */
public final class OrganisationRefusalWords implements RefusalWords<OrganisationRefusal> {

    @Override
    public Class<OrganisationRefusal> type() {
        return OrganisationRefusal.class;
    }

    @Override
    public String english(OrganisationRefusal refusal) {
        if (refusal instanceof CodeMissing) {
            return "code is required";
        } else if (refusal instanceof CodeMalformed r) {
            return "Code must be 2 to 16 upper-case letters, digits or _ starting with a letter (was '" + r.code() + "')";
        } else if (refusal instanceof NotIsoCode r) {
            return "A state's code must be an ISO 3166-1 alpha-3 code such as NLD (was '" + r.code() + "')";
        } else if (refusal instanceof DuplicateCode r) {
            return "an organisation with code " + r.code() + " already exists";
        } else if (refusal instanceof NameMissing) {
            return "name is required (at most 200 characters)";
        } else if (refusal instanceof StateMissing) {
            return "state is required (true for a state, false for an institution)";
        } else if (refusal instanceof KindsMissing) {
            return "at least one kind is required: RECIPIENT, COORDINATOR, SUPPLIER or CONTRIBUTOR";
        } else if (refusal instanceof MembershipOverlap r) {
            return r.code() + " is already a member of " + r.alliance() + " in that period";
        } else if (refusal instanceof UnknownCode r) {
            return "unknown organisation '" + r.code() + "'";
        }
        throw new IllegalArgumentException("not worded: " + refusal);
    }

    @Override
    public Object[] arguments(OrganisationRefusal refusal, Locale locale) {
        if (refusal instanceof CodeMalformed r) {
            return new Object[] {r.code()};
        } else if (refusal instanceof NotIsoCode r) {
            return new Object[] {r.code()};
        } else if (refusal instanceof DuplicateCode r) {
            return new Object[] {r.code()};
        } else if (refusal instanceof MembershipOverlap r) {
            return new Object[] {r.code(), term("alliance." + r.alliance().name())};
        } else if (refusal instanceof UnknownCode r) {
            return new Object[] {r.code()};
        }
        return new Object[0];
    }
}
