package org.palisade.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How local users' passwords are hashed. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /** bcrypt today; the stored "{id}" prefix lets a later algorithm (argon2) take over hash by hash. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
