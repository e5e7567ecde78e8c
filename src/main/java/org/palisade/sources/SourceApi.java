package org.palisade.sources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.platform.Idempotency;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.Violations;
import org.palisade.security.Disclosure;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources", description = "Where figures come from: articles, statements, datasets, documents, communications, observations")
class SourceApi {

    private final Sources sources;
    private final Claims claims;
    private final Idempotency idempotency;

    SourceApi(Sources sources, Claims claims, Idempotency idempotency) {
        this.sources = sources;
        this.claims = claims;
        this.idempotency = idempotency;
    }

    record SourceJson(UUID id, int number, SourceKind kind, String outlet, String title, String url,
            LocalDate publishedOn, String language, String excerpt, Disclosure disclosure, Instant createdAt,
            String createdBy, long version) {

        static SourceJson of(Source s) {
            return new SourceJson(s.id(), s.number(), s.kind(), s.outlet(), s.title(), s.url(), s.publishedOn(),
                    s.language(), s.excerpt(), s.disclosure(), s.createdAt(), s.createdBy(), s.version());
        }
    }

    record SourceDetailJson(SourceJson source, List<ClaimApi.ClaimJson> claims) {
    }

    record NewSource(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceKind kind,
            @Schema(description = "Outlet or issuer", example = "Interfax-Ukraine", requiredMode = Schema.RequiredMode.REQUIRED)
            String outlet,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
            @Schema(description = "http(s) address, optional: a source need not have one") String url,
            @Schema(example = "2025-08-23") LocalDate publishedOn,
            @Schema(description = "IETF language tag", example = "en") String language,
            String excerpt,
            @Schema(description = "Default PUBLIC") Disclosure disclosure) {
    }

    @GetMapping
    @Operation(summary = "Sources the caller may see", description = "Newest publication first; sort by published (undated last), number, outlet, title, kind or language")
    PageOf<SourceJson> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        Paging paging = Paging.of(page, size, sort == null ? "published,desc" : sort, Sources.SORTABLE);
        return sources.list(paging).map(SourceJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One source and the claims resting on it that the caller may see")
    ResponseEntity<SourceDetailJson> get(@PathVariable UUID id) {
        Source s = sources.get(id);
        return ResponseEntity.ok().eTag("\"" + s.version() + "\"").body(new SourceDetailJson(SourceJson.of(s),
                claims.ofSource(id).stream().map(ClaimApi.ClaimJson::of).toList()));
    }

    @PostMapping
    @Operation(summary = "Record a source (coordinators, administrators, contributors)",
            description = "Send an Idempotency-Key header to make a retry safe")
    ResponseEntity<String> record(@RequestBody NewSource body,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.once("POST /api/v1/sources", key, body, () -> {
            Source s = sources.recordSource(new SourceDraft(body.kind(), body.outlet(), body.title(), body.url(),
                    body.publishedOn(), body.language(), body.excerpt(), body.disclosure()), new Violations());
            return ResponseEntity.created(URI.create("/api/v1/sources/" + s.id())).body(SourceJson.of(s));
        });
    }
}
