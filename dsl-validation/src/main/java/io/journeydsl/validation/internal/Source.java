package io.journeydsl.validation.internal;

/** Where a rule comes from, as written in the Source column of {@code docs/validation-rules.md}. */
public enum Source {
  /** The API's data model: required flags, enums, types (SDK 198.1.0 and later request models). */
  API_MODEL("API model"),
  /** The text of the API's field and parameter descriptions. */
  API_DESCRIPTION("API description"),
  /** What Genesys's own client (the CX as Code Terraform provider) enforces today. */
  CLIENT("current Genesys client behaviour"),
  /** Our inference: what the API would reject, or what would surprise a user at runtime. */
  INFERENCE("our inference");

  private final String label;

  Source(String label) {
    this.label = label;
  }

  /** The label used in the rules document. */
  public String label() {
    return label;
  }
}
