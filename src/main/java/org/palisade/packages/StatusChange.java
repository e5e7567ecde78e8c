package org.palisade.packages;

import java.time.Instant;

/** One entry of a package's timeline: the status it reached, when, by whom and why. */
public record StatusChange(PackageStatus status, Instant at, String by, String reason) {
}
