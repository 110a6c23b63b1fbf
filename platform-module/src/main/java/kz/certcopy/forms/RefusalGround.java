package kz.certcopy.forms;

/** The grounds for refusal in paragraph 9 of the rule; each is printed in the rule's own words. */
public enum RefusalGround {
    /** 9.1: the documents of paragraph 5 (consent, originals) were not submitted. */
    DOCUMENTS_NOT_SUBMITTED(1),
    /** 9.2: the requested electronic resource is absent and its holder is unknown. */
    RESOURCE_ABSENT(2),
    /** 9.3: the originals have defects ({@link DocumentDefect}). */
    DOCUMENT_DEFECTS(3);

    private final int subparagraph;

    RefusalGround(int subparagraph) {
        this.subparagraph = subparagraph;
    }

    /** The sub-paragraph of paragraph 9. */
    public int subparagraph() {
        return subparagraph;
    }
}
