package org.palisade.security;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.palisade.platform.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Local users, managed by administrators: list them and create new ones. */
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    private final LocalUsers users;
    private final OrganisationCodes organisations;
    private final AccessPolicy access;

    UserApi(LocalUsers users, OrganisationCodes organisations, AccessPolicy access) {
        this.users = users;
        this.organisations = organisations;
        this.access = access;
    }

    /**
     * @param password between 12 and 64 characters: long enough to resist guessing, short enough for bcrypt,
     *                 which reads at most 72 bytes
     */
    record NewUser(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "3 to 100 letters, digits or . _ @ -")
            String username,
            @NotBlank @Size(min = 12, max = 64, message = "must be 12 to 64 characters") String password,
            @NotBlank String organisationCode,
            @NotEmpty Set<Role> roles) {
    }

    @GetMapping
    @Operation(summary = "Local users with their organisation and roles (administrators only)")
    List<LocalUsers.Summary> list() {
        access.requireRole("list users", AccessPolicy.Target.newRecord("user", null), Role.ADMINISTRATOR);
        return users.list();
    }

    @PostMapping
    @Operation(summary = "Creates a local user (administrators only)")
    ResponseEntity<LocalUsers.Summary> create(@Valid @RequestBody NewUser user) {
        access.requireRole("create a user", AccessPolicy.Target.newRecord("user", null), Role.ADMINISTRATOR);
        UUID organisation = organisations.find(user.organisationCode())
                .orElseThrow(() -> new InvalidRequest("organisationCode", "no organisation has code "
                        + user.organisationCode()));
        if (users.exists(user.username())) {
            throw new InvalidRequest("username", "is taken");
        }
        users.create(user.username(), user.password(), organisation, user.roles());
        LocalUsers.Summary created = users.list().stream()
                .filter(u -> u.username().equals(LocalUsers.normalise(user.username()))).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
    }
}
