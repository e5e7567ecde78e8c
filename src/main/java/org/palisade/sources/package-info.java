/**
 * Where figures come from: news articles read into candidate claims (amount, currency, contributors, date,
 * program, kind, and the sentence each rests on). Extraction is pure Java and stores nothing; sources and
 * stored claims build on it.
 */
@ApplicationModule(allowedDependencies = {"audit", "contributions", "money", "organisations", "packages", "platform", "security"})
package org.palisade.sources;

import org.springframework.modulith.ApplicationModule;
