package io.journeydsl.feign.internal;

import jakarta.annotation.Nullable;

/** Where bearer tokens come from: a fixed token, or the client-credentials grant. */
public interface TokenSource {
  /** A token valid now, fetching a new one if needed. */
  String token();

  /** Forgets {@code token} if it is still the current one, so that the next call fetches a new one. */
  void invalidate(@Nullable String token);

  /** Whether a rejected token can be replaced by a new one. */
  boolean renewable();

  /** The token held now, without fetching one, or {@code null}: what server text must never show. */
  @Nullable String current();

  /** A fixed token, never renewed. */
  static TokenSource fixed(String token) {
    return new TokenSource() {
      @Override
      public String token() {
        return token;
      }

      @Override
      public void invalidate(@Nullable String rejected) {
        // A fixed token cannot be replaced: the 401 surfaces to the caller.
      }

      @Override
      public boolean renewable() {
        return false;
      }

      @Override
      public String current() {
        return token;
      }

      @Override
      public String toString() {
        return "TokenSource.fixed(****)";
      }
    };
  }
}
