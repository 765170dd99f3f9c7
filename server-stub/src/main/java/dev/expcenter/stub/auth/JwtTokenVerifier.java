package dev.expcenter.stub.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;

/**
 * JWT mode: the signature (HS256 secret, or RS256 key from a PEM or JWKS file), {@code exp}, and,
 * when configured, {@code iss} and {@code aud} are checked. Unsigned ({@code alg: none}) tokens
 * and other algorithms are rejected.
 */
final class JwtTokenVerifier implements TokenVerifier {
    private static final int MIN_SECRET_BYTES = 32;

    private final DefaultJWTProcessor<SecurityContext> processor;

    private JwtTokenVerifier(DefaultJWTProcessor<SecurityContext> processor) {
        this.processor = processor;
    }

    static JwtTokenVerifier create(JwtSettings settings) {
        if (settings.keySources() != 1) {
            throw new IllegalArgumentException(
                    "jwt mode needs exactly one of --jwt-secret, --jwt-public-key, --jwt-jwks");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(keySelector(settings));
        JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder();
        if (settings.issuer() != null) {
            exact.issuer(settings.issuer());
        }
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                settings.audience() == null ? null : new HashSet<>(List.of(settings.audience())),
                exact.build(), new HashSet<>(List.of("exp")), null));
        return new JwtTokenVerifier(processor);
    }

    @Override
    public Grant verify(String token) throws InvalidTokenException {
        try {
            return TokenVerifier.scopesOf(processor.process(token, null));
        } catch (BadJWSException e) {
            throw InvalidTokenException.badSignature(e);
        } catch (Exception e) {
            throw new InvalidTokenException(e.getMessage(), e);
        }
    }

    private static JWSKeySelector<SecurityContext> keySelector(JwtSettings settings) {
        if (settings.secret() != null) {
            byte[] secret = settings.secret().getBytes(StandardCharsets.UTF_8);
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("--jwt-secret must be at least 32 bytes for HS256");
            }
            return new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(secret));
        }
        try {
            if (settings.publicKeyPem() != null) {
                // One key: used whatever kid the token names.
                return new SingleKeyJWSKeySelector<>(JWSAlgorithm.RS256, readRsaPublicKey(settings.publicKeyPem()));
            }
            JWKSource<SecurityContext> keys = new ImmutableJWKSet<>(JWKSet.load(settings.jwksFile().toFile()));
            return new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys);
        } catch (IOException | java.text.ParseException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read the JWT verification key: " + e.getMessage(), e);
        }
    }

    /** Reads a PEM {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo) or {@code CERTIFICATE}. */
    static RSAPublicKey readRsaPublicKey(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        if (text.contains("BEGIN CERTIFICATE")) {
            return (RSAPublicKey) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
        }
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
