package org.palisade;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Palisade: requirements, packages and contributions of coalition-funded security assistance. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PalisadeApplication {

    public static void main(String[] args) {
        SpringApplication.run(PalisadeApplication.class, args);
    }
}
