package org.palisade.platform;

/**
 * A change based on a version of a record that someone else has changed meanwhile (409).
 *
 * @param recordType the kind of record as the API names it ("requirement list")
 * @param id         how the record is named to people: its number, code or id
 * @param expected   the version the change was based on
 */
public record StaleVersion(String recordType, Object id, long expected) implements Refusal {
}
