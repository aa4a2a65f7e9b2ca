package dev.okr.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(1_000);

  @Test
  void shouldMatchOnlyTheHashedPassword() {
    String hash = hasher.hash("s3cret-密码");

    assertThat(hasher.matches("s3cret-密码", hash)).isTrue();
    assertThat(hasher.matches("s3cret-密", hash)).isFalse();
    assertThat(hash).startsWith("pbkdf2-sha256$1000$").doesNotContain("s3cret");
  }

  @Test
  void shouldSaltEachHashDifferently() {
    String first = hasher.hash("demo");
    String second = hasher.hash("demo");

    assertThat(first).isNotEqualTo(second);
    assertThat(hasher.matches("demo", second)).isTrue();
  }

  @Test
  void shouldRefuseMalformedOrMissingHashesWithoutFailing() {
    assertThat(hasher.matches("demo", null)).isFalse();
    assertThat(hasher.matches(null, hasher.hash("demo"))).isFalse();
    assertThat(hasher.matches("demo", "plain-text")).isFalse();
    assertThat(hasher.matches("demo", "pbkdf2-sha256$x$y$z")).isFalse();
    assertThat(hasher.matches("demo", "pbkdf2-sha256$1000$!!$??")).isFalse();
  }

  @Test
  void shouldVerifyHashesMadeWithAnotherWorkFactor() {
    String stored = new PasswordHasher(2_000).hash("demo");

    assertThat(new PasswordHasher().matches("demo", stored)).isTrue();
  }
}
