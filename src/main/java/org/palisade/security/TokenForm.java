package org.palisade.security;

/** What the form on the tokens page sends. */
public class TokenForm {

    private String name;
    private Integer expiresInDays = 30;
    private TokenScope scope = TokenScope.READ_WRITE;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    AccessTokens.NewToken toNewToken() {
        return new AccessTokens.NewToken(name, expiresInDays, scope);
    }
}
