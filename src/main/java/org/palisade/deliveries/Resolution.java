package org.palisade.deliveries;

/**
 * How the supplier settles a discrepancy. A replacement frees the quantity to be shipped again; a credit takes
 * it off what the package is still owed; a rejection (with its reason) says the item was delivered as shipped.
 */
public enum Resolution {
    REPLACEMENT, CREDIT, REJECTED
}
