/**
 * Sign-in, roles and the one place that decides who may see and do what ({@code AccessPolicy},
 * {@code Visibility}, {@code Permission}).
 */
@ApplicationModule(allowedDependencies = {"platform"})
package org.palisade.security;

import org.springframework.modulith.ApplicationModule;
