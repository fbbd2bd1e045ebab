package app.verbatim.engine.present;

/** The kinds of row in the quotation list, also the relation filter's choices. */
public enum RowRelation {
  IDENTICAL("identical"),
  VARIANT("variant"),
  OVERLAP("overlap"),
  TRANSLATION("translation"),
  ONLY("only in one outlet");

  private final String label;

  RowRelation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
