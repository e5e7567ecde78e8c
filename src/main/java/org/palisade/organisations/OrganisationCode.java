package org.palisade.organisations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** An organisation's code: ISO 3166-1 alpha-3 for a state (NLD, DNK), a short upper-case id for an institution (NATO). */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record OrganisationCode(@JsonProperty("value") String value) {

    private static final Set<String> ISO_ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    public OrganisationCode {
        Objects.requireNonNull(value, "code is required");
        if (!wellFormed(value)) {
            throw new IllegalArgumentException(
                    "Code must be 2 to 16 upper-case letters, digits or _ starting with a letter (was '" + value + "')");
        }
    }

    /** Whether the value has the shape of a code, whether or not it is a state's ISO code. */
    public static boolean wellFormed(String value) {
        return value.matches("[A-Z][A-Z0-9_]{1,15}");
    }

    public static OrganisationCode forState(String value) {
        OrganisationCode code = new OrganisationCode(value);
        if (!ISO_ALPHA3.contains(value)) {
            throw new IllegalArgumentException("A state's code must be an ISO 3166-1 alpha-3 code such as NLD (was '" + value + "')");
        }
        return code;
    }

    @Override
    public String toString() {
        return value;
    }
}
