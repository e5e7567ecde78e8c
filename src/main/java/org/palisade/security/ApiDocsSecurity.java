package org.palisade.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the API's sign-in methods in the OpenAPI document, so Swagger UI's "Authorize" offers them. */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurity {

    @Bean
    OpenApiCustomizer signInSchemes() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents()
                    .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                            .description("A local user's username and password"))
                    .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .bearerFormat("JWT").description("A token of the configured identity provider"));
            // reads are open to visitors; the schemes are offered, not required, at the document level
            api.addSecurityItem(new SecurityRequirement().addList("basic"));
            api.addSecurityItem(new SecurityRequirement().addList("bearer"));
            api.addSecurityItem(new SecurityRequirement());
        };
    }
}
