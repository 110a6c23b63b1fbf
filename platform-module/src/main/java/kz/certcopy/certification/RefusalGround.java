package kz.certcopy.certification;

/**
 * Grounds for refusal exactly as item 9 of the rule lists them. Item 9.3 is split into its six defects so the
 * notice (Annex 2) can name the ones that apply; one original may be refused on several grounds ({@link RefusalItem}).
 * ERASURES stands for the Kazakh text's «көшірмелері» (ru «подчистки»).
 */
public enum RefusalGround {
    /** 9.1 — the consent or the originals (item 5) were not submitted. */
    NOT_SUBMITTED("9.1"),
    /** 9.2 — the requested electronic resource is absent and its holder unknown. */
    RESOURCE_ABSENT("9.2"),
    /** 9.3 — erasures (copies in the Kazakh text). */
    ERASURES("9.3"),
    /** 9.3 — additions. */
    ADDITIONS("9.3"),
    /** 9.3 — crossed-out words. */
    CROSSED_OUT_WORDS("9.3"),
    /** 9.3 — other unstated corrections. */
    UNSTATED_CORRECTIONS("9.3"),
    /** 9.3 — written in pencil. */
    PENCIL("9.3"),
    /** 9.3 — illegible seal imprint. */
    ILLEGIBLE_SEAL("9.3");

    private final String ruleItem;

    RefusalGround(String ruleItem) {
        this.ruleItem = ruleItem;
    }

    /** Whether this is a defect of a submitted document (9.3). */
    public boolean isDefect() {
        return ruleItem.equals("9.3");
    }

    /** The item of the rule (decree No. 1393, item 9) this ground comes from. */
    public String ruleItem() {
        return ruleItem;
    }
}
